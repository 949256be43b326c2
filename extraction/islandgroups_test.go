package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestIslandGroups: reefs, shoals and island groups are places, whether named by a head
// word ("Tarrow Shoal"), a lower-case group word ("the Velmora archipelago") or the
// plural short form of a group named in full ("the Dorvans" beside "the Dorvan
// Islands"); a place after a country's possessive lies in that country.
func TestIslandGroups(t *testing.T) {
	x := extract(t, "island-groups")
	types := map[string]kg.EntityType{}
	for _, e := range x.Entities {
		types[e.Name] = e.Type
	}
	for _, name := range []string{"Velmora", "Tarrow Shoal", "Kessin Reef", "Dorvan Islands", "Dorvans"} {
		if types[name] != kg.Place {
			t.Errorf("%s typed %q, want Place; entities: %v", name, types[name], types)
		}
	}
	if !hasRelation(x, "Velmora", "locatedIn", "Portugal") {
		t.Errorf("want Velmora locatedIn Portugal; relations: %+v", x.Relations)
	}
}

// TestStateTowns: "the [northern] STATE town|village of X" puts X in the U.S. state.
func TestStateTowns(t *testing.T) {
	x := extract(t, "state-towns")
	for _, want := range [][2]string{{"Orvell", "Kansas"}, {"Pashley", "Oregon"}} {
		if !hasRelation(x, want[0], "locatedIn", want[1]) {
			t.Errorf("want %s locatedIn %s; relations: %+v", want[0], want[1], x.Relations)
		}
	}
}
