package extraction

import (
	"strings"
	"unicode"

	"github.com/factgraph/kg"
)

// Verb phrases and nouns of the business, legal and political predicates of kg.Actions, beyond the
// single verbs of data/relations.txt: "invested $1 billion in X", "took a 5 percent stake
// in X", "an investment in X" (investsIn), "merged with X", "a merger with X"
// (mergesWith), "withdrew from X", "pulled out of X" (withdrawsFrom), "resigned from X",
// "stepped down from X" (leaves), "negotiated with X" (negotiatesWith), "filed charges
// against X" (charges), "competes with X", "competition from X" (rivalOf). ("An investigation into X" was tried for investigates and dropped:
// the clause's subject is seldom the investigator, "Germany's cartel office has opened".)
// A noun's subject is its clause's, as for "a visit to". The object of each must be of a
// type the predicate can take: no one joins or invests in a person; and no hyphenated
// adjective ("India-focussed") is an object.

// moneyWords may stand between "invested" and "in": "invested $1.2 billion in".
// moneyWordSet, scaleWordKeys, currencyTokSet: moneyWords, the keys of scaleWords and
// currencySet as token sets (amountEnd).
var moneyWordSet, scaleWordKeys, currencyTokSet = newTokSet(moneyWords), nonZero(scaleWords), newTokSet(currencySet)

var moneyWords = map[string]bool{"$": true, "million": true, "billion": true, "trillion": true,
	"heavily": true, "about": true, "nearly": true, "more": true, "than": true, "some": true,
	"another": true, "an": true, "additional": true, "roughly": true, "around": true, "up": true, "to": true}

// stakeVerbs take "a stake in": "took a 5 percent stake in X" (stakeStated, stakes.go).
var stakeVerbs = newTokSet(map[string]bool{"took": true, "takes": true, "take": true, "taking": true,
	"holds": true, "held": true, "hold": true, "has": true, "had": true, "have": true,
	"owns": true, "owned": true, "bought": true, "buys": true, "buy": true, "acquired": true,
	"acquire": true, "acquires": true, "built": true, "raised": true, "increased": true})

// assertedOnly are the predicates read only from a verb that states the act happened or
// will: not "was not endorsing", "could endorse", "declined to endorse".
var assertedOnly = map[string]bool{}

func init() {
	for _, p := range []string{"endorses", "bans", "joins", "leaves", "withdrawsFrom", "mergesWith",
		"investsIn", "owns", "controls", "charges", "convicts", "funds", "succeeds", "negotiatesWith",
		"recognizes", "expels", "annexes", "investigates", "orders", "operatesIn"} {
		strict[p] = true // the object right after the verb, in its own phrase
		assertedOnly[p] = true
	}
	assertedOnly["rivalOf"] = true // "does not compete with"
	strict["denies"] = true        // "denies any abuses in Xinjiang" denies no place
}

// unasserted reports whether the verb at v is negated, after a modal of possibility or
// the infinitive of a refusal, hope or expectation.
func (rf *relationFinder) unasserted(si, v int) bool {
	start := rf.sents[si].start
	if rf.negatedBefore(v, start) {
		return true
	}
	g := v - 1
	for g > start && (rf.is(g, wAlso, wFormally, wPublicly, wEventually, wStill, wNot) || rf.is(g, wBe, wHave)) {
		g--
	}
	if rf.is(g, wCould, wMight, wMay, wShould) && !rf.toks[g].has(fCap) { // not "Theresa May backed"
		return true
	}
	return rf.is(g, wTo) && rf.is(g-1, wDeclined, wDeclines, wRefused, wRefuses, wHopes, wHoped, wHope,
		wExpects, wExpected, wExpect, wUrged, wWants, wWanted, wWant, wAsked, wPressed, wPressure)
}

