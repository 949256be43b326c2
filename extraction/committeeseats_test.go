package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestCommitteeSeats: a party's word with "on the BODY" after it in a lawmaker's
// description ("the top Democrat on the House Maritime Committee", "a Republican on the
// Senate Harbors Committee") seats the lawmaker on the body as well as in the party;
// not when the body's name runs on into another noun ("the Senate Harbors Committee
// staff"). A task force is an organization, so its commander holds a role in it. A
// public office "of" a place before the holder's name is held there ("The mayor of
// Dunmore, Hal Ostby", "The first lady of Dunmore, Rita Ostby").
func TestCommitteeSeats(t *testing.T) {
	x := extract(t, "committee-seats")
	for _, r := range [][3]string{
		{"Dana Holloway", "memberOf", "House Maritime Committee"},
		{"Dana Holloway", "memberOf", "Democratic Party"},
		{"Carl Pruett", "memberOf", "Senate Harbors Committee"},
		{"Carl Pruett", "memberOf", "Republican Party"},
		{"Grant Vessey", "commanderOf", "Gulf Coast Smuggling Task Force"},
		{"Hal Ostby", "mayorOf", "Dunmore"},
		{"Rita Ostby", "firstLadyOf", "Dunmore"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Subject == "Lila Ormond" && r.Predicate == "memberOf" && r.Object == "Senate Harbors Committee" {
			t.Errorf("unwanted %+v: the name runs on into \"staff\"", r)
		}
	}
	for _, e := range x.Entities {
		if e.Name == "Gulf Coast Smuggling Task Force" && e.Type != kg.Organization {
			t.Errorf("%s typed %s, want Organization", e.Name, e.Type)
		}
	}
}
