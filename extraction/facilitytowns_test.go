package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestFacilityTowns: a town the lists know or the article named before keeps the
// lower-case "airport" after it out of its name ("the Istanbul airport" is Istanbul, "the
// Tarnby airport" after "from Tarnby" is Tarnby); an unknown name before it keeps the
// airport whole ("the Ataturk airport"), and a capitalised head is the airport's own name
// ("Brussels Airport"). Older and informal state abbreviations are states after a town
// and its comma, with their stop ("Pottsville, Penn.", "Omaha, Nebr."), never "Penn"
// alone ("Sean Penn", "Ortez, Penn and"); a state between commas after a person's name
// is his state, no name of its own, and puts no person in it; after a name typed a body
// by its head word ("Bell News, Va.,") it makes the name a town.
func TestFacilityTowns(t *testing.T) {
	x := extract(t, "facility-towns")
	for _, name := range []string{"Istanbul", "Tarnby", "Pottsville", "Pennsylvania", "Omaha", "Nebraska", "Virginia", "Bell News", "Ataturk airport", "Brussels Airport"} {
		if e := entityNamed(x, name); e == nil || e.Type != kg.Place {
			t.Errorf("%s: want a Place, got %+v", name, e)
		}
	}
	for _, name := range []string{"Istanbul airport", "Tarnby airport", "Penn", "Nebr", "Va"} {
		if e := entityNamed(x, name); e != nil {
			t.Errorf("%s: want no entity, got %+v", name, e)
		}
	}
	for _, want := range [][2]string{{"Pottsville", "Pennsylvania"}, {"Omaha", "Nebraska"}} {
		if !hasRelation(x, want[0], "locatedIn", want[1]) {
			t.Errorf("want %s locatedIn %s; relations: %+v", want[0], want[1], x.Relations)
		}
	}
	if e := entityNamed(x, "Sean Penn"); e == nil || e.Type != kg.Person {
		t.Errorf("Sean Penn: want a Person, got %+v", e)
	}
	for _, r := range x.Relations {
		if r.Object == "Pennsylvania" && r.Subject != "Pottsville" || r.Subject == "Colm Hardey" && r.Object == "Virginia" && r.Predicate == "locatedIn" {
			t.Errorf("%s %s %s: want none", r.Subject, r.Predicate, r.Object)
		}
	}
}
