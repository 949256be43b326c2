package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// districtState reads the U.S. state inside the name of a federal judicial district or
// of a body named for one (mention mi): "the Northern District of Ohio", "the U.S.
// District Court for the Southern District of New York", "the U.S. Attorney's Office
// for the Central District of California" are each locatedIn the state their name ends
// with. The name must end with the state, so that a name run on into the next words
// ("… District of California Brian Stretch") gives nothing; "District of Columbia" is a
// place of its own, not a district of a state.
func (rf *relationFinder) districtState(mi int) {
	m := &rf.mentions[mi]
	e := rf.ents[m.ent]
	if e.typ != kg.Place && e.typ != kg.Organization {
		return
	}
	name := rf.entName(m.ent)
	i := strings.LastIndex(name, "District of ")
	if i < 0 || !strings.Contains(rf.span(m.a, m.b), "District of ") {
		return // a mention that names the state alone ("NEW YORK" joined to the district upstream) is no evidence
	}
	if state := name[i+len("District of "):]; usStates[state] {
		rf.addRelation(m.sent, name, "locatedIn", state, rf.span(m.a, m.b))
	}
}
