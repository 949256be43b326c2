package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestUnitsAt: a named unit (a center, an institute, a program) "at" the university or
// institute that houses it is part of it; a gathering or a body that stands somewhere
// ("the Velland Trade Fair at Brindle University") is not.
func TestUnitsAt(t *testing.T) {
	a := kg.Article{Title: "Research notes", Body: "\"Growth will slow,\" said Ana Reyes, director of the Economic Forecasting Center at Dunmore State University.\n\n" +
		"Tom Wade, a fellow at the Harlan Energy Program at the Tarvo Institute, disagreed.\n\n" +
		"The Velland Trade Fair at Brindle University drew 4,000 visitors."}
	x, err := Extract(a)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range [][3]string{
		{"Economic Forecasting Center", "partOf", "Dunmore State University"},
		{"Harlan Energy Program", "partOf", "Tarvo Institute"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %v; relations: %+v", r, x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Predicate == "partOf" && r.Object == "Brindle University" {
			t.Errorf("unexpected %+v", r)
		}
	}
}
