package extraction

import "github.com/factgraph/kg"

// hometown reads where the person of mention mi lives from the age and place written
// after the name: "Dan Moss, 34, of Lakeview, Ohio," or "Dan Moss, 34, from Lakeview"
// gives Moss residentOf Lakeview. The place must be a place mention of its own (not a
// nationality adjective), right after "of" or "from", and end there or at a comma, a
// full stop, "and", "who" or "was"/"is", so that "Moss, 34, of the town's council" or
// "Moss, 34, of Lakeview High School" gives nothing.
func (rf *relationFinder) hometown(mi int) {
	m := &rf.mentions[mi]
	if rf.ents[m.ent].typ != kg.Person || !rf.punct(m.b, ',') || m.b+4 >= len(rf.toks) ||
		rf.toks[m.b+1].kind != tNum || !rf.punct(m.b+2, ',') || !rf.is(m.b+3, "of", "from") {
		return
	}
	p := rf.entityOf(m.b + 4)
	if p < 0 || rf.ents[p].typ != kg.Place || rf.mentions[rf.entAt[m.b+4]].a != m.b+4 || rf.mentions[rf.entAt[m.b+4]].demonym {
		return
	}
	end := rf.mentions[rf.entAt[m.b+4]].b
	if end < len(rf.toks) && !(rf.punct(end, ',') || rf.toks[end].kind == tStop || rf.is(end, "and", "who", "was", "is")) {
		return
	}
	rf.addRelation(m.sent, rf.entName(m.ent), "residentOf", rf.entName(p), rf.span(m.a, end))
}
