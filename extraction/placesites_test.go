package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestPossessedPlaceSites: a place named after another place's possessive and before a
// site noun ("area", "air base", "jail complex") lies in it; not when "in PLACE" follows
// the site (an owner's site abroad).
func TestPossessedPlaceSites(t *testing.T) {
	a := kg.Article{Title: "Weekend notes", Body: "Police closed streets in Dallas's Deep Ellum area after the shooting.\n\n" +
		"Crowds gathered in Chicago's Pilsen area on Sunday.\n\n" +
		"Jets landed at Spain's Rota naval base in Andalusia on Monday."}
	x, err := Extract(a)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range [][3]string{{"Deep Ellum", "locatedIn", "Dallas"}, {"Pilsen", "locatedIn", "Chicago"}} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %v; relations: %+v", r, x.Relations)
		}
	}
	if hasRelation(x, "Rota", "locatedIn", "Spain") {
		t.Errorf("Rota locatedIn Spain read from the possessive before \"naval base in Andalusia\": %+v", x.Relations)
	}
}
