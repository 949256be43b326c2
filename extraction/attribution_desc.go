package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Described sources: a report that names no one describes its source ("two police
// officials", "military sources", "a person with knowledge of the plan") and then goes
// back to it with the head alone ("the sources said on Sunday", "the person added"),
// or names the figures it relies on ("according to state data").

// countedSource reads a description that opens with its count ("Two police officials
// told Reuters", "two sources have said"): the count is part of how the report names
// them. It returns the phrase a..b-1 in lower case, or "".
func (ff *figureFinder) countedSource(a, b int) string {
	if b-a < 2 || ff.toks[a].kind != tWord || ff.toks[a].feat&lxNumWord == 0 || ff.is(a, wOne, wDozen) {
		return ""
	}
	if d := ff.description(a+1, b); d == "" || !plural(lastWord(d)) || strings.HasPrefix(d, "the ") {
		return ""
	}
	for k := a + 1; k < b; k++ {
		if ff.entityOf(k) >= 0 {
			return "" // "two Reuters witnesses": the entity rule reads it
		}
	}
	return strings.ToLower(ff.low(a)) + " " + ff.span(a+1, b)
}

// earlierSource resolves "the sources", "the person" (a..b-1, opening with "the") to the
// fuller description of the same head that an earlier attribution of the article gave
// ("military sources said", "a person with knowledge of the plan said", "two sources
// have told Reuters"), and "the records" to the documents an earlier attribution named
// ("court records said"); or "".
func (ff *figureFinder) earlierSource(a, b int) string {
	if !ff.is(a, wThe) || b-a > 3 {
		return ""
	}
	head := ff.low(b - 1)
	if !speakerHeads.has(head) && head != "person" && head != "people" && !ff.pluralDocument(a, b) {
		return ""
	}
	sing := strings.TrimSuffix(head, "s")
	for k := a - 1; k >= 0 && a-k < 1500; k-- {
		if ff.toks[k].kind != tWord || ff.quoteOf[k] != 0 || ff.entAt[k] >= 0 || (ff.low(k) != sing && ff.low(k) != sing+"s" && !unnamedAlike(head, ff.low(k))) {
			continue
		}
		if r := ff.sourceAt(k); r != "" && r != head && !strings.HasPrefix(r, "the ") {
			return r
		}
	}
	return ""
}

// unnamedAlike reports whether two heads of an unnamed source are one to a report that
// goes back to it with either ("Another source with direct knowledge of the deal said …
// '…,' the person said"): "person" and "source", in one number.
func unnamedAlike(head, w string) bool {
	one := map[string]bool{"person": true, "source": true}
	many := map[string]bool{"people": true, "sources": true}
	return one[head] && one[w] || many[head] && many[w]
}

// sourceAt reads the attribution whose head noun is token k, when a verb of saying
// follows it within a few words ("military sources said", "a person with knowledge of
// the plan said", "two sources have told"): the source phrase from its determiner or
// first modifier to the verb; or "" when it is the head alone or opens with "the" (a
// return to a source introduced before, not its introduction).
func (ff *figureFinder) sourceAt(k int) string {
	if r := ff.accordingSourceAt(k); r != "" {
		return r // "according to people familiar with the matter" (accordingintro.go)
	}
	v := k + 1
	for v < len(ff.toks) && v-k <= 8 && !ff.isSourceVerb(v) && ff.toks[v].kind == tWord {
		v++
	}
	if !ff.isSourceVerb(v) || ff.is(v-1, wIs, wAre, wWas, wWere, wBeen, wBe) {
		return ""
	}
	j := k
	for j > 0 && k-j < 5 && ff.toks[j-1].kind == tWord && ff.quoteOf[j-1] == 0 &&
		(ff.contentWord(j-1) || ff.toks[j-1].feat&lxNumWord != 0 || ff.is(j-1, wA, wAn, wAnother)) {
		j--
		if ff.is(j, wA, wAn, wAnother) || ff.toks[j].feat&lxNumWord != 0 {
			break
		}
	}
	if j == k && v == k+1 || ff.is(j-1, wThe) {
		return "" // the head alone, or itself a return to the source ("the person with knowledge of the matter told Reuters")
	}
	return ff.sourceNP(j, v)
}

// dataSources are the heads of what a report is "according to" when it is no speaker:
// "according to state data", "according to government figures".
var dataSources = newTokSet(map[string]bool{"data": true, "figures": true, "statistics": true, "estimates": true,
	"estimate": true, "records": true, "count": true, "tally": true, "census": true, "survey": true, "poll": true,
	"assessment": true, "assessments": true, "disclosures": true, "projections": true})

// dataSource reads "according to state data" (a..b-1 after "according to"): the data
// named with at least one modifier, in the text's words; or "".
func (ff *figureFinder) dataSource(a, b int) string {
	if b-a < 2 || b-a > 4 || !ff.in(b-1, dataSources) {
		return ""
	}
	for k := a; k < b; k++ {
		if ff.toks[k].kind != tWord {
			return ""
		}
	}
	if ff.is(a, wA, wAn, wThe) && b-a == 2 {
		return "" // "according to the data": whose, it does not say
	}
	return strings.TrimPrefix(ff.span(a, b), "the ")
}

// auxiliaries open a predicate: after "but" they join a second predicate to the clause's
// subject rather than open a contrasting clause.
var auxiliaries = newTokSet(map[string]bool{"is": true, "are": true, "was": true, "were": true, "has": true,
	"have": true, "had": true, "will": true, "would": true, "could": true, "can": true, "may": true,
	"might": true, "did": true, "does": true, "do": true, "remains": true, "remained": true})

// secondPredicate reports whether token k, after a "but", opens a second predicate of the
// clause's subject: an auxiliary, or a past verb ("but hiked its target").
func secondPredicate(d *doc, k int) bool {
	if k >= len(d.toks) || d.toks[k].kind != tWord {
		return false
	}
	w := d.low(k)
	return auxiliaries.has(w) || len(w) > 4 && strings.HasSuffix(w, "ed") && d.toks[k].feat&(lxFunc|lxPronoun) == 0 && !d.toks[k].has(fCap)
}

// foundThat reports whether token k is "found that" / "finds that": what a study, survey
// or board found is its report ("a board found that its proposal represented an average
// 23 percent increase").
func (ff *figureFinder) foundThat(k int) bool {
	return ff.is(k, wFound, wFinds) && ff.is(k+1, wThat) && !ff.is(k-1, wIs, wAre, wWas, wWere, wBeen, wBe)
}

// studyFound reports whether token k is the "found" (or "finds") of a
// study that closes its sentence as the attribution of what the sentence told: "…,
// a Gallup poll found.", "…, the Acme analysis found on Friday.", "…, an Initech study
// found, with …". The study noun stands right before the verb, a comma opens the clause
// within a few words, and the verb ends the clause (a stop, a comma, or a date after
// "on", "in", "last" or "this"). What follows "found" is otherwise what it found ("a
// study found 40 samples were positive"), the verb of a clause with its own subject.
func (ff *figureFinder) studyFound(k, start, end int) bool {
	if !ff.is(k, wFound, wFinds) || ff.toks[k].kind != tWord || k == 0 || !ff.in(k-1, studyNouns) {
		return false
	}
	comma := false
	for j := k - 2; j >= start && k-j <= 10; j-- {
		if ff.punct(j, ',') {
			comma = true
			break
		}
		if ff.toks[j].kind == tStop || ff.quoteOf[j] != 0 || ff.is(j, wThat, wWhich, wWho, wAfter, wWhen, wAs) {
			return false
		}
	}
	if !comma {
		return false
	}
	j := k + 1
	if ff.is(j, wOn, wIn, wLast, wThis) {
		for j++; j < end && j-k <= 5 && ff.toks[j].kind == tWord; j++ {
		}
	}
	return j >= end || ff.toks[j].kind == tStop || ff.punct(j, ',')
}

// namedWithin reports whether tokens a..b-1 hold a name: an entity's mention ("the
// Reuters review", not "the report").
func (ff *figureFinder) namedWithin(a, b int) bool {
	for k := a; k < b; k++ {
		if mi := ff.entAt[k]; mi >= 0 && ff.mentions[mi].ent >= 0 {
			return true
		}
	}
	return false
}

// studyNouns are what studyFound lets find a figure: a study, poll or review of its
// authors, whose name stands before it ("the Reuters review", "a Gallup poll").
var studyNouns = newTokSet(map[string]bool{"poll": true, "survey": true, "study": true, "review": true,
	"analysis": true, "report": true, "audit": true, "census": true, "tally": true,
	"count": true, "investigation": true, "research": true, "assessment": true})

// headEntity returns the entity that heads the source phrase a..b-1 when the phrase
// names two or more people or organizations one after another, with no preposition,
// conjunction or comma between them: the last, which the ones before modify ("Foxconn
// subsidiary FIH Mobile Ltd", "Sharp's lender Mizuho Bank"); or -1.
func (ff *figureFinder) headEntity(a, b int) int {
	first, last := -1, -1
	for k := a; k < b; k++ {
		mi := int(ff.entAt[k])
		if mi < 0 {
			continue
		}
		m := &ff.mentions[mi]
		if m.ent < 0 || m.demonym {
			continue
		}
		if first < 0 {
			first = mi
		}
		last = mi
		k = max(k, m.b-1)
	}
	if first < 0 || ff.mentions[first].ent == ff.mentions[last].ent {
		return -1
	}
	l := &ff.mentions[last]
	if l.b != b && !(l.b < b && ff.isWord(l.b, "Ltd", "Inc", "Corp", "Co")) || !(ff.ents[l.ent].typ == kg.Person || ff.ents[l.ent].typ == kg.Organization) {
		return -1 // a name heads the phrase only at its end
	}
	for k := ff.mentions[first].b; k < l.a; k++ {
		if ff.toks[k].kind != tWord && !ff.is(k, wAposS, wRsquoS) || ff.is(k, wOf, wAt, wFor, wFrom, wWith, wIn, wAnd, wOr, wOn, wBy, wTo) {
			return -1 // "Tim Cook of Apple", "Reuters and AP"
		}
	}
	return l.ent
}

// passiveReport reports whether the verb of saying at token k is passive ("are said to",
// "have been confirmed killed", "was estimated at", "is being reported"): its subject is
// what is reported, not who reports it.
func (ff *figureFinder) passiveReport(k int) bool {
	return ff.isSourceVerb(k) && ff.is(k-1, wIs, wAre, wWas, wWere, wBeen, wBe, wBeing)
}

// agentEnd returns the end of the agent phrase from token a after a passive's "by":
// up to six words, before the first comma, stop or word that opens what follows ("by
// some analysts to have around 50 million members": "some analysts").
func (ff *figureFinder) agentEnd(a, end int) int {
	k := a
	for k < end && k-a < 6 && ff.toks[k].kind == tWord && !ff.is(k, wTo, wThat, wWhich, wWho, wAs, wIn, wOn, wAt, wFor, wDuring, wAfter, wBefore, wSince, wWith) {
		k++
	}
	return k
}

// analystWords say what analysts expect: "analysts' view of $1.1 billion", "the average
// analyst estimate of $511.9 million", "Analysts were expecting earnings of 7 cents".
var analystWords = newTokSet(map[string]bool{"estimate": true, "estimates": true, "view": true,
	"views": true, "expectation": true, "expectations": true, "forecast": true,
	"forecasts": true, "consensus": true, "expected": true, "expecting": true, "expect": true,
	"projected": true, "predicted": true})

// analystsFigure reports whether the figure at token tok is what analysts expected:
// "analyst"/"analysts", no name before it, then a word of expecting, then the figure
// within a few words of one clause ("… below analysts' view of $1.10 billion", said by
// the company, is the analysts' figure, not the company's).
func (ff *figureFinder) analystsFigure(tok, start int) bool {
	expecting := false
	for k := tok - 1; k >= start && tok-k <= 9; k-- {
		if ff.punct(k, ',') || ff.punct(k, ';') || ff.toks[k].kind == tStop || ff.quoteOf[k] != 0 || ff.is(k, wAnd) {
			return false // "… below analysts' estimates and 26 issued positive guidance"
		}
		if ff.in(k, analystWords) {
			expecting = true
			continue
		}
		if ff.is(k, wAnalyst, wAnalysts) {
			// not a firm's or a named person's analysts: "Citi analysts", "Citi's
			// analysts", "Perli and other analysts"
			named := k > start && (ff.toks[k-1].has(fCap) || ff.is(k-1, wAposS, wRsquoS, wApos, wRsquo, wOther))
			return expecting && !named && ff.entityOf(k) < 0 && ff.entityOf(k-1) < 0
		}
	}
	return false
}

// writerOf returns the source of a figure that a verb of saying at token k of sentence
// si attributes though it is no verb of reporting a figure by itself: a past verb of the
// speech list ("wrote", "tweeted", "noted", "argued") or of claimVerbs ("alleged",
// "contended"), or one of their present forms after a subject that can hold a view
// (presentClaim, claimantBefore: "Greenpeace claims", "Burnett notes"), before a "that"
// clause ("Judge Tomas Reyes wrote that legal fees could top $8.7 million") or a clause
// of a pronoun and its verb ("the group claimed it had killed 100"), or closing its sentence
// after a comma and a name ("…, Reyes wrote."), whose subject is the noun phrase right
// before it; or "". Not in the passive ("it was noted that"), not a verb joined to an
// earlier one ("prosecutors sought … and argued that": the subject is further back),
// not the verbs of asking and naming ("asked that", "called"), and no phrase with a verb
// of its own ("California is one of 10 states that": "states" is a noun) or a dash (the
// end of an aside: "two officials—Kemp Ensor, …, and Daniel Payne, director of …—noted").
// The source is the sentence's alone: the next sentences of the paragraph do not share
// it (sourceCand.own).
func (ff *figureFinder) writerOf(si, k int) string {
	pointedOut := ff.is(k, wPointed) && ff.is(k+1, wOut) && ff.is(k+2, wThat) // "He pointed out that …"
	w := ff.low(k)
	if k == 0 || ff.toks[k].kind != tWord || ff.toks[k].feat&lxSpeech == 0 && !pointedOut && !claimVerbs.has(w) || ff.isSourceVerb(k) {
		return ""
	}
	present := presentClaim(w)
	if !strings.HasSuffix(w, "ed") && w != "wrote" && !present || ff.is(k, wAsked, wCalled, wUrged, wSuggested, wDescribed, wContinued, wQuoted) {
		return ""
	}
	if ff.is(k-1, wIs, wAre, wWas, wWere, wBeen, wBe, wBeing, wAnd, wBut, wOr) {
		return ""
	}
	if present && !ff.claimantBefore(k-1) {
		return "" // "asylum claims that", "the 10-year notes": a noun, no verb of a subject
	}
	that := ff.thatAfterWhen(k + 1) // "tweeted that", "acknowledged last year that"
	if (present || ff.toks[k].feat&lxSpeech == 0 || !that) && !pointedOut && !ff.namedClaimant(k-1) {
		return "" // "The suit claims that", "The company claims that": whom the description stands for is too often misread
	}
	if !that && !pointedOut && !ff.pronounClause(k+1) {
		mi := ff.entAt[k-1]
		if mi < 0 || !ff.punct(ff.mentions[mi].a-1, ',') && !(ff.is(ff.mentions[mi].a-1, wThe) && ff.punct(ff.mentions[mi].a-2, ',')) || k+1 >= len(ff.toks) || ff.toks[ff.placeCloses(k+1, ff.sents[si].b)].kind != tStop {
			return ""
		}
	}
	if ff.is(k-1, wWho, wWhich, wThat) {
		return "" // "a lawsuit brought by drivers who claimed they …": a relative clause's own
	}
	s := &ff.sents[si]
	a := k
	for a > s.start && k-a < 12 && !ff.punct(a-1, ',') && !ff.punct(a-1, ';') && ff.toks[a-1].kind != tCloseQ && !ff.is(a-1, wThat) {
		a--
	}
	if a > s.start && k-a >= 12 {
		return "" // no subject phrase in twelve words: a long noun phrase, no subject's
	}
	for j := a; j < k; j++ {
		if ff.in(j, auxiliaries) || ff.toks[j].kind == tNum || ff.toks[j].kind == tDash {
			return ""
		}
	}
	return ff.sourceNP(a, k)
}

// thatAfterWhen reports whether a "that" clause opens at token j, after a verb of
// writerOf: right away, or after a short phrase of when or where the words were said or
// written ("Musk tweeted on Friday that", "Volkswagen acknowledged last year that", "the
// lawmakers wrote in a joint letter that"): at most five words or numbers after "on",
// "in", "last", "this", "late", "early", "earlier" or "during", with no mark between.
func (ff *figureFinder) thatAfterWhen(j int) bool {
	if ff.is(j, wThat) {
		return true
	}
	if !ff.is(j, wOn, wIn, wLast, wThis, wLate, wEarly, wEarlier, wDuring) {
		return false
	}
	for e := j + 1; e <= j+6 && e < len(ff.toks); e++ {
		if ff.is(e, wThat) {
			return e > j+1
		}
		if t := ff.toks[e].kind; t != tWord && t != tNum || ff.quoteOf[e] != 0 {
			return false
		}
	}
	return false
}

// claimVerbs state what their subject holds to be so, without the speech list's other
// uses (quotes): "Greenpeace claims that 4,000 whales …", "the group claimed it had
// killed about 100 Kenyans", "the FBI contends that …". A verb of writerOf.
var claimVerbs = newTokSet(map[string]bool{"claims": true, "claimed": true, "alleges": true, "alleged": true,
	"contends": true, "contended": true, "maintains": true, "maintained": true, "asserts": true,
	"asserted": true, "admits": true, "admitted": true, "argues": true})

// presentClaim reports whether w is the present tense of a verb of writerOf, "-s" after
// its subject: "notes", "writes", "insists", "claims", "alleges" (not "says" or "reports",
// verbs of reporting: isSourceVerb).
func presentClaim(w string) bool {
	if !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
		return false
	}
	switch w {
	case "asks", "calls", "urges", "suggests", "describes", "continues", "quotes", "tells", "states", "posts":
		return false
	}
	return true
}

