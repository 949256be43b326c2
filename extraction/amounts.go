package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Amounts: what an amount of money or a percentage is. Its measure is never the bare
// unit ("money", "percent") but what the words of its clause tie it to, tried in this
// order (amountOf):
//
//	a restatement      "12 billion euros ($13.4 billion)", "$5.59 billion, or $3,401 a share"
//	what it is of      "30 percent of voters", "26.8 percent of Kraft Heinz" (a stake)
//	a noun after it    "a $57 million deal", "the $1.5 billion jackpot", "a 5 percent increase in profit"
//	a noun before it   "a net loss of $107.4 million", "a prize pool of $2.45 billion"
//	its verb           "net income rose to $5.59 billion", "shares fell 4.3 percent",
//	                   "agreed to buy Northwind for $4.2 billion", "slashed its target to $150 from $258"
//	                   (amountverbs.go)
//	a move before it   "shares fell 4.5 percent, to $78.36": the level of what moved (levelmoves.go)
//	a clause after it  "the $38.5 million he raised" (relativeacts.go)
//	a noun in or of    "$5 trillion in ship-borne trade", "$58.34 billion of cash"
//
// A time after it makes a rate ("$9.99 a month"); a unit after it a price per unit
// ("$3,401 per Class A share"); the value a change started from is background ("rose
// to $5.59 billion from $5.16 billion a year earlier") or, after a verb that replaces a
// value, superseded ("cut its target to $150 from $258"). An entity the words name as
// the amount's owner ("LinkedIn's shares", "the Powerball jackpot", "profit at BNSF")
// is the figure's subject. The verbs and nouns are data (data/figures.txt).

var (
	amountVerbs   = wordValues("amount-verbs")
	changeVerbs   = wordValues("rise-verbs")
	revisionVerbs = newTokSet(wordSet("revision-verbs"))
	amountGeneric = newTokSet(wordSet("amount-generic-nouns"))
	measureSkip   = newTokSet(wordSet("measure-adjectives"))
	perUnits      = newTokSet(wordSet("per-units"))
	changeNouns   = wordValues("change-nouns")
	afterVerbs    = newTokSet(wordSet("after-amount-verbs"))
)

// amount is what an amount's clause says it is: its measure (or "" when the words do
// not say), its scope, whether the report says it was replaced, and a token of the
// entity it is of (-1 for none).
type amount struct {
	measure    string
	family     string // what the clause says the amount is of beyond its measure (kg.Figure.Family)
	scope      kg.Scope
	superseded bool
	subject    int
	actor      int // a token of the entity whose act the amount is ("Mizuho slashed its target to $150"), or -1
}

// amountOf names the amount of number n, whose words end before token end (after
// "percent" for a percentage, after the currency word for money). before are the
// figures read earlier in the sentence.
func (ff *figureFinder) amountOf(n *number, end int, percent bool, before []figureCand) (am amount) {
	s := &ff.sents[n.si]
	am.subject, am.actor = -1, -1
	if ff.punct(end, '(') {
		// "33 billion yen ($293 million) in operating profit": past the amount given again
		for j := end + 1; j < s.b && j < end+8; j++ {
			if ff.punct(j, ')') {
				end = j + 1
				break
			}
		}
	}
	per, rate, next := ff.perAfter(end, s.b)
	if rate != "" {
		am.scope = kg.Scope{Kind: kg.Rate, Of: rate}
	}
	defer func() {
		if rate == "hour" && !percent {
			am.measure = ff.hourlyMeasure(n, am.measure) // "makes $28 an hour" (hourlyrates.go)
		}
		if per != "" && am.measure != "" && !strings.HasSuffix(am.measure, " per "+per) {
			am.measure += " per " + per
		}
		if rate != "" && am.scope.Kind == kg.Whole {
			// the measure's reader returned a fresh scope: "costs $9.99 a month", "the minimum wage is $15 an hour"
			am.scope = kg.Scope{Kind: kg.Rate, Of: rate}
		}
		if am.scope.Kind == kg.Whole || am.scope.Kind == kg.Rate {
			if ff.earlierValue(n.si, n.qa, next) {
				am.scope = kg.Scope{Kind: kg.Background}
			} else if !am.superseded && ff.estimated(n.si, n.qa) && !strings.Contains(am.measure, "forecast") && !ff.afterMoveAmount(n) {
				am.scope = kg.Scope{Kind: kg.Estimate}
			} else if am.scope.Kind == kg.Whole && !percent && ff.addedAmount(n) {
				am.scope = kg.Scope{Kind: kg.Increment} // as a count's "another 40" (increment)
			}
		}
	}()
	if prev, ok := ff.restated(n, percent, before); ok {
		am.measure, am.scope, am.superseded, am.subject, am.actor = perless(prev.f.Measure), prev.f.Scope, prev.f.Superseded, prev.subj, prev.actor
		if o := ff.comparedOwner(n.qa); o >= 0 {
			am.subject, am.actor, am.scope = o, -1, kg.Scope{} // "compared to Clinton's $30 million": Clinton's own, no earlier value
		}
		if v := prev.tok - 1; !percent && ff.is(n.qa-1, wTo, wFrom) && (ff.in(v, intransitiveMoves) || ff.punct(v, '$') && ff.in(v-1, intransitiveMoves) || ff.is(n.qa-1, wTo) && (moveBefore(ff.doc, signedStart(ff.doc, prev.tok), ff.sents[n.si].start) || ff.is(signedStart(ff.doc, prev.tok)-1, wOr))) {
			// "rose 5 cents to $25.59", "cutting its target by $20 to $120", "fell 5 percent,
			// or 40 cents, to $7.60": the level reached
			am.measure = moveless(am.measure)
		}
		am.family = prev.f.Family
		if m := ff.ownPaidIn(n, prev, next); m != "" {
			am.measure, am.family = m, "payment" // "pay $85 million in fines and $275 million in restitution" (paidin.go)
		}
		if ff.is(n.qa-1, wFrom) || ff.is(n.qa-2, wFrom) {
			am.scope, am.superseded = ff.replaced(n.si, n.qa, prev.f.Measure)
			if am.superseded && ff.earlierPeriodAfter(next) {
				// "its outlook for profit to grow to 320 billion yen from 68.5 billion in the
				// previous year": what the last year was, not a replaced outlook (causatives.go)
				am.scope, am.superseded = kg.Scope{Kind: kg.Background}, false
			}
		}
		return am
	}
	if prev, ok := ff.replacedBefore(n, percent, before); ok {
		// "now expects 33 billion yen instead of a previously expected 50 billion yen"
		am.measure, am.superseded, am.subject = perless(prev.f.Measure), true, prev.subj
		return am
	}
	if percent && ff.is(next, wOf) {
		if m, subj := ff.percentOf(n.si, next+1); m != "" {
			am.measure, am.subject = ff.valueLost(n.qa, m), subj
			return am
		}
	}
	if m, subj := ff.nounAfterAmount(n.si, next, percent); m != "" {
		am.measure, am.subject = m, subj
		return am
	}
	if m, subj := ff.groupShare(n, next, before); percent && m != "" {
		am.measure, am.subject = m, subj // "Of the owners, 79 percent are men" (groupshares.go)
		return am
	}
	if m, subj, actor := ff.nounBeforeAmount(n.si, n.qa, next); m != "" {
		am.measure, am.subject, am.actor = m, subj, actor
		return am
	}
	if vm, ok := ff.verbAmount(n, percent, before, next); ok {
		return vm
	}
	if m := ff.dealNounAmount(n); !percent && m != "" {
		am.measure = m // "announced the purchase of a stake in IBS Software for $170 million"
		return am
	}
	if prev, ok := ff.moveLevel(n, percent, before); ok {
		am.measure, am.subject = moveless(prev.f.Measure), prev.subj // levelmoves.go
		return am
	}
	if m, actor := ff.relativeAct(n, next); !percent && m != "" {
		am.measure, am.subject, am.actor = m, actor, actor // relativeacts.go
		return am
	}
	if ff.is(next, wIn, wOf) && !percent {
		a, b := nounPhrase(ff.doc, next+1+skipDeterminer(ff.doc, next+1), s.b)
		if m, subj := ff.measureWords(a, b); m != "" && !periodNoun(ff.doc, b-1) {
			am.measure, am.subject = m, subj
			return am
		}
	}
	if p := ff.rangeOpening(n.si, n.qa); p >= 0 {
		// "operating income between $100 million and $700 million" (figrec72)
		if m, subj, actor := ff.nounBeforeWord(n.si, n.qa, p); m != "" {
			am.measure, am.subject, am.actor = m, subj, actor
			return am
		}
	}
	if !percent {
		am.measure = ff.purposeOf(n.si, next)
		if am.measure == "" {
			// "$828 million, would go to the Centers for Disease Control"
			k := next
			for ff.punct(k, ',') || ff.is(k, wWould, wWill, wIs, wAre, wWas, wWere, wTo, wBe, wAlso) {
				k++
			}
			if ff.is(k, wGo, wGoes, wWent, wGoing) {
				am.measure = ff.purposeOf(n.si, k+1)
			}
		}
	} else if ff.is(next, wTo, wFor) || ff.in(next, afterVerbs) && ff.is(next+1, wTo, wFor) {
		// "50 percent goes to prizes, 40 percent to causes such as education"
		k := next
		if !ff.is(k, wTo, wFor) {
			k++
		}
		a, b := nounPhrase(ff.doc, k+1+skipDeterminer(ff.doc, k+1), s.b)
		if m, _ := ff.measureWords(a, b); m != "" && !periodNoun(ff.doc, b-1) {
			am.measure = "percent to " + m
		}
	}
	return am
}

