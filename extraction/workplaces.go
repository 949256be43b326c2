package extraction

import (
	"github.com/factgraph/kg"
)

// Where a person works, told by the verb: "Blackburn worked at Oracle for less than a
// year", "Ann Cole has worked for the Harbor Times since 1998", "Moss was working for
// Quill Bank", "she previously worked at Acme Inc and Birch Corp", "Ida Moss, a chemist
// who works for Norvane" → employeeOf(person, organization). The subject is the verb's
// (actionSubject: a name, a pronoun, the name a relative clause or its appositive
// belongs to) and must be a person; the object is an organization named right after "for"
// or "at" (past "the" and a kind: "worked at software maker Quenta"), a second one after
// "and". The subject may also be that of "used to work" or "began|started working", or the
// person an appositive ending in the participle describes ("Ida Moss, 41, a chemist working
// for Norvane": apposedWorker). Not a negated or hedged verb ("had not worked for", "would
// work for"), not a participle after a bare noun ("a clerk working for Acme": whose clerk
// is unsaid here), not an
// organization that owns what follows ("worked for Acme's design unit") or whose unit
// follows ("worked at the Acme lab"), not a person ("worked for Trump": an aide's or a
// contractor's tie, no employer named) or a place ("worked in Texas").

// workedFor reads the employer of "works|worked|working|work for|at" at token v of
// sentence si.
func (rf *relationFinder) workedFor(si, v int) {
	s := &rf.sents[si]
	fv := v // the finite verb whose subject works there
	var subjs []string
	switch {
	case rf.is(v, wWorking) && rf.is(v-1, wStarted, wBegan):
		fv = v - 1 // "Moss began working at Acme in 2010"
	case rf.is(v, wWork) && rf.is(v-1, wTo) && rf.is(v-2, wUsed):
		fv = v - 2 // "Moss, who used to work for Acme"
	case rf.is(v, wWorking) && !rf.is(rf.backOverAuxiliaries(s.start, v)+1, wBeen, wIs, wWas, wAre, wWere, wAm):
		if p := rf.apposedWorker(s.start, v); p != "" {
			subjs = append(subjs, p) // "Ida Moss, a chemist working for Acme"
			break
		}
		return // "a clerk working for Acme", "after working at": no finite verb, no name
	case rf.is(v, wWork) && !rf.is(v-1, wThey, wWe, wI, wYou):
		return // "to work for", "the work at": no subject stated
	}
	if rf.is(v-1, wThe, wA, wIts, wHis, wHer, wTheir) || rf.unasserted(si, fv) || rf.hedged(si, fv) {
		return // "in the works for", "had not worked for", "would work for"
	}
	if len(subjs) == 0 {
		for sj := range nameList(rf.actionSubject(si, fv)).all() {
			if sj != "" && rf.typeOfName(sj) == kg.Person {
				subjs = append(subjs, sj) // "Lind and Moss worked at Acme"
			}
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

// apposedWorker returns the person whose appositive ends in the participle "working" at
// v: "NAME[, AGE], a|an|the [lower-case words] NOUN working for|at" ("Ida Moss, 41, a
// chemist working for Norvane"); "" when the participle follows no such appositive ("A
// clerk working for Acme declined", "the number of people working at Acme").
func (rf *relationFinder) apposedWorker(start, v int) string {
	j := v - 1
	for j > start && v-j <= 5 && rf.toks[j].kind == tWord && !rf.toks[j].has(fCap) && rf.toks[j].feat&lxFunc == 0 {
		j--
	}
	if j == v-1 || !rf.is(j, wA, wAn, wThe) || !rf.punct(j-1, ',') {
		return ""
	}
	if n := rf.entityBefore(j-1, start); n != "" && rf.typeOfName(n) == kg.Person {
		return n
	}
	return ""
}
