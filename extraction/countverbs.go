package extraction

import "strings"

// Count verbs: a count of people named by a generic noun ("people", "residents",
// "women") says nothing tracked until its verb does: "About 5,000 people gathered in
// the square", "50,000 people attended the march", "10,000 people fled the fighting",
// "2,000 people signed a petition". The verb names the measure (data/figures.txt
// count-verbs): a crowd, however it gathered, those who fled, arrived or signed. The
// verb must follow the noun as its own verb: a reduced clause ("two people briefed on
// the matter") names no count verb, "turned" counts only a crowd that turned out
// or up, and "signed up" signs no petition.

// countVerbs: a verb after a count of people → the measure it makes.
var countVerbs = wordValues("count-verbs")

// peopleCountedBy are the generic nouns whose count a count verb measures.
var peopleCountedBy = newTokSet(map[string]bool{
	"people": true, "persons": true, "individuals": true, "residents": true, "inhabitants": true,
	"men": true, "women": true, "adults": true, "families": true, "households": true,
})

// countVerbMeasure returns the measure the verb after a count of people makes, reading
// from token b after its noun: optional "have", "had", "also" or "reportedly", then a
// count verb ("gathered", "turned out"), or "".
func countVerbMeasure(d *doc, si, b int) string {
	end := d.sents[si].b
	j := b
	if d.is(j, wFrom, wIn) && j+1 < end && d.toks[j+1].has(fCap) && d.toks[j+1].kind == tWord {
		// "5 million people from Syria have sought refuge", "10,000 people in Aleppo fled"
		j += 2
		for j < end && j < b+5 && d.toks[j].kind == tWord && d.toks[j].has(fCap) {
			j++
		}
	}
	if d.is(j, wWho, wThat) {
		j++ // "80 families that managed to flee"
	}
	for steps := 0; j < end && steps < 2 && d.is(j, wHave, wHad, wHas, wAlso, wReportedly, wEventually); steps++ {
		j++
	}
	if d.is(j, wWill, wWould) && d.is(j+1, wAttend) || d.is(j, wAre, wWere, wIs, wWas) && d.is(j+1, wExpected) && (d.is(j+2, wAt) || d.is(j+2, wTo) && d.is(j+3, wAttend)) {
		return "crowd" // "1.5 million people will attend the festival", "About 10,000 people are expected at the parade"
	}
	if d.is(j, wManaged) && d.is(j+1, wTo) {
		j += 2 // "3,000 people have managed to escape"
	} else if d.is(j, wWere, wWas) && d.is(j+1, wAble) && d.is(j+2, wTo) {
		j += 3 // "were able to flee"
	} else if d.is(j, wWere, wAre, wWas) && d.is(j+1, wFleeing) {
		j++ // "thousands of people were fleeing"
	}
	if j >= end || d.toks[j].kind != tWord || d.toks[j].has(fCap) || d.punct(j+1, '-') {
		return ""
	}
	if d.is(j, wSought, wSeeking, wApplied) && (d.is(j+1, wAsylum, wRefuge) || d.is(j+1, wFor) && d.is(j+2, wAsylum, wRefuge)) {
		if d.is(j+1, wRefuge) || d.is(j+2, wRefuge) {
			return "refugees" // "5 million people from Syria have sought refuge abroad"
		}
		return "asylum seekers" // "1.3 million people applied for asylum in Europe"
	}
	m := countVerbs[d.low(j)]
	if d.is(j, wTurned) && !d.is(j+1, wOut, wUp) || d.is(j, wSigned) && d.is(j+1, wUp) || d.is(j, wTuned) && !d.is(j+1, wIn) {
		return "" // "turned away"; "signed up for rides" are customers, not signatures; only "tuned in" watched
	}
	return m
}

// passiveCountSkips are participles after a count of people that say how they stand,
// not what was done to them ("two men were involved", "were married", "are expected
// to"), so they make no measure.
var passiveCountSkips = newTokSet(map[string]bool{
	"involved": true, "related": true, "married": true, "concerned": true, "interested": true,
	"surprised": true, "pleased": true, "worried": true, "based": true, "named": true,
	"called": true, "expected": true, "scheduled": true, "supposed": true, "allowed": true,
	"required": true, "needed": true, "believed": true, "feared": true, "thought": true,
	"reported": true, "confirmed": true, "estimated": true, "listed": true, "considered": true,
	"entitled": true, "eligible": true, "tied": true, "linked": true, "connected": true,
	"united": true, "divided": true, "opposed": true, "convinced": true, "disappointed": true,
	"excited": true, "qualified": true, "prepared": true, "used": true, "aged": true,
	"armed": true, "masked": true, "unarmed": true, "accused": true, "suspected": true,
})

// passiveCountMeasure returns the participle of a passive verb right after a count of
// people, reading from token b after its noun: "about 40 people had been surrounded by
// police", "8,000 people were stranded at the border", "400 people were moved to
// camps" — what was done to those counted names the measure when no tracked predicate
// did. A participle that verb-measures or count-verbs names gives that measure
// ("pulled": rescued, "lined up": crowd); one whose object is what was given or refused
// keeps it ("denied bail"). "were expected to attend", "are scheduled to", a negation
// and a participle in passiveCountSkips give "".
func passiveCountMeasure(d *doc, si, b int) string {
	end := d.sents[si].b
	j := b
	if d.is(j, wHave, wHad, wHas) && d.is(j+1, wBeen) {
		j += 2
	} else if d.is(j, wWere, wWas, wAre, wIs) {
		j++
		if d.is(j, wBeing) {
			j++
		}
	} else {
		return ""
	}
	if d.is(j, wReportedly, wAlso, wAll, wLater, wThen, wInitially, wEventually) {
		j++
	}
	if j >= end || d.toks[j].kind != tWord || d.toks[j].has(fCap) || d.punct(j+1, '-') || d.is(j+1, wTo) {
		return ""
	}
	w := d.low(j)
	if !strings.HasSuffix(w, "ed") || len(w) < 5 || passiveCountSkips.has(w) || d.toks[j].feat&lxSpeech != 0 {
		return ""
	}
	if m := verbMeasure[w]; m != "" {
		return m // "two people have been pulled from the water": rescued
	}
	if drivingVerbs.has(w) && (d.is(j+1, wFrom) || d.is(j+1, wOut) && d.is(j+2, wOf)) || w == "uprooted" {
		return "displaced" // "65.3 million people were forced from their homes"
	}
	if m := countVerbs[w]; m != "" && w != "turned" && w != "signed" {
		return m // "60 people were lined up at the station": a crowd
	}
	if d.is(j+1, wBail, wAsylum, wEntry, wAccess, wVisas, wParole, wCitizenship, wTreatment, wCompensation) {
		return w + " " + d.low(j+1) // "were denied bail", "were granted asylum"
	}
	return w
}
