package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Amounts named by their verb (see amounts.go): the verb an amount hangs on
// (amountVerb), what the verb makes of it or whose subject or object it measures
// (verbAmount), and who acts (actorOf).

// smallMoves are verbs of a small move whose direction the word after them gives
// ("edged up 0.1 percent", "inched down"): the verb and the word are one verb of change.
var smallMoves = newTokSet(map[string]bool{"edged": true, "inched": true, "ticked": true, "crept": true})

// takeInVerbs are the verbs that with "in" take money in as revenue: "brought in $4.4
// billion", "took in $80 million", "raked in $2 billion".
var takeInVerbs = newTokSet(map[string]bool{
	"bring": true, "brings": true, "brought": true, "bringing": true, "take": true, "takes": true,
	"took": true, "taking": true, "taken": true, "rake": true, "rakes": true, "raked": true, "raking": true,
	"pull": true, "pulls": true, "pulled": true, "pulling": true,
})

// movedAmounts are the acts of moving money from one holder to another ("diverted $100
// million from road funds", "transferred $12 million to accounts abroad"): whoever moves
// it does not report the amount, so the mover is no source (actorSource).
var movedAmounts = newTokSet(map[string]bool{"amount diverted": true, "amount transferred": true})

// verbAmount names an amount by its verb: the verb's object, or the subject of a verb
// of change or level ("net income rose to $5.59 billion": net income; "shares fell 4.3
// percent": share price fall; "the jackpot is $1.5 billion"), or what the verb makes of
// an amount ("asked Congress for $1.8 billion": funding request; "bought X for $4.2
// billion": acquisition price). ok is false when no verb of the clause says.
func (ff *figureFinder) verbAmount(n *number, percent bool, before []figureCand, next int) (amount, bool) {
	am := amount{subject: -1, actor: -1}
	v, prep, objA, objB := ff.amountVerb(n.si, n.qa)
	if objB > objA && objA >= 0 && ff.timeOnly(objA, objB) {
		objA, objB = -1, -1 // "The stock ended Friday at $93.75": a day, not what ended there
	}
	objectChange := ""
	if v < 0 && percent {
		v, objA, objB, objectChange = ff.objectMove(n) // "cut the agency's budget 17 percent" (objectmoves.go)
	}
	if v < 0 {
		return am, false
	}
	w := ff.low(v)
	act := amountVerbs[w]
	if takeInVerbs.has(w) && ff.is(v+1, wIn) {
		act = "revenue" // "brought in $4.4 billion", "took in $80 million at the box office"
		if ff.sentHas(n.si, wFundraising, wRaising, wRaised, wRaise, wDonors, wDonations, wPac, wPacs) {
			act = "funds raised" // "fundraising figures showing she brought in $15 million"
		}
		if ff.is(v-1, wIncome, wProfit, wProfits, wEarnings, wSales, wRevenue, wRevenues) {
			a := v - 1
			for a-1 >= ff.sents[n.si].start && ff.toks[a-1].kind == tWord && !ff.toks[a-1].has(fCap) && ff.contentWord(a-1) {
				a--
			}
			if m, _ := ff.measureWords(a, v); m != "" {
				act = m // "operating income raked in $23.4 billion": the income
			}
		}
	}
	if ff.progressiveOffer(v) {
		act = "offer"
	}
	if ff.goVerb(v) && prep != "for" {
		act = "" // "the budget goes up to $12 billion": a thing goes for its price, never without "for"
	}
	if percent && act == "loss" && prep == "" && objB < 0 && ff.is(v, wLost, wLose, wLoses, wLosing) {
		act, objectChange = "", "fall" // "Japan's Nikkei lost 0.8 percent": a fall, as "fell 0.8 percent"
	}
	if percent && ff.afterMove(v) != "" {
		act = "" // "added 1.7 percent after shedding 2.8 percent": a move, no act of shedding (aftermoves.go); "after losing $3.9 million" stays a loss
	}
	if (act != "" || revisionVerbs.has(w)) && !(ff.is(v-1, wTo) && ff.forecastAuxiliary(v-2)) && !movedAmounts.has(act) {
		am.actor = ff.actorOf(n.si, v) // not "the line is projected to cost $12 billion": no act of the line's
	}
	if w == "worth" || w == "valued" && ff.is(v-1, wIs, wWas, wAre, wWere, wBe, wBeen, wBeing) {
		am.actor = -1 // "Denton is worth about $121 million": what is valued, not who values it
	}
	change, isChange := changeVerbs[w]
	if objectChange != "" {
		change, isChange = objectChange, true
	}
	if c := ff.sentMove(v); !isChange && c != "" {
		change, isChange = c, true // "sending its shares plunging 28 percent" (closingprices.go)
	}
	if c := ff.afterMove(v); !isChange && c != "" {
		change, isChange = c, true // "eased 0.8 percent after rallying 2.6 percent" (aftermoves.go)
	}
	if !isChange && ff.closingVerb(v) {
		change, isChange = "level", true // "rose 2 percent, closing at $9.75"
	}
	if act != "" && prep == "at" {
		switch act {
		case "price", "starting price", "value", "estimate", "forecast", "sale price":
			prep = ""
		}
	}
	if act != "" && prep == "to" && objB < 0 && isChange && ff.numberBetween(v+1, n.qa) {
		prep = "" // "planned to raise $4 billion to $10 billion": the range's "to", the verb's act
	}
	if act != "" && (prep == "" || prep == "for") && (!isChange || objB < 0 && prep == "") {
		am, ok := ff.actAmount(n, am, act, prep, objA, objB, next)
		if ok && am.measure == "value" && w == "worth" && objB <= objA {
			if m, subj, named := ff.worthOf(n, v); named {
				am.measure = m // "the painting is worth $5 million" (worths.go)
				if subj >= 0 {
					am.subject = subj
				}
			}
		}
		return am, ok
	}
	if !isChange {
		return am, false
	}
	np, subj := "", -1
	if changeNouns[w] != "" && ff.is(v+1, wIn, wOf) {
		a, b := nounPhrase(ff.doc, v+2+skipDeterminer(ff.doc, v+2), ff.sents[n.si].b)
		np, subj = ff.measureWords(a, b) // the drop's noun: "a drop in profit … to $784 million"
		if !isChange {
			change, isChange = changeNouns[w], true
		}
	} else if objB > objA {
		if objB == objA+1 && ff.is(objA, wThem, wIt) && isChange && prep == "by" {
			return am, false // "to reduce them by 5 percent": the pronoun names no measure
		}
		np, subj = ff.measureWords(objA, objB)
		if objectChange != "" {
			np = sharePrice(np) // "boosting its shares 47 percent"
		}
	} else {
		sv := ff.moveVerb(v)
		closing := ff.closingVerb(sv)
		if k := ff.closingAfterChange(n.si, sv); k >= 0 {
			sv, closing = k, false // "shares gained 30 cents to close at $18.20": the subject of "gained"
		}
		a, b, att := sv, sv, -1 // ", closing at $45.34" after no move of its own: no subject
		if !closing {
			a, b, att = ff.subjectPhrase(n.si, sv)
		}
		apposed := a == b && ff.is(sv, wUp, wDown) && (ff.punct(sv-1, ',') || ff.punct(sv-1, '-') || ff.tok(sv-1) == "—" || ff.tok(sv-1) == "–") // "Sales plummeted, down 15 percent"
		if a == b && (apposed || ff.is(a-1, wAnd) || (ff.is(sv-1, wAfter, wBefore) || ff.punct(sv-1, ',') && afterMoves[ff.low(sv)] != "") && strings.HasSuffix(ff.low(sv), "ing")) {
			// "Apple shares fell … and were down $0.15", "profits declined … after
			// decreasing by $4.1 billion", "Sales have plummeted, down 15 percent in
			// January": the subject of the verb before; past a comma, only with no
			// number between ("revenue of $2 billion, up 3 percent" is the revenue's)
			for k := a - 2; k > ff.sents[n.si].start; k-- {
				if apposed && (ff.toks[k].kind == tNum || ff.punct(k, ';')) {
					break
				}
				if ff.punct(sv-1, ',') && ff.is(k, wAnd, wBut) {
					break // "X gained 30 percent and Y did better, gaining 20 percent": Y's, unnamed
				}
				if _, ok := changeVerbs[ff.low(k)]; ok && ff.toks[k].kind == tWord && !ff.tradingNoun(k) && (afterMoves[ff.low(sv)] == "" || ff.pastMove(k)) {
					// "Gold edged down 0.8 percent … after rising": the subject of "edged"
					a, b, att = ff.subjectPhrase(n.si, ff.moveVerb(k))
					break
				}
			}
		}
		np, subj = ff.measureWords(a, b)
		np = sharePrice(np)
		if subj < 0 {
			subj = att
		}
		if np == "" && ff.afterMove(sv) != "" {
			if e := ff.entityOf(subj); subj < 0 || e < 0 || ff.ents[e].typ == kg.Person || ff.ents[e].typ == kg.Place {
				base, ok := ff.moveBefore(n, before, percent)
				if !ok || ff.punct(sv-1, ',') {
					return am, false // no subject found, and no move before it in its sentence; after a comma the move before is another's ("X gained 30 percent and Y did better, gaining 20 percent")
				}
				np = base // "forecast increasing 0.2 percent after surging 0.5 percent": the move before's measure, this change
			} else {
				np = strings.ToLower(ff.entName(ff.entityOf(subj))) // "Brent rose 1.6 percent after skidding 2.6 percent"
			}
		}
		if np == "" && !percent && (prep == "to" || prep == "at") && ff.closingPrice(n, a, b) {
			np = "share price" // "Pelgar dropped 3.5 percent to $50.16" (closingprices.go)
		}
		if np == "" && percent && ff.companyMove(v, a, b) {
			np = "share price" // "Royal Philips NV jumped 5.8 percent" (closingprices.go)
		}
		if np == "" && percent {
			if m, e := ff.indexMove(n.si, sv, a, b); m != "" {
				np, subj = m, e // "Japan's Nikkei lost 0.8 percent": nikkei fall (indexmoves.go)
			}
		}
		// (the subject phrase holds no pronoun: "It rose" gives an empty phrase after it;
		// then only the sentence right before may hold what it stands for, not "The euro
		// was weak. It fell to $1.08" after Brent crude's price)
		pronoun := b-a == 1 && ff.is(a, wIt, wThey, wThis, wThat) || a == b && !percent && a > ff.sents[n.si].start && ff.is(a-1, wIt, wThey, wThis, wThat) && ff.lastAmount.f.Sentence == n.si-1
		if np == "" && pronoun && ff.lastAmount.f.Unit != "" && (ff.lastAmount.f.Unit == "percent") == percent {
			np, subj = perless(ff.lastAmount.f.Measure), ff.lastAmount.subj // "A year earlier, it totaled $2.7 billion."
		}
	}
	if np == "" && objB == objA+1 && ff.is(objA, wIt, wThem) && len(before) > 0 && (before[len(before)-1].f.Unit == "percent") == percent {
		np = perless(before[len(before)-1].f.Measure) // "an offer of $12.8 billion, revising it later to $13.16 billion"
	}
	am.subject = subj
	if np == "" {
		if !percent || change == "level" {
			return am, false
		}
		np = ""
	}
	dir := n.next // the word after the amount and its unit: "were 27 percent higher"
	if percent && (ff.is(dir, wPercent) || ff.punct(dir, '%')) {
		dir++
	}
	moved := false // a direction word says the percentage is how far it moved
	if ff.is(dir, wMore, wLess) && dir+1 < len(ff.toks) && ff.toks[dir+1].kind == tWord && !ff.is(dir+1, wThan) {
		dir = -1 // "46 percent more likely", "70 percent more reliable": a comparison, no move
	}
	switch {
	case ff.is(dir, wHigher, wMore, wAbove):
		change, moved = "rise", percent && !ff.is(dir, wMore) // "were 27 percent higher"; not "46 percent more likely"
	case ff.is(dir, wLower, wLess, wBelow):
		change, moved = "fall", percent && !ff.is(dir, wLess) // "closed 1.1 percent lower at $103.03"
	}
	switch {
	case moved && prep != "from":
		am.measure = strings.TrimSpace(np + " " + change)
	case prep == "from":
		am.measure = np
		am.scope, am.superseded = ff.replaced(n.si, n.qa, np)
	case change == "level" || prep == "to" || prep == "at" || !percent && prep != "by" && !ff.directMove(v, n):
		am.measure = np
	default:
		am.measure = strings.TrimSpace(np + " " + change)
	}
	if am.measure == "" {
		return am, false
	}
	return am, true
}