// claimantBefore reports whether token j, right before a verb of the present tense, ends
// the verb's subject: a person's, organization's or group's name, a personal pronoun, or
// the head of a description of people or bodies ("officials", "the agency") or of a
// document (documentNouns: "the lawsuit alleges", "Burnett's report notes"); not a place ("China claims most of …" is a claim to land).
func (ff *figureFinder) claimantBefore(j int) bool {
	if e := ff.entityOf(j); e >= 0 {
		t := ff.ents[e].typ
		return (t == kg.Person || t == kg.Organization || t == kg.Group) && !ff.mentions[ff.entAt[j]].demonym
	}
	if ff.is(j, wHe, wShe, wIt, wThey, wWe) {
		return true
	}
	return ff.toks[j].kind == tWord && (isPersonish(ff.low(j)) || ff.in(j, documentNouns)) && !ff.is(j-1, wOf)
}

// namedClaimant reports whether token j, right before a verb of writerOf read in the
// present tense, of claimVerbs or before a pronoun's clause, ends a subject that names
// its speaker: a name, a personal pronoun or a plural of people ("prosecutors"); a
// singular description ("the suit", "the company") is left (its resolution picked the
// defendant and a product name in the open corpus).
func (ff *figureFinder) namedClaimant(j int) bool {
	if e := ff.entityOf(j); e >= 0 {
		return true
	}
	return ff.is(j, wHe, wShe, wIt, wThey, wWe) || ff.toks[j].kind == tWord && isPersonish(ff.low(j)) && plural(ff.low(j))
}