// phrasalAction returns the predicate a verb phrase or noun at token v (the word w)
// states, the first token of its object and whether a noun carries it; ok is false when
// w opens none of them.
func (rf *relationFinder) phrasalAction(v int, w string) (pred string, objStart int, nominal, ok bool) {
	switch w {
	case "invested", "invests", "invest", "investing":
		if in := rf.inAfterMoney(v); in > 0 { // past "New York-based", "India's" (stakes.go)
			return "investsIn", rf.stakeObjectStart(in + 1), false, true
		}
	case "operates", "operated", "operate", "operating":
		// "Lazada also operates in Malaysia, Indonesia and Vietnam": where a business works
		if rf.is(v+1, wIn) && rf.placeAt(v+2) {
			return "operatesIn", v + 2, false, true
		}
	case "owns", "owned", "holds", "held", "own", "hold":
		// "Starboard, which owns 1.7 percent of Yahoo": a stake, as "a 1.7 percent stake in"
		if of := rf.ofAfterShare(v); of > 0 {
			return "investsIn", of + 1, false, true
		}
		if k := rf.sharesHeldAt(v); k > 0 { // "which owns Apple shares" (heldfractions.go)
			return "investsIn", k, false, true
		}
	case "investment", "stake", "stakes":
		if w == "investment" && rf.is(v+1, wIn) {
			return "investsIn", rf.stakeObjectStart(v + 2), true, true
		}
		if rf.is(v+1, wIn) && rf.stakeStated(rf.sentOf(v), v) { // stakes.go
			return "investsIn", rf.stakeObjectStart(v + 2), true, true
		}
	case "merged", "merges", "merge", "merging":
		if rf.is(v+1, wWith) {
			return "mergesWith", v + 2, false, true
		}
	case "merger":
		if rf.is(v+1, wWith) {
			return "mergesWith", v + 2, true, true
		}
	case "withdrew", "withdraws", "withdraw", "withdrawn":
		if rf.is(v+1, wFrom) {
			return "withdrawsFrom", v + 2, false, true
		}
	case "pulled", "pulls", "pull":
		if rf.is(v+1, wOut) && rf.is(v+2, wOf) {
			return "withdrawsFrom", v + 3, false, true
		}
	case "resigned", "resigns", "resign":
		if rf.is(v+1, wFrom) {
			return "leaves", v + 2, false, true
		}
	case "stepped", "steps":
		if rf.is(v+1, wDown) && rf.is(v+2, wFrom) {
			return "leaves", v + 3, false, true
		}
	case "compete", "competes", "competed", "competing", "vie", "vies", "vied", "vying":
		// "Imperva competes with IBM", "to compete directly against Clinton": rivals
		o := v + 1
		if rf.is(o, wDirectly, wFiercely, wAggressively, wIncreasingly, wSuccessfully) {
			o++
		}
		if rf.is(o, wWith, wAgainst) {
			return "rivalOf", o + 1, false, true
		}
	case "competition":
		// "Sharp faces stiff competition from Samsung and LG": the clause's subject and
		// the named competitors are rivals
		if rf.is(v+1, wFrom, wWith) {
			return "rivalOf", v + 2, true, true
		}
	case "rivals", "competitors":
		// "Maxdome is trying to fend off rivals such as Netflix and Amazon Prime",
		// "Datadog will take on competitors like New Relic": the rivals a clause's
		// subject names by example are its rivals
		if o := rf.rivalsListed(v); o > 0 {
			return "rivalOf", o, true, true
		}
	case "partners":
		// "Snaps works closely with messaging app partners like Kik and Kanvas", "has
		// announced content partners such as the NFL": the partners a company names by
		// example are its partners (the subject is leadingCompany's, as for rivals)
		if o := rf.rivalsListed(v); o > 0 {
			return "partnerOf", o, true, true
		}
	case "negotiated", "negotiates", "negotiate", "negotiating":
		if rf.is(v+1, wWith) {
			return "negotiatesWith", v + 2, false, true
		}
	case "filed", "files", "brought", "brings", "file", "filing", "bring", "bringing", "lodged", "lodges":
		if rf.is(v+1, wCharges) && rf.is(v+2, wAgainst) {
			return "charges", v + 3, false, true
		}
		if a := rf.suitAgainst(v); a > 0 {
			return "sues", a + 1, false, true // purposes.go
		}
	case "took", "takes", "take", "taking":
		if e := rf.entAt[min(v+1, len(rf.entAt)-1)]; v+1 < len(rf.toks) && e >= 0 {
			if b := rf.mentions[e].b; rf.is(b, wTo) && rf.is(b+1, wTask) {
				return "criticizes", v + 1, false, true // "took Trump to task over his plans"
			} else if rf.is(b, wTo) && rf.is(b+1, wCourt) {
				return "sues", v + 1, false, true // "took Acme to court"
			}
		}
	case "joined", "joins", "join":
		if rf.is(v+1, wForces, wHands, wIn, wWith) || rf.passive(rf.sentOf(v), v) {
			return "", v + 1, false, true // "joined forces with", "joined in", "was joined by": no membership
		}
	case "quit", "quits":
		if strings.HasSuffix(rf.low(v+1), "ing") {
			return "", v + 1, false, true // "quit building the RX-8"
		}
	case "arrived", "arrives", "arrive", "landed", "lands", "traveled", "travelled", "travels", "travel", "flew", "flies":
		// "Obama, who landed in Madrid", "Kerry traveled to Geneva": a visit to a place
		p := "to"
		if w[0] == 'a' || w[0] == 'l' {
			p = "in" // "arrived in", "landed in"
		}
		if rf.isWord(v+1, p) && rf.placeAt(v+2) {
			return "visits", v + 2, false, true
		}
	case "left", "leaves", "leaving", "departed", "departs", "departing", "docked", "docks", "dock", "docking",
		"stopped", "stops", "stop", "stopping", "put", "puts", "putting":
		if pred, o, nominal := rf.journeyLeg(v, w); pred != "" {
			return pred, o, nominal, true
		}
	case "succeeded", "succeeds":
		if rf.is(v+1, wIn) {
			return "", v + 1, false, true // "succeeded in persuading"
		}
	}
	return rf.travelLeg(v, w) // trips.go
}