// directMove reports whether the amount n stands right after the verb of change at v,
// with no word between ("profits decreased $6.5 billion", "after sliding $23.1
// billion", "shares fell $2.10 to $30.50"): the amount is the move, not the level the
// subject reached. A direction word ("were down 30 cents"), a preposition ("fell below
// $30", "rising as high as $1.46") or a particle ("stump up $1 billion") between them,
// or a transitive verb of change whose money is its object ("raised $4 billion", "cut
// $5 billion from the budget"), leaves the amount a level or an act.
func (ff *figureFinder) directMove(v int, n *number) bool {
	if n.i != v+1 || n.qa != n.i || ff.toks[v].kind != tWord || !ff.in(v, intransitiveMoves) {
		return false
	}
	// "rose $4.92 billion from $4.68 billion": a level written without its "to"
	return !(ff.is(n.next, wFrom) && (ff.punct(n.next+1, '$') || ff.toks[n.next+1].kind == tNum))
}

// intransitiveMoves are the verbs of change that take no money object: an amount right
// after one of them is how far the subject moved.
var intransitiveMoves = newTokSet(wordSet("intransitive-moves"))

// moveVerb returns the verb a direction word at v belongs to: the level verb or small
// move before "up", "down", "higher" or "lower" ("closed up 0.5 percent", "were down 4.3
// percent", "edged down"), past "last" ("the euro was last down 0.2 percent"); else v.
func (ff *figureFinder) moveVerb(v int) int {
	if !ff.is(v, wUp, wDown, wHigher, wLower) {
		return v
	}
	k := v - 1
	if ff.is(k, wLast) && changeVerbs[ff.low(k-1)] == "level" {
		k-- // "was last down": the latest quote
	}
	if changeVerbs[ff.low(k)] == "level" || ff.in(k, smallMoves) || ff.is(k, wClosing, wEnding, wFinishing) {
		return k // "the index closing down 0.4 percent"
	}
	return v
}