// pronounClause reports whether a clause with a personal pronoun for its subject opens
// at token j: the pronoun and an auxiliary or a past verb ("claimed it had killed",
// "warned they would cut"). Such a clause is what the verb before it states, as a "that"
// clause is; a noun after the verb is its object ("claimed responsibility").
func (ff *figureFinder) pronounClause(j int) bool {
	if !ff.is(j, wIt, wHe, wShe, wThey, wWe, wThere) || j+1 >= len(ff.toks) || ff.toks[j+1].kind != tWord {
		return false
	}
	w := ff.low(j + 1)
	return auxiliaries.has(w) || strings.HasSuffix(w, "ed") || ff.is(j+1, wWould, wShould, wMust)
}

// pluralDocument reports whether a..b-1 is "the" and a plural document noun alone ("the
// records", "the documents", "the filings"): papers with no author, which an earlier
// attribution may have named more fully ("Court records said …").
func (ff *figureFinder) pluralDocument(a, b int) bool {
	return b-a == 2 && ff.documentHead(a, b) == b-1 && plural(ff.low(b-1))
}

// placeCloses returns where the phrase of where one wrote, after a trailing writer's verb
// at j-1, ends: "…, Vale wrote on Twitter." and "…, Vale wrote in a letter to the
// council." close the sentence with it; j itself when no "on" or "in" opens one, or when
// a comma follows it (a clause goes on).
func (ff *figureFinder) placeCloses(j, end int) int {
	if !ff.is(j, wOn, wIn) {
		return j
	}
	e := j + 1
	for e < end && e-j <= 10 && ff.toks[e].kind == tWord {
		e++
	}
	if e < len(ff.toks) && ff.toks[e].kind == tStop {
		return e
	}
	return j
}