// perAfter reads what an amount is per after token k: a time ("a month", "per hour",
// "annually": a rate) or a unit ("a share", "per Class A share", "a barrel"). It returns
// the unit, the time and the token after them.
func (ff *figureFinder) perAfter(k, end int) (per, rate string, next int) {
	switch ff.low(k) {
	case "annually", "yearly", "annual":
		return "", "year", k + 1
	case "daily":
		return "", "day", k + 1
	case "monthly":
		return "", "month", k + 1
	case "weekly":
		return "", "week", k + 1
	case "hourly":
		return "", "hour", k + 1
	}
	if !ff.is(k, wA, wAn, wPer, wEach, wEvery) {
		return "", "", k
	}
	if k+1 < end && ff.toks[k+1].feat&lxTimeUnit != 0 && !ff.is(k+2, wEarlier, wAgo, wBefore, wLater, wAfter, wFrom, wOn, wIn, wSince, wOf) {
		return "", singular(ff.low(k + 1)), k + 2
	}
	for j := k + 1; j < end && j <= k+4; j++ {
		if ff.in(j, perUnits) {
			if u := ff.low(j); u == "ads" || u == "adr" || u == "adrs" {
				return "share", "", j + 1 // a depositary share
			}
			return singular(ff.low(j)), "", j + 1
		}
		if ff.toks[j].kind != tWord || ff.toks[j].feat&lxFunc != 0 && !ff.toks[j].has(fCap) {
			break // "per Class A share", "per diluted share", "per American depositary share"
		}
	}
	return "", "", k
}

func singular(w string) string {
	if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3 {
		return w[:len(w)-1]
	}
	return w
}

