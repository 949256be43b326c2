package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Bodies a person leads or heads, told by the verb in a clause of its own: "Ann Cole
// leads the Baltic Council", "Omar Fadel has led the Harbor Workers Union since 2004",
// "Lena Voss, 54, headed the Quill Foundation for a decade", "Rob Dunn is now leading
// law firm Dunn & Pike" → leaderOf (leads, led, leading) or headOf (heads, headed,
// heading). relativeRole (asides.go) reads the verb right after "NAME, who"; this reads
// it after any subject actionSubject finds (a name, a pronoun, a relative clause's
// antecedent). The subject is a person; the object an organization named right after the
// verb (past "the" and a kind: "leads software maker Quenta"), ending its noun phrase.
// Not read: a passive ("was led by": ties.go's ledBy), a negated or hedged verb ("would
// lead"), a body's possessive or a noun after it ("led Acme's effort", "leads the GOP
// field": a poll's lead), a statistic's "in" ("led the league in rushing"), a person or a
// place as object ("Lind leads Ruiz in Iowa").

// headedBodyVerbs map the verbs of leading to the role they give.
var headedBodyVerbs = map[string]string{
	"leads": "leader", "led": "leader", "leading": "leader",
	"heads": "head", "headed": "head", "heading": "head",
}

// headedBodies reads the bodies persons lead in sentence si.
func (rf *relationFinder) headedBodies(si int) {
	if !rf.sentHas(si, wLeads, wLed, wLeading, wHeads, wHeaded, wHeading) {
		return
	}
	s := &rf.sents[si]
	for v := s.start + 1; v < s.b; v++ {
		if rf.quoteOf[v] != 0 || rf.toks[v].kind != tWord || rf.toks[v].has(fCap) {
			continue
		}
		if role := headedBodyVerbs[rf.low(v)]; role != "" {
			rf.bodyHeadedAt(si, v, rolePredicate(role))
		}
	}
}

// bodyHeadedAt reads the verb of leading at token v with the predicate pred.
func (rf *relationFinder) bodyHeadedAt(si, v int, pred string) {
	s := &rf.sents[si]
	w := rf.low(v)
	switch {
	case strings.HasSuffix(w, "ing"):
		g := v - 1
		for g > s.start && rf.is(g, wNow, wAlso, wCurrently, wStill) {
			g--
		}
		if !rf.is(g, wIs, wWas, wAre, wWere, wBeen) {
			return // "a leading voice", "heading to Iowa": no finite verb of leading
		}
	case rf.is(v-1, wWas, wWere, wBeen, wBeing, wIs, wAre, wBe, wThe, wA, wAn, wIts, wHis, wHer, wTheir):
		return // a passive ("was led by"), a noun ("the heads of")
	}
	if rf.unasserted(si, v) || rf.hedged(si, v) {
		return
	}
	o := v + 1
	if rf.is(o, wThe) && (rf.entAt[o] < 0 || rf.mentions[rf.entAt[o]].a != o) {
		o++ // not the "The" of "The Harbor Times"
	}
	o = rf.afterOrgKind(o, s.b)
	e := rf.entityOf(o)
	if e < 0 || rf.ents[e].typ != kg.Organization {
		return
	}
	m := &rf.mentions[rf.entAt[o]]
	if m.a != o || m.demonym || rf.owner(m.b) || rf.tok(m.b) == "'" || rf.tok(m.b) == "’" {
		return // "led Acme's effort"
	}
	if m.b < s.b && rf.toks[m.b].kind == tWord && !rf.toks[m.b].has(fCap) && rf.toks[m.b].feat&lxFunc == 0 {
		return // "leads the GOP field", "heads the Acme lab": a noun the name modifies
	}
	if rf.is(m.b, wIn) && m.b+1 < s.b && rf.toks[m.b+1].kind == tWord && !rf.toks[m.b+1].has(fCap) && rf.toks[m.b+1].feat&lxFunc == 0 {
		return // "led the league in rushing"
	}
	rf.relateEach(si, nameList(rf.actionSubject(si, v)), pred, rf.entName(e), rf.span(v, m.b), isPerson)
}
