package extraction

import (
	"strconv"

	"github.com/factgraph/kg"
)

// bareHometown reads where the person of mention mi lives from an age and a town with its
// state written after the name with no preposition, as casualty lists and crime reports
// do: "Sgt. Ann Vole, 25, Dunmore, Ohio." or "Bo Lark, 41, Carvel, Ala., and Cy Dent"
// gives Vole residentOf Dunmore (hometown reads the shape with "of" or "from"). The town
// is a place mention of its own right after the age's comma, the state after the next
// comma is a U.S. state, and the phrase ends there: a mark, "and" or the sentence's end.
func (rf *relationFinder) bareHometown(mi int) {
	m := &rf.mentions[mi]
	b := m.b
	if rf.ents[m.ent].typ != kg.Person || b+5 >= len(rf.toks) || !rf.punct(b, ',') || rf.toks[b+1].kind != tNum || !rf.punct(b+2, ',') {
		return
	}
	if n, err := strconv.Atoi(rf.tok(b + 1)); err != nil || n < 1 || n > 115 {
		return
	}
	ti := rf.entAt[b+3]
	if ti < 0 || rf.mentions[ti].a != b+3 || rf.mentions[ti].ent < 0 || rf.mentions[ti].demonym || rf.ents[rf.mentions[ti].ent].typ != kg.Place {
		return
	}
	town := &rf.mentions[ti]
	if !rf.punct(town.b, ',') || town.b+1 >= len(rf.toks) {
		return
	}
	si := rf.entAt[town.b+1]
	if si < 0 || rf.mentions[si].a != town.b+1 || rf.mentions[si].ent < 0 || bracketState(rf.entName(rf.mentions[si].ent)) == "" {
		return
	}
	end := rf.mentions[si].b
	if end < len(rf.toks) && rf.toks[end].kind == tWord && !rf.is(end, wAnd) {
		return // "Bo Lark, 41, Carvel, Ohio police said": a phrase goes on
	}
	if t, st := rf.entName(town.ent), rf.entName(rf.mentions[si].ent); t != st {
		rf.addRelation(m.sent, rf.entName(m.ent), "residentOf", t, rf.span(m.a, end))
	}
}
