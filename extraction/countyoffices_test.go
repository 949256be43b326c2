package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestCountyOffices: "PLACE County WORD" ("the Pinecrest County Coroner") is the county's
// office or body, never a person, even as the subject of "said" (countyOffice, names.go).
func TestCountyOffices(t *testing.T) {
	x := extract(t, "countyoffices")
	found := 0
	for _, e := range x.Entities {
		switch e.Name {
		case "Pinecrest County Coroner", "Birchwood County Humane Society":
			found++
			if e.Type == kg.Person {
				t.Errorf("%s typed Person: a county's office", e.Name)
			}
		}
	}
	if found == 0 {
		t.Errorf("no county office found; entities: %+v", x.Entities)
	}
}
