package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// A judge named with the town the court sits in: "U.S. District Judge Ann Roe in
// Manhattan", "Magistrate Judge Tom Wade in Farmington" → judgeOf(judge, town), beside the
// court the title names (titleRoles). The place follows the name right after "in" and is
// no country or U.S. state (a court's seat is a town or a borough: "Judge Ann Roe in
// Ohio" says where she was, not which bench).

// judgesIn reads the shape above in prose sentence si.
func (rf *relationFinder) judgesIn(si int) {
	s := &rf.sents[si]
	for m := range rf.namedMentionsIn(s.start, s.b) {
		if rf.ents[m.ent].typ != kg.Person || !strings.HasSuffix(m.role, "judge") || !rf.is(m.b, wIn) || m.b+1 >= s.b {
			continue
		}
		p := rf.namedMentionAt(m.b + 1)
		if p == nil {
			continue
		}
		name := rf.entName(p.ent)
		if rf.ents[p.ent].typ != kg.Place || p.demonym || rf.modifier(p.b) || usStates[name] || countryOf[name] == name {
			continue
		}
		rf.addRelation(si, rf.entName(m.ent), "judgeOf", name, rf.span(m.ta, p.b))
	}
}