// closingVerb reports whether the word at j is a verb of closingVerbs in the form a
// market report adds to a move: after "to" ("to end at $90") or after a comma (",
// closing at $9.75"). Alone, "closing" and "end" are more often words of a noun phrase
// ("its Friday closing price", "the end of the year") and name no verb.
func (ff *figureFinder) closingVerb(j int) bool {
	if !ff.in(j, closingVerbs) || ff.toks[j].kind != tWord {
		return false
	}
	if strings.HasSuffix(ff.low(j), "ing") {
		return ff.punct(j-1, ',')
	}
	return ff.is(j-1, wTo)
}

// closingVerbs are the level verbs a market report adds to a move to give where a
// price ended: "fell 4 percent to close at $22.50", "rose 2 percent, closing at $9.75".
var closingVerbs = newTokSet(map[string]bool{"close": true, "closing": true, "end": true, "ending": true,
	"finish": true, "finishing": true})

// closingAfterChange returns the verb of change whose subject a closing price at sv
// measures: sv is "to close", "to end" or "to finish", or ", closing",
// ", ending" … right after a clause with a verb of change ("Vantor shares gained 30
// cents to close at $18.20": the share price; "the index fell 1.2 percent, ending at
// 1,450 points"). It returns -1 for any other verb, or when no verb of change comes
// before it in the sentence.
func (ff *figureFinder) closingAfterChange(si, sv int) int {
	if !ff.closingVerb(sv) {
		return -1
	}
	start := ff.sents[si].start
	for k := sv - 2; k > start && sv-k <= 24; k-- {
		if ff.toks[k].kind != tWord {
			if ff.punct(k, ',') && k != sv-1 {
				return -1 // another clause
			}
			continue
		}
		if c, ok := changeVerbs[ff.low(k)]; ok && c != "level" && ff.verbHere(k, start, false) {
			p := ff.low(k - 1)
			if strings.HasSuffix(p, "ed") || strings.HasSuffix(p, "ing") || p == "before" || p == "after" {
				continue // "pared gains", "before trimming gains": an object or an aside, not the move
			}
			return ff.moveVerb(k)
		}
	}
	return -1
}

// progressiveOffer reports whether token j is "offering" as a verb after a form of
// "be" ("Northwind was offering 700 billion yen"): the word is more often the noun of
// "a public offering" or "a share offering", which names no act.
func (ff *figureFinder) progressiveOffer(j int) bool {
	return ff.is(j, wOffering) && ff.is(j-1, wIs, wWas, wAre, wWere)
}