// restated returns the figure an amount gives again: in brackets after it ("12 billion
// euros ($13.4 billion)"), after ", or" ("$5.59 billion, or $3,401 a share") or the
// value a change started from ("rose to $5.59 billion, or $3,401 a share, from $5.16
// billion"): the last figure before it of the same kind (money or a percentage).
func (ff *figureFinder) restated(n *number, percent bool, before []figureCand) (figureCand, bool) {
	if len(before) == 0 {
		return figureCand{}, false
	}
	same := func(c figureCand) bool { return (c.f.Unit == "percent") == percent && c.f.Unit != "" }
	prev := before[len(before)-1]
	p := n.qa - 1
	switch {
	case ff.punct(p, '('):
		q := p - 1
		if same(prev) && (ff.toks[q].kind == tNum || scaleWords[ff.low(q)] != 0 || ff.isIn(q, currencySet) || ff.is(q, wPercent)) {
			return prev, true
		}
	case ff.is(p, wOr) && ff.punct(p-1, ','):
		if !same(prev) && prev.tok >= n.qa-6 && namedChange(prev.f.Measure) && (percent || prev.f.Unit == "percent" && n.unit != "") {
			// "fell 99.64 points, or 0.62 percent": the move in percent (marketmoves.go);
			// "its market value has fallen by around 42 percent, or $3 billion": in money
			return prev, true
		}
		if percent && prev.f.Unit == "" && prev.tok >= n.qa-8 && !ff.numberBetween(prev.tok+1, p-1) && !ff.shareOfAfter(n) {
			// "62 pieces of equipment, or 32.5 percent, ended up abroad", "33 million, or
			// 12 percent, were Hotmail accounts": the count again, as a share of its whole
			return prev, true
		}
		return prev, same(prev)
	case ff.is(p, wTo, wVersus, wVs) && prev.tok >= n.qa-4 && same(prev) && !bareMeasure(prev.f.Measure):
		return prev, true // "a lead of 41.4 percent to 40.8 percent"
	case ff.is(p, wAnd) && prev.tok >= n.qa-8 && same(prev) && !bareMeasure(prev.f.Measure) && ff.afterAmountFunc(n):
		return prev, true // "grow 15 percent in 2017 and 10 percent in 2018"
	case ff.is(p, wWith) && ff.is(p-1, wCompared) && prev.tok >= n.qa-5 && same(prev) && percent:
		return prev, true // "45 percent compared with 39 percent"
	case ff.comparedBefore(n.qa) && !percent && !ff.otherSubjectAfter(n):
		// "lost $3.6 billion last year, compared to $1.9 billion in 2014": the same
		// measure's other value (a percentage so compared is often another subject's:
		// "40 percent support, compared with 35 percent for Cruz")
		return ff.lastOfKind(n, before, same)
	case ff.additionOf(n) && prev.tok >= n.qa-12 && same(prev) && !strings.Contains(prev.f.Measure, " per "):
		return prev, true // "agreed to pay $100 million, and another $50 million later"
	case ff.is(p, wFrom) || ff.is(p, wThe) && ff.is(p-1, wFrom):
		return ff.lastOfKind(n, before, same)
	}
	return figureCand{}, false
}

// shareOfAfter reports whether the percentage n names its whole after it ("20 percent of
// his own equity"), which percentOf reads as its measure.
func (ff *figureFinder) shareOfAfter(n *number) bool {
	k := n.next
	if ff.is(k, wPercent) || ff.punct(k, '%') {
		k++
	}
	return ff.is(k, wOf)
}

// lastOfKind returns the last figure before amount n, within 30 tokens, of the same
// kind (same) and not per unit: the amount a comparison or a change states n against.
func (ff *figureFinder) lastOfKind(n *number, before []figureCand, same func(figureCand) bool) (figureCand, bool) {
	for k := len(before) - 1; k >= 0; k-- {
		if same(before[k]) && !strings.Contains(before[k].f.Measure, " per ") && before[k].tok > n.qa-30 {
			return before[k], true
		}
	}
	return figureCand{}, false
}

// comparedBefore reports whether "compared with" or "compared to" ends right before
// token qa, a word of degree ("just", "only") aside.
func (ff *figureFinder) comparedBefore(qa int) bool {
	p := qa - 1
	if ff.is(p, wJust, wOnly) {
		p--
	}
	if o := ff.comparedOwner(qa); o >= 0 {
		p = ff.mentions[ff.entAt[o]].a - 1 // "compared to Clinton's $30 million"
	}
	return ff.is(p, wWith, wTo) && ff.is(p-1, wCompared)
}

// comparedOwner returns a token of the person or body whose possessive stands right
// before amount qa after "compared to" or "compared with" ("compared to Clinton's $30
// million": Clinton's amount of the same measure), or -1.
func (ff *figureFinder) comparedOwner(qa int) int {
	p := qa - 1
	if !ff.is(p, wAposS, wRsquoS) || ff.entityOf(p-1) < 0 {
		return -1
	}
	m := &ff.mentions[ff.entAt[p-1]]
	if m.b != p || !ff.is(m.a-1, wWith, wTo) || !ff.is(m.a-2, wCompared) {
		return -1
	}
	if t := ff.ents[ff.entityOf(p-1)].typ; t != kg.Person && t != kg.Organization {
		return -1
	}
	return p - 1
}

// otherSubjectAfter reports whether "for" and a name follow amount n: "compared with
// $313 million for Cruz" is another subject's value, not an earlier one.
func (ff *figureFinder) otherSubjectAfter(n *number) bool {
	k := n.next
	if currencySet[ff.low(k)] {
		k++
	}
	return ff.is(k, wFor) && ff.entityOf(k+1) >= 0
}

// additionOf reports whether amount n is added to another in a list: "and another
// $50 million", ", an additional $2 billion", "plus an extra 3 percent". The words
// "another", "an additional", "an extra" or "a further" come right before it, after
// "and", "plus" or a comma.
func (ff *figureFinder) additionOf(n *number) bool {
	p := n.qa - 1
	switch {
	case ff.is(p, wAnother):
		p--
	case ff.is(p, wAdditional, wExtra, wFurther) && ff.is(p-1, wAn, wA):
		p -= 2
	default:
		return false
	}
	return ff.is(p, wAnd, wPlus) || ff.punct(p, ',')
}

// addedAmount reports whether amount n adds to an amount given before rather than
// stating a whole: "owes another $1.9 billion", "an additional $3 billion", "a further
// $30 million", "an extra 250 billion pounds". Of money only: "another 8 percent"
// is as often a share beside others ("with another 8 percent not sure").
func (ff *figureFinder) addedAmount(n *number) bool {
	return ff.is(n.qa-1, wAnother, wAdditional, wExtra, wFurther)
}

// replacedBefore returns the figure an amount after "instead of" was replaced by.
func (ff *figureFinder) replacedBefore(n *number, percent bool, before []figureCand) (figureCand, bool) {
	p := n.qa - 1
	for ff.is(p, wA, wAn, wThe, wPreviously, wEarlier, wInitially, wOriginally, wExpected, wEstimated, wForecast, wPlanned) {
		p--
	}
	if !ff.is(p, wOf) || !ff.is(p-1, wInstead) {
		return figureCand{}, false
	}
	for k := len(before) - 1; k >= 0; k-- {
		if (before[k].f.Unit == "percent") == percent && before[k].f.Unit != "" {
			return before[k], true
		}
	}
	return figureCand{}, false
}

// afterAmountFunc reports whether a function word follows amount n ("10 percent in
// 2018"), not a noun of its own ("10 percent stake").
func (ff *figureFinder) afterAmountFunc(n *number) bool {
	k := n.next
	if ff.is(k, wPercent) {
		k++
	}
	return k < len(ff.toks) && (ff.toks[k].feat&lxFunc != 0 || ff.toks[k].kind != tWord)
}