// journeyLeg reads one leg of a journey at the word w (token v) whose object is a
// named place: a departure ("the ship left Valletta", "departed Lisbon", "departed from
// Lisbon": leave), a call at a port ("docked at Brest": dockAt, dockIn; "stopped in Cork",
// "is due to stop at Halifax", the noun of "making stops in Cork and Brest": stopIn,
// stopAt; "putting in at Cork": putInAt). The predicate is the verb's base form and its
// preposition, as an open relation names it (openrelations.go), so the open reading of
// "stopped at" is unchanged; arriving, landing, flying and travelling to a place stay
// visits (phrasalAction). A list of places gives one relation each and "Halifax, Nova
// Scotia" the city (activeAction). "left" needs the place to end its phrase: "left
// Brazil with huge debts", "left Aleppo in ruins" leave a place in a state, not it.
func (rf *relationFinder) journeyLeg(v int, w string) (pred string, objStart int, nominal bool) {
	switch w[0] {
	case 'l', 'd':
		if strings.HasPrefix(w, "do") {
			if rf.is(v+1, wAt, wIn) && rf.placeAt(v+2) {
				return "dock" + strings.ToUpper(rf.low(v + 1)[:1]) + rf.low(v + 1)[1:], v + 2, false
			}
			return "", 0, false
		}
		o := v + 1
		if w[0] == 'd' && rf.is(o, wFrom) {
			o++
		}
		if !rf.placeAt(o) || w[0] == 'l' && !rf.placeEndsPhrase(o) {
			return "", 0, false
		}
		return "leave", o, false
	case 's':
		if !rf.is(v+1, wAt, wIn) || !rf.placeAt(v+2) {
			return "", 0, false
		}
		// "making stops in": the noun's subject is its clause's; "a campaign stop in
		// Wausau", "a traffic stop in Gilbert" name no journey of a named traveller
		nominal = w == "stops" && rf.is(v-1, wMaking, wMade, wMake, wMakes, wSeveral, wTwo, wThree, wBrief, wWith)
		if (w == "stop" || w == "stops") && !nominal && !rf.is(v-1, wTo, wWill, wWould, wMay, wMight, wCould, wCan, wShould, wMust, wAlso) && !rf.verbAfterSubject(rf.sentOf(v), v) {
			return "", 0, false
		}
		return "stop" + strings.ToUpper(rf.low(v + 1)[:1]) + rf.low(v + 1)[1:], v + 2, nominal
	case 'p':
		if rf.is(v+1, wIn) && rf.is(v+2, wAt) && rf.placeAt(v+3) {
			return "putInAt", v + 3, false
		}
	}
	return "", 0, false
}

