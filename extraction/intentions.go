package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Intentions: a verb in the infinitive after a verb of aim, attempt or expectation
// ("Talos Corp plans to buy Meridian Air", "Dana Ruiz is expected to sue Vireo Inc",
// "wants to hire Ken Marlow", "threatened to sue", "is set to meet") states no act that
// happened: a plan to buy is not a purchase. It gives an open predicate that names the aim
// and the act — the governing verb's stem (data/intentions.txt), "to", then the predicate
// the open reader would make from the infinitive and its phrase (openObject: the verb's
// base form, a particle, a short object's head and the preposition before the name):
// planToBuy, expectedToSue, wantToHire, threatenToSue, setToMeet, seekToBlock,
// tryToMeetWith. The fixed predicates (acquires, sues, meets …) stay for what happened or
// was agreed ("agreed to buy", "decided to join": infinitives.go); the action reader
// leaves an act under an aim alone (intentionGoverned), save a stance that an aim already
// states ("vowed to fight X" fights X: infinitiveStances). A negated, conditional or
// questioned aim ("does not plan to buy", "could try to", "if Acme wants to") gives
// nothing.

// intentionGoverning maps the forms of the verbs that govern an infinitive of aim to the
// stem that names the aim in the predicate ("planned" → plan, "sought" → seek); a stem of
// the expectation list needs a form of "be" before it ("is expected", "was set").
var intentionGoverning = wordValues("intention-governing")

// intentionExpected are the stems that state an expectation only after "be": "is expected
// to", "was scheduled to", "is set to", "are poised to"; "the expected return" is none.
var intentionExpected = newTokSet(wordSet("intention-expected"))

// intentionGovernor returns the stem of the verb at token k that governs the "to" at k+1
// as an aim, attempt or expectation ("plans", "is expected", "are trying"), or "" when k
// holds none or holds a noun ("a plan to", "Acme's plans to", "the attempt to").
func (rf *relationFinder) intentionGovernor(si, k int) string {
	start := rf.sents[si].start
	if k <= start || k >= len(rf.toks) || rf.toks[k].kind != tWord || rf.toks[k].has(fCap) || rf.entAt[k] >= 0 || rf.quoteOf[k] != 0 {
		return ""
	}
	w := rf.low(k)
	stem := intentionGoverning[w]
	if stem == "" {
		return ""
	}
	g := k - 1
	for g > start && (rf.is(g, wAlso, wStill, wNow, wAlready, wReportedly, wAgain, wNot, wNever) || rf.toks[g].kind == tWord && strings.HasSuffix(rf.low(g), "ly") && !rf.toks[g].has(fCap)) {
		g-- // "is widely expected", "has also sought"
	}
	be := rf.is(g, wIs, wAre, wWas, wWere, wBe, wBeen, wBeing, wAposS, wRsquoS) && !rf.owner(g)
	if intentionExpected.has(stem) || strings.HasSuffix(w, "ing") {
		if !be {
			return "" // "the expected to", "seeking to X" after a comma: no clause of its own
		}
		return stem
	}
	switch {
	case be:
		return "" // "is planned to": a passive
	case rf.entAt[g] >= 0 && !rf.owner(g+1) && !rf.owner(g):
		return stem // "Talos Corp plans"
	case rf.is(g, wHe, wShe, wIt, wThey, wWe, wI, wWho, wWhich, wThat):
		return stem
	case rf.in(g, betweenSubjectAndVerb):
		return stem // "has sought", "will try", "did not want"
	}
	return ""
}

// intentionGoverned reports whether the verb at token v is an infinitive under an aim
// ("plans to sue", "tried to buy", "is scheduled to meet"): the action reader gives it no
// fixed predicate; intentions names it.
func (rf *relationFinder) intentionGoverned(si, v int) bool {
	return rf.is(v-1, wTo) && rf.intentionGovernor(si, v-2) != ""
}