// moveless is a move's measure without its change word ("share price rise": share
// price): the level a move's "to" or "from" amount gives.
func moveless(m string) string {
	for _, c := range []string{" rise", " fall", " growth"} {
		if strings.HasSuffix(m, c) {
			return strings.TrimSuffix(m, c)
		}
	}
	return m
}

// perless is a measure without its unit ("net income per share": net income).
func perless(m string) string {
	if i := strings.Index(m, " per "); i > 0 {
		return m[:i]
	}
	return m
}

var currencySet = func() map[string]bool {
	m := map[string]bool{}
	for w := range currencyWords {
		m[w] = true
	}
	return m
}()

// replaced tells what the value a change started from is ("from $258"): superseded when
// a verb of its sentence replaces a value ("cut its target to $150 from $258") or it is
// a forecast, a target or an estimate; else background (an earlier state).
func (ff *figureFinder) replaced(si, qa int, measure string) (kg.Scope, bool) {
	s := &ff.sents[si]
	for k := s.start; k < qa; k++ {
		if ff.inWord(k, revisionVerbs) {
			return kg.Scope{}, true
		}
	}
	for _, w := range strings.Fields(measure) {
		switch w {
		case "forecast", "target", "estimate", "outlook", "guidance", "rating", "projection":
			return kg.Scope{}, true
		}
	}
	return kg.Scope{Kind: kg.Background}, false
}

// earlierValue reports whether the amount at qa..next-1 is an earlier value its
// sentence compares with: "compared with $16.8 million a year earlier", "versus a drop
// of 3.9 percent in 2014", "from 56 percent a year earlier".
func (ff *figureFinder) earlierValue(si, qa, next int) bool {
	s := &ff.sents[si]
	if ff.comparedOwner(qa) >= 0 {
		return false // "compared to Clinton's $30 million": another's value, not an earlier one
	}
	for k := qa - 1; k >= s.start && k >= qa-6; k-- {
		if ff.is(k, wCompared, wVersus, wVs, wVsDot) {
			return true
		}
		if ff.punct(k, ',') || ff.punct(k, ';') {
			break
		}
	}
	// "A year earlier, it totaled $2.7 billion."
	for k := s.start; k < qa && k < s.start+4; k++ {
		if ff.is(k, wAgo, wEarlier, wPreviously) && (k > s.start && ff.toks[k-1].feat&lxTimeUnit != 0 || ff.is(k, wPreviously)) && ff.punct(k+1, ',') {
			return true
		}
	}
	// "$5.16 billion, or $3,143 per share, a year earlier": a time right after it,
	// nothing between but restatements
	for k := next; k < s.b && k < next+12; k++ {
		if ff.is(k, wAgo, wEarlier, wBefore) && ff.toks[k-1].feat&lxTimeUnit != 0 {
			return true
		}
		if ff.is(k, wPrevious, wPrior) && ff.is(k+1, wYear, wQuarter, wMonth, wWeek) {
			return true
		}
		if ff.punct(k, ';') || ff.toks[k].kind == tStop || ff.is(k, wFrom, wThan, wOver, wSince, wCompared, wVersus, wOn, wIn, wTo, wAnd, wBut) {
			break
		}
	}
	return false
}

// percentOf names a percentage of the noun phrase at k: "of voters" (voters), "of the
// vote" (vote); a percentage of an organization is a stake in it, and so is one of a
// firm named by its kind (firmWhole).
func (ff *figureFinder) percentOf(si, k int) (string, int) {
	s := &ff.sents[si]
	for ff.is(k, wThe, wIts, wTheir, wAll, wA, wAn, wHis, wHer, wThose, wThese) {
		k++
	}
	// the whole's own count or amount is no measure: "40 percent of its 100,000
	// residents", "90 percent of the $7 billion sector", "of its more than 130,000 riders",
	// "29 percent of its 2015 revenue" (figrec72)
	j := k
	for h := 0; h < 2 && ff.inWord(j, fromHedges) && ff.toks[j].kind == tWord; h++ {
		j++
	}
	if ff.toks[j].kind == tNum || ff.punct(j, '$') {
		if _, next, _, _, ok := ff.numberAt(j, s.b); ok && next < s.b && ff.toks[next].kind == tWord {
			k = next
		}
	}
	if e := ff.entityOf(k); e >= 0 && ff.ents[e].typ == kg.Organization && ff.stakeVerb(si, k) {
		return "stake", k
	}
	if ok, firm := ff.firmWhole(si, k); ok && ff.stakeVerb(si, k) {
		return "stake", firm
	}
	a, b := nounPhrase(ff.doc, k, s.b)
	m, subj := ff.measureWords(a, b)
	if m == "" && b == a+1 && peoplesPlural(ff.tok(a)) && percentMeasure(ff.doc, si) == "percent" {
		// "49 percent of Americans", "30 percent of Republicans": the people, not their
		// country or party; a poll's or a vote's sentence keeps its poll support or vote share
		m = ff.low(a)
	}
	if m == "people" && b < s.b && ff.toks[b].kind == tWord && strings.HasSuffix(ff.low(b), "ed") && ff.toks[b].feat&(lxFunc|lxPronoun) == 0 && !ff.toks[b].has(fCap) && ff.verbAfterParticiple(b+1, s.b) {
		m += " " + ff.low(b) // "80 percent of people infected with Zika have no symptoms": which people
	}
	return m, subj
}

// verbAfterParticiple reports whether a finite "be" or "have" follows within a few words
// from k, before a comma, "and" or "that": the word before k is a participle after its
// noun ("people infected with Zika virus have"), not the clause's own verb ("54 percent
// of people lived in urban areas").
func (ff *figureFinder) verbAfterParticiple(k, end int) bool {
	for j := k; j < end && j < k+6; j++ {
		if ff.toks[j].kind != tWord || ff.is(j, wAnd, wThat, wWho, wWhich) {
			return false
		}
		if ff.is(j, wHave, wHas, wHad, wAre, wWere, wIs, wWas) {
			return true
		}
	}
	return false
}