// placeEndsPhrase reports whether the place named at k ends the phrase of the verb
// before it: a stop, a comma, "and", a date or a preposition of time or of a further leg
// follows it (or its state or country after a comma), not "with" or "in" and a state.
func (rf *relationFinder) placeEndsPhrase(k int) bool {
	if rf.is(k, wThe) {
		k++
	}
	e := rf.entAt[k]
	if e < 0 {
		return false
	}
	b := rf.mentions[e].b
	for rf.punct(b, ',') && rf.placeAt(b+1) && rf.entAt[b+1] >= 0 {
		b = rf.mentions[rf.entAt[b+1]].b // "left Valletta, Malta on Tuesday"
	}
	if b >= rf.sents[rf.sentOf(k)].b || rf.toks[b].kind == tPunct {
		return true
	}
	if rf.is(b, wIn) {
		return rf.toks[b+1].kind == tNum || rf.toks[b+1].has(fCap) || rf.is(b+1, wThe) && rf.is(b+2, wMorning, wAfternoon, wEvening, wNight, wEarly, wLate)
	}
	return rf.is(b, wOn, wFor, wAfter, wAt, wLast, wThis, wEarly, wLate, wAnd, wAboard, wBefore, wWhen, wTo, wBound, wEarlier, wYesterday, wToday, wTonight, wAround, wAbout, wShortly, wAs)
}

// inAfterMoney returns the token of "in" after "invested" at v, across an amount
// ("invested $1.2 billion in"), or -1.
func (rf *relationFinder) inAfterMoney(v int) int {
	for j := v + 1; j < len(rf.toks) && j <= v+7; j++ {
		if rf.is(j, wIn) {
			return j
		}
		if rf.toks[j].kind != tNum && !moneyWords[rf.low(j)] {
			return -1
		}
	}
	return -1
}

// ofAfterShare returns the token of "of" after a verb of holding at v and a share of the
// whole ("owns 1.7 percent of", "holds about 9 percent of", "owns a third of Brekke"), or -1.
func (rf *relationFinder) ofAfterShare(v int) int {
	j := v + 1
	for j < len(rf.toks) && j <= v+3 && (rf.is(j, wAbout, wNearly, wRoughly, wAround, wAlmost, wSome, wOver) || rf.is(j, wMore, wLess) && rf.is(j+1, wThan)) {
		j++
		if rf.is(j, wThan) {
			j++
		}
	}
	if j >= len(rf.toks) || rf.toks[j].kind != tNum {
		return rf.fractionHeldOf(j) // "owns a third of Brekke" (heldfractions.go)
	}
	j++
	if rf.is(j, wPercentSign) || rf.punct(j, '%') {
		j++
	} else if rf.is(j, wPercent, wPct) {
		j++
	} else {
		return -1
	}
	if rf.is(j, wOf) {
		return j
	}
	return -1
}

// objectFits reports whether a relation's object may be of its type: an organization,
// a group or a place joins, leaves, merges with and is invested in, never a person;
// places are annexed and recognized; persons and organizations are charged, convicted
// and ordered; persons succeed persons.
func (rf *relationFinder) objectFits(pred, obj string) bool {
	if i := strings.LastIndexByte(obj, '-'); i > 0 && i+1 < len(obj) && !strings.Contains(obj[i:], " ") && unicode.IsLower(rune(obj[i+1])) && unicode.IsUpper(rune(obj[0])) && !hyphenedGivenName(obj, i) {
		return false // "India-focussed": an adjective, no name
	}
	t := rf.typeOfName(obj)
	switch pred {
	case "joins", "leaves", "withdrawsFrom", "mergesWith", "investsIn", "owns", "controls", "recognizes":
		return t == kg.Organization || t == kg.Group || t == kg.Place
	case "operatesIn":
		return t == kg.Place
	case "annexes":
		return t == kg.Place
	case "charges", "convicts", "orders", "expels":
		return t == kg.Person || t == kg.Organization || t == kg.Group
	case "succeeds":
		return t == kg.Person
	case "arrests":
		// people are arrested, not places or companies: "arrested a U.S. citizen",
		// "detained WikiLeaks founder Julian Assange", "arrested administrators of 47
		// Facebook pages" name the person's country or body, not the one arrested
		return t == kg.Person || t == kg.Group
	case "kills":
		// a named person is killed: "killed Trayvon Martin"; "killed 12 Iraqi soldiers",
		// "killed the Chinese pilot", "killed two in Paris" name their country or place
		return t == kg.Person
	}
	return true
}