// changeObject reports whether the word at j, right before an amount's preposition
// (beforePrep), is the object of a verb of change just before it rather than a verb
// itself: "cut prices by 12 percent", "reduced costs by a third", "raised fines to
// $500", "cut spending by 5 percent" — prices, costs, fines and spending are also the
// lists' verbs ("it costs $5"), and only a plural or an -ing form is taken so. A form of
// "be" or a move word before it ("up", "lower") is no such verb, nor a verb after a
// determiner ("the price cuts").
func (ff *figureFinder) changeObject(j, start int, beforePrep bool) bool {
	if !beforePrep || j-1 < start || ff.toks[j].kind != tWord || ff.toks[j-1].kind != tWord {
		return false
	}
	w := ff.low(j)
	if !(strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "ing")) {
		return false
	}
	if _, ok := changeVerbs[w]; !ok && amountVerbs[w] == "" {
		return false
	}
	v := ff.low(j - 1)
	if c, ok := changeVerbs[v]; !ok || c == "level" || ff.is(j-1, wUp, wDown, wHigher, wLower, wCuts, wRises, wGains, wDrops, wFalls, wIncreases, wJumps, wHikes) {
		return false
	}
	return ff.verbHere(j-1, start, false)
}

// numberBetween reports whether a number lies in tokens a..b-1.
func (ff *figureFinder) numberBetween(a, b int) bool {
	for k := a; k < b; k++ {
		if ff.toks[k].kind == tNum {
			return true
		}
	}
	return false
}

// amountVerb finds the verb an amount at qa hangs on, walking back over the words
// between them: other amounts ("rose 21.8 percent to $35.75 billion"), hedges, the
// nearest preposition (prep: to, by, from, at, for, of) and, after a preposition, the
// verb's object (objA..objB-1: "slashed its target price to $150"). Words that add
// the amount to another ("owes another $1.9 billion", "asking for an additional $1.2
// billion") are walked over, but not into a verb's object ("get a cable for another 50
// bucks": a price). It returns -1 when the clause has no such verb.
func (ff *figureFinder) amountVerb(si, qa int) (v int, prep string, objA, objB int) {
	s := &ff.sents[si]
	objA, objB = -1, -1
	added := false // "another", "an additional" or "an extra" stands before the amount
	tickers := 0   // tokens of tickers stepped over, which the reach does not count
	for j := qa - 1; j >= s.start && qa-j-tickers <= 16; j-- {
		if p := j - 4; p > s.start && ff.tickerEnd(p) == j+1 {
			// "paid Apple Inc (AAPL.O) $1 billion", "to buy EMC Corp (EMC.N) for $67
			// billion": a wire's ticker after a name is no part of the clause
			tickers += 5
			j = p
			continue
		}
		t := &ff.toks[j]
		if t.kind == tNum && objB >= 0 && yearNumber(ff.tok(j)) && ff.toks[j+1].kind == tWord {
			objA = j // "boost 2017 production by 10 percent": a year inside the object
			continue
		}
		if t.kind == tNum || ff.punct(j, '$') || ff.punct(j, '%') || t.kind == tPunct && (ff.tok(j) == "€" || ff.tok(j) == "£") {
			objA, objB = -1, -1 // another amount: what lay between was no object
			continue
		}
		if t.kind != tWord {
			if ff.punct(j, ',') && prep == "by" && objB >= 0 && ff.is(objA, wAnd) && objB > objA+1 {
				// "cut bus fares by 5 percent, and ferry fares by 10 percent": an object
				// whose verb was said once, with the amount before the comma
				if pv, _, pa, _ := ff.amountVerb(si, j); pv >= 0 && pa >= 0 && changeVerbs[ff.low(pv)] != "" {
					return pv, prep, objA + 1, objB
				}
			}
			return -1, "", -1, -1
		}
		w := ff.low(j)
		if changeNouns[w] != "" && prep == "to" && ff.is(j+1, wIn, wOf) {
			return j, prep, -1, -1 // "a 25 percent drop in profit at BNSF to $784 million"
		}
		if ff.changeObject(j, s.start, prep != "" && objB < 0) {
			objA, objB = j, j+1 // "cut prices by 12 percent": the object, not the verb "prices"
			continue
		}
		if _, ok := changeVerbs[w]; (ok || amountVerbs[w] != "" || ff.progressiveOffer(j) || ff.closingVerb(j) || ff.sentMove(j) != "" || ff.afterMove(j) != "") && ff.verbHere(j, s.start, prep != "") {
			if added && (objB >= 0 || ff.is(j, wUp, wDown)) {
				// "get a cable for another 50 bucks" (a price), "coughed up an extra
				// $250 million": no verb names the added amount
				return -1, "", -1, -1
			}
			return j, prep, objA, objB
		}
		if ff.is(j, wIn) && prep == "" && objB < 0 && j-1 >= s.start && takeInVerbs.has(ff.low(j-1)) {
			return j - 1, "", -1, -1 // "the division brought in $4.4 billion"
		}
		switch {
		case ff.is(j, wAnother, wAdditional, wExtra) && prep == "" && objB < 0:
			added = true // "owes another $1.9 billion", "asking for an additional $1.2 billion"
		case ff.is(j, wTo, wBy, wFrom, wAt, wFor, wOf):
			if prep == "" && objB < 0 {
				prep = w
			} else {
				objA, objB = -1, -1 // "rose 8 percent from a year earlier to $52.4 billion"
			}
		case t.feat&(lxQual|lxScale) != 0 || ff.is(j, wPercent, wA, wAn, wJust, wOnly, wHalf, wAlmost, wNearly, wSome, wRoughly, wAround,
			wAbout, wMore, wThan, wLess, wAs, wMuch, wMany, wUp, wAlso, wNow, wStill, wNAposT, wNot, wFurther, wBelow, wAbove, wUnder, wOver,
			wAnywhere, wSomewhere, wBetween, wAnd, wOr, wLater, wAgain, wBack, wEarlier, wAlready, wSharply, wSlightly) ||
			ff.is(j, wRecord) && ff.is(j-1, wA, wAn, wThe) || // "earned a record $340.5 million"; not "on track to record $80 million"
			ff.is(j, wHigh, wLow) && ff.is(j-1, wAs) && ff.is(j+1, wAs) || // "was as high as 20 percent"
			strings.HasSuffix(w, "ly") || currencySet[w] || scaleWords[w] != 0:
			if objB >= 0 {
				objA = j
			}
		case prep == "" && objB < 0 && (ff.entityOf(j) >= 0 || ff.is(j, wHim, wHer, wThem, wUs, wIt, wMe, wYou)):
			// "fined Google 100,000 euros", "bidding it up to $65 million": an indirect object
		case prep == "of" && objB < 0 && ff.is(j, wOut):
			prep = "" // "cheated out of $25 million"
		case prep == "" && objB < 0 && ff.is(j, wOut, wOff, wAway):
			// "wiping out nearly $11 billion"
		case prep != "" && objB < 0 && strings.HasSuffix(w, "ed"):
			return -1, "", -1, -1 // "was upheld by …": a verb the lists do not know, no object
		case prep != "":
			// the object between the verb and the preposition ("its target price")
			if objB < 0 {
				objB = j + 1
			}
			objA = j
		default:
			if v := ff.givenTo(j, s.start); v >= 0 && prep == "" && objB < 0 {
				return v, "", -1, -1 // "giving each city $100,000"
			}
			return -1, "", -1, -1
		}
	}
	return -1, "", -1, -1
}