// firmWhole reports whether the words at k name a firm by its kind, the whole a share
// of which is a stake: "owns 1.7 percent of the company", "40 percent of the combined
// company", "controls 25 percent of the joint venture" (the kind, not owned by "'s" and
// before no noun it modifies), or a kind right before the firm's name, "bought 49
// percent of Spanish parts maker Ficosa". Up to three lower-case words may stand before
// the kind, the first of them a people's word. firm is the token of the firm's name, as
// percentOf gives for a stake in a name, or -1.
func (ff *figureFinder) firmWhole(si, k int) (ok bool, firm int) {
	end := ff.sents[si].b
	for j := k; j < end && j < k+4; j++ {
		t := &ff.toks[j]
		if t.kind != tWord || t.feat&(lxFunc|lxPronoun|lxQual|lxSpeech) != 0 || t.has(fCap) && (j > k || demonymOf[ff.tok(j)] == "") {
			return false, -1 // a people's word may open it: "Dutch parts maker"
		}
		if !firmKinds[ff.low(j)] {
			continue
		}
		if e := ff.entityOf(j + 1); e >= 0 && ff.ents[e].typ == kg.Organization {
			return true, j + 1 // "parts maker Ficosa"
		}
		next := &ff.toks[j+1]
		return j+1 >= end || next.kind != tWord || next.feat&(lxFunc|lxQual|lxSpeech) != 0 && !ff.doc.owner(j+1), -1
	}
	return false, -1
}

// firmKinds are the lower-case words that name a firm as the whole of a stake: the
// organization descriptors (data/names.txt) and a few words for a firm's parts and
// pacts.
var firmKinds = func() map[string]bool {
	m := map[string]bool{"business": true, "venture": true, "unit": true, "subsidiary": true,
		"partnership": true, "fund": true, "provider": true}
	for w := range orgDescriptors.m {
		m[w] = true
	}
	return m
}()

// stakeVerb reports whether a verb of owning or trading comes shortly before token k:
// "owns 26.8 percent of Kraft Heinz", "bought 10 percent of".
func (ff *figureFinder) stakeVerb(si, k int) bool {
	for j := k - 1; j >= ff.sents[si].start && j >= k-7; j-- {
		switch ff.low(j) {
		case "own", "owns", "owned", "owning", "hold", "holds", "held", "holding", "bought", "buy", "buys", "acquire", "acquired",
			"acquires", "acquiring", "buying", "selling", "sell", "sold", "sells", "take", "took", "takes", "taking", "stake",
			"control", "controls", "controlled", "controlling":
			return true
		}
	}
	return false
}

// amountAdverbs are the words after an amount that say when, where or how it counts, not what:
// "rose 0.4 percent overnight", "fell 2 percent intraday", "was down 30 percent today",
// "$20 apiece". ("Year-on-year" is left as it was: after a rate of growth with no
// subject, the rate would take the measure of another figure of its value.)
var amountAdverbs = newTokSet(map[string]bool{"overnight": true, "intraday": true, "today": true, "yesterday": true,
	"apiece": true, "respectively": true, "worldwide": true, "nationwide": true, "statewide": true, "countrywide": true,
	"globally": true, "nationally": true, "internationally": true, "domestically": true, "overseas": true, "abroad": true,
	"upstate": true, "downstate": true, "soon": true, "already": true, "year-to-date": true, "year-over-year": true,
	"toward": true, "towards": true})

// nounAfterAmount names an amount by the noun phrase right after it: "a $57 million
// deal", "a 20 percent stake", "a 5 percent increase in profit" (profit rise), "a 47.8
// percent drop". A name there makes the amount the named thing's price ("the $399
// iPhone SE").
func (ff *figureFinder) nounAfterAmount(si, k int, percent bool) (string, int) {
	s := &ff.sents[si]
	if currencySet[ff.low(k)] {
		k++ // "$44.19 million dollars"
	}
	if m, subj := ff.worthOfNoun(si, k); !percent && m != "" {
		return m, subj // "$1.9 billion worth of debt" (worths.go)
	}
	if ff.is(k, wUnder) && ff.is(k+1, wManagement) {
		return "assets under management", -1
	}
	if !percent && ff.is(k, wOn) && ff.is(k+1, wHand) {
		return "cash on hand", -1 // "ended April with $5.8 million on hand"
	}
	if percent && ff.is(k, wContained) {
		return "containment", -1
	}
	if percent {
		if m := ff.stanceShare(k); m != "" {
			return m, -1 // "35 percent back Trump" (amountwords.go)
		}
	} else if ff.gerundAfterAmount(k) {
		return "", -1 // "spent $71 million developing the drone": the clause's verb says what (amountwords.go)
	}
	if percent && strings.HasSuffix(ff.low(k), "ed") && ff.toks[k].kind == tWord && !ff.contentWord(k+1) && changeVerbs[ff.low(k)] == "" && !ff.is(k, wCompared) {
		return ff.low(k), -1 // "26 percent funded", "90 percent owned"
	}
	j := k
	for ff.is(j, wWas, wWere, wIs, wAre, wHas, wHave, wHad, wBeen, wBe, wWill, wWould, wBeing) {
		j++
	}
	if j > k && !percent {
		j = ff.pastReportedBeen(j)
		if m := passiveMoves[ff.low(j)]; m != "" {
			return m, -1 // "$81 million was routed to accounts abroad"
		}
		if act := amountVerbs[ff.low(j)]; act != "" && !ff.goVerb(j) && (strings.HasSuffix(ff.low(j), "ed") || ff.in(j, afterVerbs) || ff.in(j, irregularParticiples)) {
			if act == "sale price" {
				act = "sales"
			}
			return act, -1 // "$5.7 million had been approved"
		}
	}
	if k >= s.b || ff.toks[k].kind != tWord || ff.toks[k].feat&(lxTimeUnit|lxMonth|lxDay|lxFunc|lxQual|lxSpeech|lxNumWord|lxPronoun) != 0 {
		return "", -1
	}
	if ff.prepositionWord(k) {
		return "", -1 // "dropped to 27 percent according to a pollster", "up 6.1 percent ahead of earnings": a preposition, no noun (causatives.go)
	}
	if ff.in(k, amountAdverbs) || ff.is(k, wRight) && ff.is(k+1, wNow) {
		return "", -1 // "The yen rose 0.4 percent overnight", "sold at $450 apiece": when or how, not what
	}
	w := ff.low(k)
	if _, verb := changeVerbs[w]; verb && changeNouns[w] == "" || ff.is(k, wPercent, wCents, wCent) {
		return "", -1 // "30 percent lower", "$5 up"
	}
	if changeNouns[w] != "" && afterVerbs.has(w) && ff.is(k+1, wIn, wOf) {
		// "a 10 percent cut in its workforce": the noun of a change, no verb after the amount
	} else if afterVerbs.has(w) || strings.HasSuffix(w, "ed") && (!ff.contentWord(k+1) || ff.is(k+1, wOut, wOff, wUp, wDown, wAway)) {
		// "$133 million sold on Wednesday", "$11 billion wiped out": what the verb
		// makes of the amount, or nothing
		if act := amountVerbs[w]; act != "" && !percent && !ff.goVerb(k) {
			if act == "sale price" {
				act = "sales"
			}
			return act, -1
		}
		return "", -1
	}
	a, b := nounPhrase(ff.doc, k, s.b)
	if b <= a {
		return "", -1
	}
	if ff.isPersonNoun(b-1) || ff.toks[b-1].feat&lxRole != 0 || plural(ff.low(b-1)) && ff.is(b, wHad, wHave, wExpected, wEstimated, wForecast, wPredicted, wSaid, wSay) {
		return "", -1 // "the 60 cents analysts had expected"
	}
	if ch := changeNouns[ff.low(b-1)]; ch != "" {
		if !percent {
			ch = ff.low(b - 1) // "an after-tax gain" of money is a gain, not a rise
		}
		if ff.is(b, wIn, wOf) {
			a2, b2 := nounPhrase(ff.doc, b+1+skipDeterminer(ff.doc, b+1), s.b)
			if w, subj := ff.measureWords(a2, b2); w != "" && !periodNoun(ff.doc, b2-1) {
				return w + " " + ch, subj
			}
		}
		if pre, subj := ff.measureWords(a, b-1); pre != "" {
			return pre + " " + ch, subj
		}
		return ch, -1
	}
	if !percent && b-a == 1 && ff.in(a, perUnits) && plural(ff.low(a)) {
		return singular(ff.low(a)) + " price", -1 // "the $2 tickets"
	}
	if !percent && ff.compoundHeadAfter(b, s.b) {
		b++ // "a $10 million civil rights lawsuit against": the plural modifies the head
	}
	m, subj := ff.measureWords(a, b)
	if m == "" && subj >= 0 {
		return "price", subj
	}
	return m, subj
}

