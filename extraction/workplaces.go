package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Where a person works, told by the verb: "Blackburn worked at Oracle for less than a
// year", "Ann Cole has worked for the Harbor Times since 1998", "Moss was working for
// Quill Bank", "she previously worked at Acme Inc and Birch Corp", "Ida Moss, a chemist
// who works for Norvane" → employeeOf(person, organization). The subject is the verb's
// (actionSubject: a name, a pronoun, the name a relative clause or its appositive
// belongs to) and must be a person; the object is an organization named right after "for"
// or "at" (past "the" and a kind: "worked at software maker Quenta"), a second one after
// "and". Not a negated or hedged verb ("had not worked for", "would work for"), not a
// participle after a noun ("a clerk working for Acme": whose clerk is unsaid here), not an
// organization that owns what follows ("worked for Acme's design unit") or whose unit
// follows ("worked at the Acme lab"), not a person ("worked for Trump": an aide's or a
// contractor's tie, no employer named) or a place ("worked in Texas").

// workedFor reads the employer of "works|worked|working|work for|at" at token v of
// sentence si.
func (rf *relationFinder) workedFor(si, v int) {
	s := &rf.sents[si]
	if rf.is(v, wWorking) && !rf.is(rf.backOverAuxiliaries(s.start, v)+1, wBeen, wIs, wWas, wAre, wWere, wAm) {
		return // "a clerk working for Acme", "started working at": no finite verb
	}
	if rf.is(v, wWork) && !rf.is(v-1, wThey, wWe, wI, wYou) {
		return // "to work for", "the work at": no subject stated
	}
	if rf.is(v-1, wThe, wA, wIts, wHis, wHer, wTheir) || rf.unasserted(si, v) || rf.hedged(si, v) {
		return // "in the works for", "had not worked for", "would work for"
	}
	var subjs []string
	for _, sj := range strings.Split(rf.actionSubject(si, v), "\x00") {
		if sj != "" && rf.typeOfName(sj) == kg.Person {
			subjs = append(subjs, sj) // "Lind and Moss worked at Acme"
		}
	}
	if len(subjs) == 0 {
		return
	}
	o := v + 2
	for n := 0; n < 2; n++ {
		if rf.is(o, wThe) && (rf.entAt[o] < 0 || rf.mentions[rf.entAt[o]].a != o) {
			o++ // not the "The" of "The Washington Post"
		}
		o = rf.afterOrgKind(o, s.b)
		e := rf.entityOf(o)
		if e < 0 || rf.ents[e].typ != kg.Organization {
			return
		}
		m := &rf.mentions[rf.entAt[o]]
		if m.a != o || rf.owner(m.b) || rf.tok(m.b) == "'" || rf.tok(m.b) == "’" || m.b < s.b && !rf.toks[m.b].has(fCap) && (orgKindNoun(rf.low(m.b)) || rf.in(m.b, orgUnitNouns)) {
			return // "worked for Acme's unit", "worked at the Acme lab"
		}
		for _, sj := range subjs {
			rf.addRelation(si, sj, "employeeOf", rf.entName(e), rf.span(v, m.b))
		}
		if !rf.is(m.b, wAnd) {
			return
		}
		o = m.b + 1 // "worked at Acme Inc and Birch Corp"
	}
}