// infinitiveBase reports whether the lower-case word w may be a verb's base form: a base
// of an action verb ("buy", "sue"), an irregular verb's base, or a word that
// data/english-words.txt holds with its forms in -s and -ed; the verbs of open-verbs-not
// ("be", "say", "get") carry no act of their own.
func infinitiveBase(w string) bool {
	if len(w) < 3 || notOpenVerbs.has(w) || strings.Contains(w, "-") {
		return false
	}
	if actionVerbs[sForm(w)] != "" || irregularBases[w] {
		return true
	}
	if !englishWords.has(w) || !englishWords.has(sForm(w)) {
		return false
	}
	n := len(w)
	for _, ed := range []string{w + "ed", w + "d", w[:n-1] + "ied", w + w[n-1:] + "ed"} {
		if (englishWords.has(ed) || openEdVerbs[ed] != "") && (edBase(ed) == w || openEdVerbs[ed] == w) {
			return true
		}
	}
	return false
}

// irregularBases are the base forms of the irregular verbs ("sell", "meet", "fight").
var irregularBases = func() map[string]bool {
	m := map[string]bool{}
	for _, b := range irregularVerbs {
		m[b] = true
	}
	return m
}()

// intentions reads the aims of sentence si: "SUBJECT GOVERNOR to VERB [particle]
// [short object] [preposition] NAME" gives SUBJECT stemToPredicate NAME.
func (rf *relationFinder) intentions(si int) {
	s := &rf.sents[si]
	if rf.punct(s.b-1, '?') || rf.punct(s.start, '[') {
		return
	}
	if !rf.sentHas(si, wTo) {
		return // no "to": the loop below acts only at one
	}
	rf.open = true
	defer func() { rf.open = false }()
	for t := s.start + 2; t+2 < s.b; t++ {
		if !rf.is(t, wTo) || rf.quoteOf[t] != 0 {
			continue
		}
		gov, v := t-1, t+1
		stem := rf.intentionGovernor(si, gov)
		if stem == "" {
			continue
		}
		tv := &rf.toks[v]
		if tv.kind != tWord || tv.has(fCap) || rf.entAt[v] >= 0 || tv.feat&(lxFunc|lxSpeech) != 0 || rf.quoteOf[v] != 0 {
			continue
		}
		w := rf.low(v)
		if !infinitiveBase(w) {
			continue
		}
		if p := actionVerbs[sForm(w)]; infinitiveStances.has(p) && actionVerbs[w] == "" {
			continue // "vowed to fight X": fights, a stance the aim states (infinitives.go)
		}
		if rf.unasserted(si, gov) || rf.conditionalAim(si, gov) {
			continue // "does not plan to", "could try to", "would want to"
		}
		p, part := v+1, ""
		if rf.in(p, openParticles) {
			part, p = rf.low(p), p+1 // "plans to take over Vireo"
		}
		pred, ok := rf.openObject(si, p, w, part)
		if ok < 0 || pred == "" {
			continue
		}
		if pred == "spokeTo" {
			pred = camel("speak", rf.low(p)) // openObject's controlled speaking, named as an act
		}
		if rf.subjectInPhrase(si, gov) || rf.embedded(si, gov) || rf.lateSubjectPronoun(si, gov) || rf.infinitiveSubject(ok) {
			continue
		}
		subj := rf.actionSubject(si, gov)
		if subj == "" {
			continue
		}
		pred = camel(stem, "to") + strings.ToUpper(pred[:1]) + pred[1:]
		if !kg.IsOpenPredicate(pred) {
			continue
		}
		m := &rf.mentions[rf.entAt[ok]]
		objs := rf.entName(int(m.ent))
		if !rf.is(ok-1, wBetween) && !rf.is(ok-2, wBetween) {
			objs = rf.withMembers(int(rf.entAt[ok]), s.b) // "plans to visit A and B"
		}
		for name := range nameList(objs).all() {
			rf.relateEach(si, nameList(subj), pred, name, rf.span(gov, min(s.b, m.b)), nil)
		}
	}
}

// conditionalAim reports whether the governing verb at k stands under a modal of
// condition or a condition ("would like", "could try to", "if Acme wants to"): back over
// auxiliaries to "would", "could", "might", "may", "should", or a condition in the clause.
func (rf *relationFinder) conditionalAim(si, k int) bool {
	start := rf.sents[si].start
	for g := k - 1; g >= start && g >= k-4; g-- {
		if rf.is(g, wWould, wCould, wMight, wShould) || rf.is(g, wMay) && !rf.toks[g].has(fCap) {
			return true
		}
		if !(rf.in(g, betweenSubjectAndVerb) || strings.HasSuffix(rf.low(g), "ly")) {
			break
		}
	}
	return false
}