// joinedInAct reports whether the object of "joined" at objStart is followed, within a
// few words, by "in" and a verb in -ing: "joined Facebook and several other companies in
// filing a brief" joins an act, not an organization.
func (rf *relationFinder) joinedInAct(objStart, end int) bool {
	for j := objStart; j < end && j < objStart+25; j++ {
		if rf.is(j, wIn) && strings.HasSuffix(rf.low(j+1), "ing") {
			return true
		}
		if rf.toks[j].kind == tStop || rf.punct(j, ';') {
			break
		}
	}
	return false
}

// subjectFits reports whether a relation's subject may be of its type: only a person
// succeeds another ("the TSA replaced Kelly Hoggan" removed him); a place charges,
// convicts and orders no one (its police, courts and officials do).
func (rf *relationFinder) subjectFits(pred, subj string) bool {
	switch pred {
	case "succeeds":
		return rf.typeOfName(subj) == kg.Person
	case "charges", "convicts", "orders":
		return rf.typeOfName(subj) != kg.Place // not "Police in Jupiter, Florida, charged"
	case "visits":
		return rf.typeOfName(subj) != kg.Place // not "Syrians travel to Europe": persons travel
	case "meets":
		return rf.typeOfName(subj) != kg.Other // not "Zelda meets Minecraft": a thing's mash-up with another
	case "operatesIn":
		return rf.typeOfName(subj) == kg.Organization // not "troops operating in Syria"
	case "kills":
		// a person, body or group kills, not "the attack in Benghazi that killed Stevens"
		// nor "killed by AK-47 assault rifle fire"
		t := rf.typeOfName(subj)
		return t == kg.Person || t == kg.Organization || t == kg.Group
	}
	return true
}

// listBefore returns the entity that ends right before the comma at c, or, when a list
// of entities of one type joined by "and" ends there and "which" follows, all of them
// as a nameList: "Estonia, Latvia and Lithuania, which joined NATO" — each joined. Not
// for "who": "the rivalry between Rubio and Cruz, who won Iowa" is Cruz's.
func (rf *relationFinder) listBefore(c, start int) string {
	last := rf.entityBefore(c, start)
	if last == "" || !rf.is(c+1, wWhich) || rf.punct(c-1, ')') || rf.entityOf(c-1) < 0 {
		return last
	}
	names := []string{last}
	k := rf.mentions[rf.entAt[c-1]].a - 1
	and := false
	for k > start {
		switch {
		case rf.is(k, wAnd):
			and = true
			k--
			if rf.punct(k, ',') {
				k--
			}
		case rf.punct(k, ','):
			k--
		default:
			k = start
			continue
		}
		e := rf.entityOf(k)
		if e < 0 || rf.mentions[rf.entAt[k]].demonym || rf.ents[e].typ != rf.typeOfName(last) {
			break
		}
		names = append([]string{rf.entName(e)}, names...)
		k = rf.mentions[rf.entAt[k]].a - 1
	}
	if !and || len(names) < 2 {
		return last
	}
	return strings.Join(names, nameSep)
}

// objectBound reports whether the first name after the verb at objStart is bound to what
// follows it rather than the verb's object: a compound ("joined the U.S.-led campaign"),
// or, for an organization or place that joins, a comparison ("Amazon joined Facebook as a
// tech giant"; a person who "joined Facebook as its first employee" did join).
func (rf *relationFinder) objectBound(pred, subj string, objStart, end int) bool {
	for j := objStart; j < end && j < objStart+4; j++ {
		if rf.entAt[j] < 0 {
			continue
		}
		b := rf.mentions[rf.entAt[j]].b
		if rf.punct(b, '-') || strings.HasPrefix(rf.tok(b), "-") {
			return true // "backs the U.N.-led talks" backs talks, not the U.N.
		}
		return pred == "joins" && rf.is(b, wAs) && rf.typeOfName(subj) != kg.Person
	}
	return false
}

// placeAt reports whether a place is named at token k, after "the".
func (rf *relationFinder) placeAt(k int) bool {
	if rf.is(k, wThe) {
		k++
	}
	e := rf.entityOf(k)
	return e >= 0 && rf.ents[e].typ == kg.Place && !rf.mentions[rf.entAt[k]].demonym
}