// givingVerbs take an indirect object before their amount (givenTo).
var givingVerbs = newTokSet(wordSet("giving-verbs"))

// givenTo returns the verb whose indirect object ends at j right before an amount, or
// -1: a determiner and a noun ("giving each city $100,000", "earning the winner $157
// million", "saved its drivers $20 million"), or a plural noun alone or after a name
// ("paid consultants $175,000", "costing Chicago taxpayers $18.6 billion"). Not before
// a percentage, which no one is given (percentAhead).
func (ff *figureFinder) givenTo(j, start int) int {
	if j-1 < start || ff.toks[j].kind != tWord || ff.toks[j].has(fCap) {
		return -1
	}
	k := j - 1 // the word before the noun phrase
	switch {
	case ff.is(k, wEach, wThe, wEvery, wIts, wTheir, wHis, wHer):
		k--
	case !plural(ff.low(j)):
		return -1
	case ff.toks[k].kind == tWord && ff.toks[k].has(fCap) && ff.entityOf(k) >= 0:
		k--
	}
	if k < start || !ff.in(k, givingVerbs) || ff.is(k-1, wThe, wA, wAn, wIts, wTheir, wHis, wHer, wOur) || ff.percentAhead(j) {
		// "its offer includes $42.63 in cash": a noun, not a verb
		return -1
	}
	return k
}

// percentAhead reports whether a percentage follows j within six tokens of one clause:
// "offer margins around eight to nine percent" gives nobody a share, the margins are
// the object.
func (ff *figureFinder) percentAhead(j int) bool {
	for t := j + 1; t < len(ff.toks) && t <= j+6; t++ {
		if ff.is(t, wPercent) || ff.punct(t, '%') {
			return true
		}
		if ff.punct(t, ',') || ff.punct(t, ';') || ff.punct(t, '(') {
			return false
		}
	}
	return false
}

// actorOf returns a token of the person or organization that is the subject of the
// verb at v ("Mizuho slashed", "LinkedIn forecast"), or -1.
func (ff *figureFinder) actorOf(si, v int) int {
	a, b, _ := ff.subjectPhrase(si, v)
	for k := b - 1; k >= a; k-- {
		if e := ff.entityOf(k); e >= 0 && (ff.ents[e].typ == kg.Organization || ff.ents[e].typ == kg.Person) {
			if ff.modifiedHead(a, k) {
				return -1 // "Groups opposed to Mr. Trump have spent $2 million": the groups act
			}
			return k
		}
	}
	if h := ff.describedActor(a, b); h >= 0 {
		return h // "The brokerage slashed its target price to $40": describedActor
	}
	if a == b && ff.is(a-1, wAnd) {
		// "Mizuho downgraded the stock and slashed its target": the first verb's subject
		for k := a - 2; k >= ff.sents[si].start && k > a-20; k-- {
			if ff.punct(k, ';') || ff.isSpeech(k) {
				break
			}
			if e := ff.entityOf(k); e >= 0 && (ff.ents[e].typ == kg.Organization || ff.ents[e].typ == kg.Person) && (k == ff.sents[si].start || ff.entityOf(k-1) != e) {
				if k == ff.sents[si].start || !ff.contentWord(k-1) {
					return k
				}
			}
		}
		start := ff.sents[si].start
		for b := start + 2; b <= start+3 && b < a; b++ {
			if h := ff.describedActor(start, b); h >= 0 {
				return h // "The brokerage downgraded the stock and slashed its target"
			}
		}
	}
	return -1
}

// verbHere reports whether the word at j, which the word lists know as a verb, is one
// here: not after a determiner or a possessive ("its price", "the drop"), and, within
// a verb's object (inObject), after a subject, an auxiliary or "to" rather than after
// another noun ("slashed its target price to $150": price is a noun).
func (ff *figureFinder) verbHere(j, start int, inObject bool) bool {
	if ff.is(j-1, wIts, wTheir, wThe, wA, wAn, wHis, wHer, wOur, wAposS, wRsquoS) {
		return false
	}
	w := ff.low(j)
	if j > 0 && (ff.toks[j-1].kind == tNum || ff.is(j-1, wPercent) || ff.punct(j-1, '%')) && ff.is(j, wLower, wHigher, wUp, wDown, wMore, wLess) {
		return false // "30 percent lower at $128": how the amount went, not the verb
	}
	if !inObject || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || afterVerbs.has(w) {
		return true // "sells for $1,500"; not "its target price to $150"
	}
	switch w {
	case "rose", "fell", "grew", "sank", "slid", "shrank", "dove", "stood":
		return true
	case "up", "down", "higher", "lower":
		if ff.in(j-1, smallMoves) || changeVerbs[ff.low(j-1)] == "level" && ff.toks[j-1].kind == tWord && strings.HasSuffix(ff.low(j-1), "ed") {
			return true // "net income inched up to $5.1 million", "closed down 1.7 percent at $132.09"
		}
	}
	p := j - 1
	return p < start || ff.toks[p].kind != tWord || ff.toks[p].feat&(lxPronoun|lxFunc) != 0 ||
		strings.HasSuffix(ff.low(p), "ly") || ff.entityOf(p) >= 0 || ff.causedMove(j, start)
}