// purposeOf names money by what it is for: "$250 million for Medicaid funds", "$41
// million for the State Department" (its funding).
func (ff *figureFinder) purposeOf(si, k int) string {
	if !ff.is(k, wFor, wTo, wInto) {
		return ""
	}
	s := &ff.sents[si]
	k++
	k += skipDeterminer(ff.doc, k)
	a, b := nounPhrase(ff.doc, k, s.b)
	for j := a; j <= b && j < s.b; j++ {
		if ff.is(j, wAposS, wRsquoS) {
			k = j + 1 // "Puerto Rico's Medicaid program": whose, then what
			a, b = nounPhrase(ff.doc, k, s.b)
			break
		}
	}
	if e := ff.entityOf(k); e >= 0 && ff.ents[e].typ == kg.Organization && (b <= a || ff.entityOf(b-1) == e) {
		return ff.entName(e) + " funding"
	}
	if b <= a || periodNoun(ff.doc, b-1) || ff.isPersonNoun(b-1) || ff.toks[k].kind == tWord && ff.toks[k].feat&lxTimeUnit == 0 && strings.HasSuffix(ff.low(k), "ing") && b-a == 1 {
		return ""
	}
	if changeNouns[ff.low(b-1)] != "" && ff.is(b, wIn) {
		a, b = nounPhrase(ff.doc, b+1+skipDeterminer(ff.doc, b+1), s.b)
	}
	var words []string
	for j := a; j < b; j++ {
		if ff.toks[j].kind != tWord || ff.in(j, measureSkip) || ff.toks[j].feat&(lxFunc|lxQual) != 0 || ff.is(j, wAposS, wRsquoS) || ff.is(j+1, wAposS, wRsquoS) {
			continue
		}
		if e := ff.entityOf(j); e >= 0 {
			if _, country := countryNames[ff.entName(e)]; ff.ents[e].typ != kg.Place || countryOf[ff.entName(e)] == "" && !country {
				words = append(words, ff.tok(j)) // a place the word lists know says where, not what
			}
			continue
		}
		words = append(words, ff.low(j))
	}
	// "Medicaid funds", "Puerto Rico's Medicaid program": Medicaid funding
	for len(words) > 1 {
		switch words[len(words)-1] {
		case "funds", "funding", "fund", "money", "aid", "program", "programme", "programs":
			words = words[:len(words)-1]
			continue
		}
		break
	}
	if len(words) == 0 {
		return ""
	}
	switch m := strings.Join(words, " "); lastWord(m) {
	case "funds", "funding", "fund", "money", "aid":
		return m
	default:
		return m + " funding"
	}
}

func skipDeterminer(d *doc, k int) int {
	if d.is(k, wThe, wIts, wTheir, wHis, wHer, wA, wAn) {
		return 1
	}
	return 0
}

// nounBeforeAmount names an amount by the noun phrase before "of", "at", "worth" or
// "totaling" it: "a net loss of $107.4 million", "a prize pool of $2.45 billion", "an
// effective tax rate of just 6 percent"; after a verb of forecasting, the noun's
// forecast ("forecast full-year revenue of $3.6 billion"). Nouns that name nothing
// ("a total of") and words that are no noun ("one of", "because of") do not count.
func (ff *figureFinder) nounBeforeAmount(si, qa, next int) (m string, subj, actor int) {
	if m, subj, ok := ff.levelSubject(si, qa); ok {
		return m, subj, -1
	}
	m, subj, actor = ff.nounBefore(si, qa)
	if m == "" {
		return "", -1, -1
	}
	switch lastWord(m) {
	case "loss", "losses", "drop", "fall", "gain", "rise", "decline":
		if ff.is(next, wIn, wOf) {
			// "a loss of more than $8 billion in market value": market value loss
			a, b := nounPhrase(ff.doc, next+1+skipDeterminer(ff.doc, next+1), ff.sents[si].b)
			if w, s2 := ff.measureWords(a, b); w != "" && !periodNoun(ff.doc, b-1) {
				return w + " " + strings.TrimSuffix(lastWord(m), "es"), s2, actor
			}
		}
	case "low", "high", "peak", "close":
		// "the stock sank to a three-year low of $109.50", "the stock's low of $75.54"
		for k := qa - 2; k >= ff.sents[si].start && k >= qa-12; k-- {
			if ff.is(k, wStock, wShares, wShare, wStocks) {
				return "share price", subj, actor
			}
			if ff.punct(k, ',') || ff.punct(k, ';') {
				break
			}
		}
	}
	return m, subj, actor
}