// verbAfterSubject reports whether the word in -s at v follows its subject, across
// auxiliaries and adverbs ("Lazada also operates"), or a relative pronoun after a comma
// ("Starboard, which owns"): a verb, not a plural noun ("carry out attacks").
func (rf *relationFinder) verbAfterSubject(si, v int) bool {
	if rf.entityOf(v-1) >= 0 {
		return true
	}
	g := rf.backOverAuxiliaries(rf.sents[si].start, v)
	if start := rf.sents[si].start; g == v-1 && rf.is(g, wIt) && (g == start || rf.is(g-1, wThat, wSaid, wSays) && rf.bodyOpens(start)) {
		// "It owns", "Acme said it owns": the pronoun opens a clause (not "the territory it
		// controls in Iraq"), after "said" or "that" only when a body's name opens the
		// sentence (not "Harlow Freight disclosed that it owns" when kg names no Harlow Freight)
		return true
	}
	if g == v-1 && g-1 >= rf.sents[si].start && rf.is(g-1, wThe) && rf.toks[g].kind == tWord && !rf.toks[g].has(fCap) && orgKindNoun(rf.low(g)) &&
		!rf.is(v+1, wWas, wWere, wIs, wAre, wHas, wHave, wHad, wWill, wWould) {
		return true // "The company competes with": a kind after "the" (a definite description); not "the bank attacks was"
	}
	if g == v-1 && rf.punct(g, ',') && rf.entityOf(g-1) >= 0 && rf.ents[rf.entityOf(g-1)].typ == kg.Person && rf.punct(rf.mentions[rf.entAt[g-1]].a-1, ',') {
		return true // "Turkey's deputy prime minister, Mehmet Simsek, tells CNN": a person's name set off by commas
	}
	// "Acme, which owns", "Acme, a company which owns", "Acme, a firm that owns":
	// appositiverelatives.go
	return g < v-1 && rf.entityOf(g) >= 0 || rf.is(g, wWhich, wWho) && rf.punct(g-1, ',') ||
		rf.is(g, wWhich, wWho, wThat) && rf.describedHeadOf(g, rf.sents[si].start) != ""
}

// hyphenedGivenName reports whether name, whose last hyphen is at i, ends in a
// two-syllable given name after a surname ("Ban Ki-moon", "Tsai Ing-wen", "Park
// Geun-hye"): a short capitalised syllable, a short lower-case one that is no suffix of an
// adjective ("Cold War-era", "Islamic State-related", "Brooklyn-born"), after a
// surname of its own.
func hyphenedGivenName(name string, i int) bool {
	sp := strings.LastIndexByte(name[:i], ' ')
	first, last := name[sp+1:i], name[i+1:]
	if sp <= 0 || len(first) < 2 || len(first) > 5 || len(last) > 5 || !unicode.IsUpper(rune(first[0])) {
		return false
	}
	if strings.HasSuffix(last, "ed") || strings.HasSuffix(last, "ing") || adjectiveSyllables.has(last) {
		return false
	}
	for _, r := range first[1:] + last {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// adjectiveSyllables are the short words after a hyphen that make a name an adjective.
var adjectiveSyllables = newTokSet(map[string]bool{"era": true, "area": true, "style": true, "born": true, "bound": true,
	"sung": true, "led": true, "run": true, "held": true, "like": true, "less": true, "free": true, "wide": true,
	"only": true, "level": true, "class": true, "type": true, "ish": true, "made": true, "owned": true, "y": true,
	"based": true, "heavy": true, "first": true, "shirt": true, "ray": true, "rays": true, "turn": true, "era's": true})

// bodyOpens reports whether an organization's name opens the sentence at token start
// (after "The").
func (rf *relationFinder) bodyOpens(start int) bool {
	if rf.is(start, wThe) {
		start++
	}
	e := rf.entityOf(start)
	return e >= 0 && rf.ents[e].typ == kg.Organization && rf.mentions[rf.entAt[start]].a == start
}

// rivalsListed returns the first token of the names that follow "rivals" or
// "competitors" at v as examples ("rivals such as", "competitors like", "rivals
// including"), or 0.
func (rf *relationFinder) rivalsListed(v int) int {
	switch {
	case rf.is(v+1, wSuch) && rf.is(v+2, wAs):
		return v + 3
	case rf.is(v+1, wLike, wIncluding):
		return v + 2
	}
	return 0
}