// causedMove reports whether the bare verb at j ("rise") follows the object of a
// causative verb ("helped operating profit rise 11 percent to 202.1 billion yen"): a
// verb, though a noun may stand before it as in "a profit rise" (causatives.go).
func (ff *figureFinder) causedMove(j, start int) bool {
	if _, move := changeVerbs[ff.low(j)]; !move || amountVerbs[ff.low(j)] != "" {
		return false // "lifted the company's market value by a third": "value" is no verb
	}
	for k := j - 1; k > start && k >= j-5; k-- {
		if ff.in(k, causativeVerbs) && ff.toks[k].kind == tWord {
			return k < j-1
		}
		if ff.toks[k].kind != tWord || ff.toks[k].feat&(lxFunc|lxPronoun) != 0 && !ff.is(k, wIts, wTheir, wThe) {
			return false
		}
	}
	return false
}

// subjectPhrase finds the subject of the verb at v: the noun phrase before it, past
// auxiliaries and adverbs ("LinkedIn's shares were set to open"); when that phrase
// follows a preposition ("profit at BNSF", "robot sales in China"), the phrase before
// the preposition, and the entity after it as att (-1 for none).
func (ff *figureFinder) subjectPhrase(si, v int) (a, b, att int) {
	s := &ff.sents[si]
	att = -1
	j := v - 1
	for j >= s.start && (ff.is(j, wHas, wHave, wHad, wWas, wWere, wIs, wAre, wBe, wBeen, wWill, wWould, wCould, wCan, wMay, wMight,
		wShould, wDid, wDoes, wDo, wAlso, wNow, wStill, wAlready, wNot, wNAposT, wFurther, wAgain, wTo, wSet, wExpected, wPoised,
		wLikely, wSeen, wGoing, wOverall) || strings.HasSuffix(ff.low(j), "ly") && ff.toks[j].kind == tWord ||
		ff.is(j, wThan) && ff.is(j-1, wMore, wLess) || ff.forecastAuxiliary(j)) {
		if ff.is(j, wThan) {
			j-- // "investment more than tripled to $12.5 billion": how far it rose, not its subject
		}
		j--
	}
	if j < s.start {
		return v, v, -1 // the verb opens the sentence: "Raising the minimum wage to $15 an hour …"
	}
	j = ff.pastQuoteCode(j, s.start)
	if dash := asideDash(ff.doc, j); ff.punct(j, ',') || dash {
		// "Citigroup's net interest margin, a key measure of lending profitability,
		// shrank", "Shares of the company, which receives more than half its revenue
		// from markets outside the United States, fell", "revenue from sales cloud - a
		// suite of software - rose": the phrase before the aside
		limit := 28
		if strings.HasSuffix(ff.low(v), "ing") {
			limit, dash = 14, false // "soared 10 percent, extending its rally …, adding 80 percent": the participle's subject is the clause's
		}
		for k := j - 1; k > s.start && k > j-limit; k-- {
			if !dash && ff.punct(k, ',') || dash && asideDash(ff.doc, k) {
				j = ff.pastQuoteCode(k-1, s.start) // "Shares of Splunk Inc (SPLK.O), a data analytics software maker, closed"
				break
			}
			if ff.toks[k].kind != tWord && ff.toks[k].kind != tNum {
				break
			}
		}
	}
	if periodNoun(ff.doc, j) && ff.is(j-1, wThat, wThis, wLast, wNext, wEach, wEvery) {
		j -= 2 // "methane emissions that year were 27 percent higher"
	}
	if j >= s.start && ff.toks[j].kind == tNum && ff.is(j-1, wFor, wIn) && yearNumber(ff.tok(j)) {
		j -= 2 // "growth for 2015 hit 6.9 percent", "sales in 2015 rose"
	}
	if j < s.start {
		return v, v, -1 // "this month rose …": no subject before the period's words
	}
	if ff.is(j, wWhose, wWhich, wThat) && j > s.start {
		h := j - 1
		if ff.punct(h, ',') && ff.is(j, wWhich) {
			h-- // "shipping costs, which grew 18 percent"
		}
		if ff.contentWord(h) {
			a := h
			if ff.contentWord(h-1) && !ff.is(h-1, wAn, wA, wThe) && ff.toks[h-1].feat&lxFunc == 0 && !strings.HasSuffix(ff.low(h-1), "ed") {
				a = h - 1 // "shipping costs"
			}
			return a, h + 1, -1 // "a jackpot whose rise to $1.6 billion": its head noun
		}
	}
	b = j + 1
	a = b
	for a > s.start && b-a < 6 && (ff.contentWord(a-1) || ff.is(a-1, wAposS, wRsquoS) || ff.toks[a-1].kind == tNum && a < b ||
		a < b && ff.is(a-1, wNew, wOld, wOther, wOwn) && !ff.is(a-2, wThe, wA, wAn) && ff.is(a-2, wOf, wIn, wAt, wFor, wFrom, wOn, wIts, wTheir)) {
		// "sales of new homes": an adjective of the function words, between the head and its preposition
		if act := amountVerbs[ff.low(a-1)]; a < b && (act == "forecast" || act == "estimate" || act == "reported" || ff.isSpeech(a-1) || ff.isSourceVerb(a-1)) &&
			!ff.is(a-2, wThe, wA, wAn, wIts, wTheir, wHis, wHer, wAposS, wRsquoS) {
			break // "The bank estimates growth in 2015 was 2.1 percent": growth, not "estimates growth"; "data showed exports fell": exports
		}
		if a < b && ff.in(a-1, causativeVerbs) && ff.toks[a-1].kind == tWord {
			break // "cost cuts pushed operating profit up 11 percent": the profit, not what pushed it (causatives.go)
		}
		a--
	}
	a = ff.datedModifiers(a, b, s.start)
	for hop := 0; hop < 3; hop++ {
		p := a - 1
		if ff.is(p, wThe, wIts, wTheir, wHis, wHer, wA, wAn, wThat, wThis, wThese, wThose) {
			p--
		}
		// "net income attributable to Baidu fell": the income, of Baidu
		attributable := ff.is(p, wTo) && ff.is(p-1, wAttributable)
		if p <= s.start || !ff.is(p, wOf, wIn, wAt, wFrom, wFor, wOn, wBetween) && !attributable || a >= b || ff.is(p-1, wEach, wAll, wSome, wMost, wOne, wNone, wBoth, wMany, wAny, wHalf, wPart) {
			break
		}
		if hop == 0 && ff.is(p, wFor) && ff.is(v-1, wTo) && b == v-1 {
			break // "guidance for sales to fall this year": the infinitive's subject, sales
		}
		b2 := p
		if attributable {
			b2--
		}
		a2 := b2
		for a2 > s.start && b2-a2 < 5 && (ff.contentWord(a2-1) || ff.is(a2-1, wAposS, wRsquoS)) {
			a2--
		}
		if hop > 0 {
			for a2 < b2 && strings.HasSuffix(ff.low(a2), "ed") && ff.entityOf(a2) < 0 {
				a2++ // "a poll showed support for staying in the EU": support
			}
			if a2 >= b2 || ff.entityOf(p) >= 0 || ff.entityOf(a) >= 0 && ff.entityOf(a) == ff.entityOf(b) || ff.is(a2-1, wBe, wBeen, wBeing, wIs, wWas, wWere, wAre, wTo) ||
				ff.is(p, wOf) && ff.inWord(b2-1, quantityHeads) {
				break // "the number of people at the rally", "to be sold for wireless use", "the House of Representatives"
			}
		}
		if a2 >= b2 {
			break
		}
		if hop == 0 {
			demonym := -1
			for k := a; k < b; k++ {
				if ff.is(k, wOutside, wExcluding, wExcept) {
					break // "shares outside Japan": a place left out names nothing the amount is of
				}
				if e := ff.entityOf(k); e >= 0 && att < 0 {
					if ff.mentions[ff.entAt[k]].demonym || ff.basedWord(k) {
						if demonym < 0 {
							demonym = k // "Shares of Japanese app operator Line Corp", "of Seattle-based Tableau": the company's
						}
						continue
					}
					att = k
				}
			}
			if att < 0 {
				att = demonym
			}
		}
		a, b = a2, b2
	}
	return a, b, att
}