func (ff *figureFinder) nounBefore(si, qa int) (string, int, int) {
	p := qa - 1
	for ff.is(p, wJust, wOnly, wA, wAn, wMere, wRoughly) {
		p-- // "market share of just 2 percent"
	}
	if !ff.is(p, wOf, wWorth, wTotaling, wTotalling, wAt) {
		return "", -1, -1
	}
	return ff.nounBeforeWord(si, qa, p)
}

// nounBeforeWord reads the measure whose noun phrase ends right before token p ("of",
// "worth", "at" or a range's opening; nounBefore, rangeOpening) of the amount whose words
// open at qa.
func (ff *figureFinder) nounBeforeWord(si, qa, p int) (string, int, int) {
	s := &ff.sents[si]
	if ff.is(p, wAt) {
		if ok, subj := ff.valuedAt(si, p); ok {
			return "value", subj, -1 // "valuing the company at $550 billion" (amountwords.go)
		}
		if _, verb := changeVerbs[ff.low(p-1)]; verb || amountVerbs[ff.low(p-1)] != "" || ff.closingVerb(p-1) {
			return "", -1, -1
		}
		if e := ff.entityOf(p - 1); e >= 0 && ff.ents[e].typ == kg.Person && ff.mentions[ff.entAt[p-1]].b == p {
			return "", -1, -1 // "former Florida Governor Jeb Bush at 9.2 percent": a standing, no "governor" measure
		}
	}
	b := p
	if b > s.start && ff.toks[b-1].kind == tCloseQ {
		b-- // "a raise in the nationwide minimum wage” of $7.25"
	}
	a := b
	for a > s.start && b-a < 4 && ff.toks[a-1].kind == tWord && ff.toks[a-1].feat&(lxFunc|lxPronoun|lxQual|lxSpeech) == 0 {
		if _, verb := changeVerbs[ff.low(a-1)]; verb && a < b {
			break
		}
		if (amountVerbs[ff.low(a-1)] != "" || strings.HasSuffix(ff.low(a-1), "ed")) && a < b &&
			!ff.is(a-2, wThe, wA, wAn, wIts, wTheir, wHis, wHer, wOur, wAposS, wRsquoS) {
			break // "caused damage of", "reported net income of"; not "the indicated range of"
		}
		a--
	}
	if a == b {
		return "", -1, -1
	}
	if ff.is(b-1, wWorth) && ff.is(b-2, wNet) && ff.is(p, wOf) {
		return "net worth", -1, -1 // "had a net worth of $500 million": no "worth" of a thing
	}
	switch ff.low(b - 1) {
	case "one", "most", "all", "part", "some", "many", "any", "because", "instead", "out", "each", "both",
		"none", "half", "terms", "kind", "lot", "made", "consisting", "ahead", "outside", "inside", "worth":
		return "", -1, -1
	}
	if ff.inWord(b-1, amountGeneric) && b-a == 1 || ff.is(b-1, wPercent, wCents, wCent) || ff.isIn(b-1, currencySet) || scaleWords[ff.low(b-1)] != 0 {
		return "", -1, -1
	}
	if _, verb := changeVerbs[ff.low(b-1)]; verb && changeNouns[ff.low(b-1)] == "" {
		return "", -1, -1
	}
	m, subj := ff.measureWords(a, b)
	if m == "" {
		return "", -1, -1
	}
	m = sharePrice(m)
	if ch := changeNouns[ff.low(b-1)]; ch != "" && b-a == 1 && ff.is(qa+1, wIn) {
		// "a loss of more than $8 billion in market value" is named after the end
		return m, subj, -1
	}
	actor := -1
	if v := amountVerbs[ff.low(a-1)]; v == "forecast" && !strings.HasSuffix(m, "forecast") {
		m += " forecast" // "LinkedIn forecast full-year revenue of $3.6 billion"
		actor = ff.actorOf(si, a-1)
	}
	return m, subj, actor
}

// measureWords writes the noun phrase a..b-1 as a measure: lower case, without
// determiners, possessors and words that qualify the amount rather than name it
// ("record", "current"); an entity it names is its subject, returned as a token, not
// part of the measure ("the Powerball jackpot": jackpot, of Powerball).
func (ff *figureFinder) measureWords(a, b int) (string, int) {
	subj := -1
	var words []string
	for k := a; k < b; k++ {
		t := &ff.toks[k]
		if t.kind != tWord {
			if t.kind == tNum && len(words) > 0 {
				words = append(words, ff.tok(k)) // "Tier 1 capital"
			}
			continue
		}
		w := ff.low(k)
		if w == "'s" || w == "’s" {
			continue
		}
		if ff.entAt[k] >= 0 && ff.entityOf(k) < 0 {
			continue // a quote code ("crude futures CLc1"; entities_tags.go codeMention)
		}
		if ff.amountCurrencyCode(k) {
			continue // "$399 USD amounting to …": the amount's currency (numbers.go)
		}
		if e := ff.entityOf(k); e >= 0 {
			if ff.ents[e].typ != kg.Person {
				subj = k // the entity nearest the head: "the U.S. Powerball jackpot"
			}
			continue
		}
		if ff.is(k+1, wAposS, wRsquoS) || measureSkip.has(w) || t.feat&(lxFunc|lxQual|lxNumWord) != 0 {
			continue // "the company's revenue": whose, not what
		}
		words = append(words, w)
	}
	return strings.Join(words, " "), subj
}

// sharePrice reads shares and stock as their price: what "shares fell 4.3 percent"
// and "the stock closed at $10.25" measure. A share in the singular is a part of
// something ("a market share of 16 percent", "its share of the smartphone market"), not
// a stock.
func sharePrice(m string) string {
	switch lastWord(m) {
	case "shares", "stock", "stocks":
		if strings.Count(m, " ") <= 2 {
			return "share price"
		}
	}
	return m
}

func periodNoun(d *doc, k int) bool {
	return k >= 0 && k < len(d.toks) && (d.toks[k].feat&(lxTimeUnit|lxMonth|lxDay) != 0 || d.is(k, wQuarter, wPeriod, wHalf, wTerm, wSession, wTrading))
}

