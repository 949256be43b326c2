package extraction

import (
	"testing"

	kg "github.com/factgraph/kg"
)

// TestFacilityOwner: a site in a place belongs to the organization an apposition follows
// ("Quillon Corp, a lawn mower plant in Dunmore"), and never to a person who stands as
// the clause's subject ("was booked into a detention facility in Elmtown").
func TestFacilityOwner(t *testing.T) {
	x := mustExtract(t, kg.Article{Title: "Plant shooting", Body: "The gunman, Dale Ruiz, worked at Quillon Corp, a lawn mower plant in Dunmore, Kansas.\n\n" +
		"Nora Pike, 18, was booked into a juvenile detention facility in Elmtown, Texas, on Thursday."})
	if !hasRelation(x, "Quillon Corp", "hasFacilityIn", "Dunmore") {
		t.Errorf("no Quillon Corp hasFacilityIn Dunmore: %+v", x.Relations)
	}
	for _, r := range x.Relations {
		if r.Predicate == "hasFacilityIn" && (r.Subject == "Dale Ruiz" || r.Subject == "Nora Pike") {
			t.Errorf("a person has a facility: %+v", r)
		}
	}
}