// pastQuoteCode steps back from token j over a wire's quote code that ends there
// (".SSEC", "XAU=", "GBP=D4"; see quoteCode) to the last token of the name it
// follows: "the Shanghai Composite Index .SSEC rose 0.8 percent" is the index's rise.
// It returns j unchanged when no code ends there.
func (ff *figureFinder) pastQuoteCode(j, start int) int {
	if p := ff.tickerBefore(j, start); p >= 0 {
		return p // "Amazon.com Inc (AMZN.O) fell" (closingprices.go)
	}
	k := j
	if ff.toks[k].kind == tWord && ff.punct(k-1, '=') && !ff.toks[k].has(fSpace) {
		k -= 2 // "GBP=D4"
	} else if ff.punct(k, '=') && !ff.toks[k].has(fSpace) {
		k-- // "XAU="
	}
	if k <= start || !ff.quoteCode(k) {
		return j
	}
	if ff.toks[k-1].kind == tStop && !ff.toks[k].has(fSpace) {
		k-- // ".SSEC"
	}
	if k-1 < start {
		return j
	}
	return k - 1
}

// forecastAuxiliary reports whether the word at j stands between a subject and the
// verb of change it reads, as an auxiliary does: "since" after a perfect ("its value has
// since slid to $800 million"), and a participle of forecasting before "to" ("exports are
// forecast to grow to $3 billion", "sales are projected to top $80 million") — the
// subject's measure is what rises or falls, not the forecast (the figure's source and
// estimate scope come from the forecast verb elsewhere).
func (ff *figureFinder) forecastAuxiliary(j int) bool {
	if ff.is(j, wSince) {
		return ff.is(j-1, wHas, wHave, wHad)
	}
	if !ff.is(j+1, wTo) || !ff.is(j-1, wIs, wAre, wWas, wWere, wBe, wBeen) {
		return false
	}
	act := amountVerbs[ff.low(j)]
	return (act == "forecast" || act == "estimate") && strings.HasSuffix(ff.low(j), "ed") || ff.is(j, wForecast)
}

// quantityHeads are nouns that say how much of something a phrase is ("the number of
// people", "a share of sales"): the subject's measure is what they are of, so the walk
// up a chain of prepositions (subjectPhrase) stops below them.
var quantityHeads = newTokSet(wordSet("quantity-heads"))

// datedModifiers extends the subject phrase a..b-1 back over a date and a possessor
// before its head: "the bank's June 14-15 meeting" from "meeting" (a range of days
// stops the walk of subjectPhrase, which takes only single numbers). It returns the
// phrase's new first token, a unchanged when no range of days precedes it.
func (ff *figureFinder) datedModifiers(a, b, start int) int {
	if a >= b || a-2 <= start || !ff.punct(a-1, '-') || ff.toks[a].kind != tNum || ff.toks[a-2].kind != tNum || ff.toks[a-1].has(fSpace) || ff.toks[a].has(fSpace) {
		return a
	}
	k := a - 2
	if !ff.isWord(k-1, "May") && ff.toks[k-1].feat&lxMonth == 0 {
		return a
	}
	k--
	for k > start && b-k < 12 && (ff.contentWord(k-1) || ff.is(k-1, wAposS, wRsquoS)) {
		k--
	}
	return k
}