// levelAdjectives, between a linking verb and "at", say an amount held its level: "the
// benchmark remains low at 0.25-0.5 percent", "profit was flat at 3 cents".
var levelAdjectives = newTokSet(map[string]bool{"low": true, "high": true, "steady": true, "stable": true, "unchanged": true, "flat": true, "firm": true})

// levelSubject names an amount a linking verb and a level adjective put its subject at
// ("The Varnian dollar was steady at $0.72": the dollar, not "steady"): the subject of
// the verb, as a verb of change's (subjectPhrase). ok is false for any other words
// before the amount.
func (ff *figureFinder) levelSubject(si, qa int) (string, int, bool) {
	p := qa - 1
	adj := p - 1
	if ff.is(adj, wChanged) && ff.is(adj-1, wLittle, wBarely, wLargely, wVirtually, wBroadly) {
		adj-- // "IBM shares were little changed at $146"
	}
	if !ff.is(p, wAt) || !ff.in(adj, levelAdjectives) && !ff.is(adj, wLittle, wBarely, wLargely, wVirtually, wBroadly) || adj-1 <= ff.sents[si].start ||
		!ff.is(adj-1, wWas, wWere, wIs, wAre, wRemains, wRemain, wRemained, wStays, wStay, wStayed, wStood, wStands, wHeld, wHolds) {
		return "", -1, false
	}
	a, b, att := ff.subjectPhrase(si, adj-1)
	m, subj := ff.measureWords(a, b)
	if m == "" {
		return "", -1, false
	}
	if subj < 0 {
		subj = att
	}
	return sharePrice(m), subj, true
}

// signedStart returns the first token of the amount whose number is at tok: its currency
// sign when one stands right before it ("$20"), else tok.
func signedStart(d *doc, tok int) int {
	if tok > 0 && d.punct(tok-1, '$') && !d.toks[tok].has(fSpace) {
		return tok - 1
	}
	return tok
}

// rangeOpening returns, for a range whose words open at qa, the token its measure's noun
// phrase ends before, as "of" is in "revenue of $1 billion to $1.2 billion": the
// "between" right after a noun ("operating income between $100 million and $700
// million"), or the verb "range" after one ("payments ranging from $5,100 to $10,000",
// "payments that often range from $200 to $600"). It returns -1 otherwise (figrec72).
func (ff *figureFinder) rangeOpening(si, qa int) int {
	start := ff.sents[si].start
	if ff.is(qa, wBetween) {
		w := ff.low(qa - 1)
		if qa-1 <= start || ff.toks[qa-1].kind != tWord || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") ||
			amountVerbs[w] != "" || ff.in(qa-1, intransitiveMoves) || ff.is(qa-1, wAnywhere, wSomewhere) || periodNoun(ff.doc, qa-1) {
			return -1 // "is estimated between", "cost between": the verb's, read elsewhere
		}
		if _, verb := changeVerbs[w]; verb {
			return -1
		}
		return qa
	}
	f := qa - 1 // the range's lower end opens at qa, "from" before it
	if !ff.is(f, wFrom) || !ff.is(f-1, wRange, wRanges, wRanged, wRanging) {
		return -1
	}
	p := f - 1
	for k := 0; k < 2 && p-1 > start && ff.is(p-1, wOften, wUsually, wTypically, wGenerally); k++ {
		p--
	}
	if ff.is(p-1, wThat, wWhich) {
		p--
	}
	if p <= start || periodNoun(ff.doc, p-1) || ff.is(p-2, wThis, wLast, wNext) {
		return -1 // "growth this spring ranges from": a time, not the measure
	}
	return p
}

// compoundHeadAfter reports whether the lower-case singular noun at b heads the phrase a
// plural before it modifies, after an amount of money: "a $10 million civil rights
// lawsuit against", "a $2 billion arms deal with". The noun is a content word that no
// verb form spells (not in -ed or -ing, no verb of change or amount) and a preposition,
// a punctuation mark or the sentence's end follows it.
func (ff *figureFinder) compoundHeadAfter(b, end int) bool {
	if b < 1 || b+1 > end || !plural(ff.low(b-1)) || ff.toks[b].kind != tWord || ff.toks[b].has(fCap) || !ff.contentWord(b) {
		return false
	}
	w := ff.low(b)
	if plural(w) || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ly") || afterVerbs.has(w) || amountVerbs[w] != "" {
		return false
	}
	if _, verb := changeVerbs[w]; verb {
		return false
	}
	return b+1 >= end || ff.toks[b+1].kind != tWord || ff.prepositionWord(b+1) || ff.is(b+1, wAgainst, wWith, wFor, wTo, wOf, wIn, wOn, wThat, wWhich)
}

// dealNouns are the nouns of a deal whose "of" phrase names what changes hands and whose
// "for" phrase its price: "the purchase of a minority stake in IBS Software for $170
// million", "a sale of its phones business for $350 million".
var dealNouns = map[string]string{
	"purchase": "acquisition price", "acquisition": "acquisition price", "takeover": "acquisition price",
	"buyout": "acquisition price", "sale": "sale price",
}

// dealNounAmount names the money after "for" by the deal noun whose "of" phrase comes
// before it in the same clause, or "".
func (ff *figureFinder) dealNounAmount(n *number) string {
	s := &ff.sents[n.si]
	if !ff.is(n.qa-1, wFor) {
		return ""
	}
	for j := n.qa - 2; j > s.start && n.qa-j <= 14; j-- {
		t := &ff.toks[j]
		if t.kind == tStop || ff.punct(j, ',') || ff.punct(j, ';') || t.kind == tOpenQ || t.kind == tCloseQ || ff.is(j, wFor, wThat, wWhich, wWho) {
			return ""
		}
		if m := dealNouns[ff.low(j)]; m != "" && t.kind == tWord && ff.is(j+1, wOf) {
			return m
		}
	}
	return ""
}

// peoplesPlural reports whether w is the plural of a people's or a party's word, a
// group of persons ("Americans", "Argentines", "Kurds", "Republicans", "Democrats").
func peoplesPlural(w string) bool {
	stem, ok := strings.CutSuffix(w, "s")
	if !ok || stem == "" || stem[0] < 'A' || stem[0] > 'Z' {
		return false
	}
	return demonymOf[stem] != "" || ethnic.has(stem) || partyWords.has(w) && partyLabels.has(stem)
}
