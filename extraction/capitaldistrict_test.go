package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestCapitalDistrict: "Washington DC" and "Washington D.C." written without the comma,
// and "Washington, DC" without the stops, are the one place "Washington, D.C.", never a
// person or a thing named "Washington DC", and a reporter in a credit line reports from it.
func TestCapitalDistrict(t *testing.T) {
	x := extract(t, "capital-district")
	if !hasRelation(x, "Bo Pettit", "reportsFrom", "Washington, D.C.") {
		t.Errorf("missing Bo Pettit reportsFrom Washington, D.C.; relations: %+v", x.Relations)
	}
	for _, e := range x.Entities {
		switch e.Name {
		case "Washington, D.C.":
			if e.Type != kg.Place {
				t.Errorf("Washington, D.C. typed %q, want Place", e.Type)
			}
		case "Washington DC", "Washington D.C.", "DC", "D.C.", "Washington":
			t.Errorf("entity %q (%s) left beside Washington, D.C.", e.Name, e.Type)
		}
	}
}