// actAmount names an amount by the act of its verb ("asked Congress for $1.8
// billion": funding request; "bought X for $4.2 billion": acquisition price), the
// object a verb of reporting or forecasting has ("forecast full-year revenue of"), or
// what the amount goes to ("give $250 million to Puerto Rico's Medicaid program").
func (ff *figureFinder) actAmount(n *number, am amount, act, prep string, objA, objB, next int) (amount, bool) {
	switch act {
	case "reported", "forecast", "estimate":
		m, subj := ff.measureWords(objA, objB)
		if m == "" && ff.is(next, wIn, wOf) {
			// "expects 33 billion yen in operating profit"
			a, b := nounPhrase(ff.doc, next+1+skipDeterminer(ff.doc, next+1), ff.sents[n.si].b)
			m, subj = ff.measureWords(a, b)
		}
		if m == "" && act == "forecast" && prep == "" {
			m = "forecast" // "analysts were expecting $1.81 billion"
		}
		if m == "" {
			return am, false
		}
		if act == "forecast" && !strings.HasSuffix(m, "forecast") {
			m += " forecast"
		}
		am.measure, am.subject = m, subj
	default:
		am.measure = act
		if objB > objA && (act == "acquisition price" || act == "sale price") {
			_, am.subject = ff.measureWords(objA, objB) // "buy Northwind for $4.2 billion": of Northwind
		}
		if act == "payment" {
			ff.paidInAmount(n, &am, next) // "receives $20 billion a year in remittances" (paidin.go)
		}
		if act == "funding" {
			if m := ff.purposeOf(n.si, next); m != "" {
				am.measure = m // "give $250 million to Puerto Rico's Medicaid program"
			}
		}
		if inNounActs[act] && ff.is(next, wIn, wOf) {
			// "generate $67 million in savings", "collected $3.3 trillion in revenue": the noun names it
			a, b := nounPhrase(ff.doc, next+1+skipDeterminer(ff.doc, next+1), ff.sents[n.si].b)
			if m, subj := ff.measureWords(a, b); m != "" && !periodNoun(ff.doc, b-1) {
				am.measure, am.subject = m, subj
			}
		}
		if act == "loss" && ff.is(next, wIn, wOf) {
			// "wiping out nearly $11 billion in market value": market value loss
			a, b := nounPhrase(ff.doc, next+1+skipDeterminer(ff.doc, next+1), ff.sents[n.si].b)
			if m, subj := ff.measureWords(a, b); m != "" && !periodNoun(ff.doc, b-1) {
				am.measure, am.subject = m+" loss", subj
			}
		}
	}
	return am, true
}

// yearNumber reports whether a number's text is a year of the last two centuries
// ("2015"): a period, not an amount.
// inNounActs are the acts of amountVerbs whose amount a noun after "in" or "of" names
// better than the verb does ("generated $500 million in revenues", "collecting nearly
// $27,000 in wages", "pledging $4 billion in funding"; figrec74).
var inNounActs = map[string]bool{"revenue": true, "amount collected": true, "contribution": true, "pledge": true}

func yearNumber(w string) bool {
	return len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && strings.Trim(w, "0123456789") == ""
}

// timeOnly reports whether tokens a..b are only a time: a day, a month or a period noun
// and its determiners ("Friday", "the week", "last month").
func (ff *figureFinder) timeOnly(a, b int) bool {
	timed := false
	for k := a; k < b; k++ {
		switch {
		case periodNoun(ff.doc, k):
			timed = true
		case ff.is(k, wThe, wThis, wLast, wThat, wEach):
		default:
			return false
		}
	}
	return timed
}

// asideDash reports whether token k is a dash that opens or closes an aside: a hyphen
// or a dash standing alone between spaces ("sales cloud - a suite of software - rose"),
// or an em or en dash.
func asideDash(d *doc, k int) bool {
	if k < 0 || k >= len(d.toks) || d.toks[k].kind != tPunct {
		return false
	}
	switch d.tok(k) {
	case "—", "–", "--":
		return true
	case "-":
		return d.toks[k].has(fSpace) && k+1 < len(d.toks) && d.toks[k+1].has(fSpace)
	}
	return false
}

// modifiedHead reports whether the name at token k that opens, or sits in, the subject
// phrase a.. of a verb is what a participle says of the clause's head noun before it
// ("Groups opposed to Mr. Trump have spent $2 million", "a committee backed by Acme
// raised …", "investors supporting Vale bought …"): the head, a common noun, acts, not the name.
func (ff *figureFinder) modifiedHead(a, k int) bool {
	for j := a; j <= k; j++ {
		if j > a && ff.entityOf(j) >= 0 && ff.entityOf(j) != ff.entityOf(k) {
			return false
		}
	}
	p := a - 1
	if ff.is(p, wTo, wBy, wWith, wAgainst, wFrom) {
		p--
		if !ff.plainWordAt(p) || !strings.HasSuffix(ff.low(p), "ed") {
			return false
		}
	} else if !ff.plainWordAt(p) || !strings.HasSuffix(ff.low(p), "ing") {
		return false
	}
	h := p - 1 // the head noun: lower-case, or capitalised only as the sentence's first word
	if h < 0 || ff.toks[h].kind != tWord || ff.entityOf(h) >= 0 || ff.toks[h].has(fCap) && ff.sents[ff.sentOf(h)].start != h {
		return false
	}
	return ff.toks[h].feat&(lxFunc|lxPronoun) == 0 && !strings.HasSuffix(ff.low(h), "ly")
}

// plainWordAt reports whether token k is a lower-case word of no name.
func (ff *figureFinder) plainWordAt(k int) bool {
	return k >= 0 && k < len(ff.toks) && ff.toks[k].kind == tWord && !ff.toks[k].has(fCap) && ff.entityOf(k) < 0
}

// goVerb reports whether token k is a form of "go", which names a price only as the verb
// of what goes for it ("the sets go for $5,000"): an amount that goes somewhere ("$210
// million would go to a new fund") or a level that goes up is none.
func (d *doc) goVerb(k int) bool { return d.is(k, wGo, wGoes, wGoing) }
