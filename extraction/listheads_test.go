package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestPlacesInHeadedLists: the members of a list that a plural place noun opens
// ("towns including A, B and C", "districts such as A and B") are places, not the
// organization a lone capitalised word is by default; a name after the list is not
// taken into it.
func TestPlacesInHeadedLists(t *testing.T) {
	a := emphasised("Storm warning in Brisk",
		"Flood warnings covered towns including Corvane, Tellbury and Ashmoor on Monday. "+
			"Storms hit districts such as Valdrin and Osterby, Mara Voss said. "+
			"Rain fell on villages like Pellin, Sorrow Creek or Quenby.")
	x := mustExtract(t, a)
	wantTypes(t, x, map[string]kg.EntityType{
		"Corvane":      kg.Place,
		"Tellbury":     kg.Place,
		"Ashmoor":      kg.Place,
		"Valdrin":      kg.Place,
		"Osterby":      kg.Place,
		"Pellin":       kg.Place,
		"Sorrow Creek": kg.Place,
		"Quenby":       kg.Place,
		"Mara Voss":    kg.Person,
	})
}

// TestHeadedListOfBusinesses: a list with an acronym in it names businesses or
// programmes, not places, though "areas" heads it.
func TestHeadedListOfBusinesses(t *testing.T) {
	a := emphasised("Retailer invests",
		"Halvex has invested in growth areas like Quillo and HWS, Mara Voss said.")
	x := mustExtract(t, a)
	if e := entityNamed(x, "Quillo"); e != nil && e.Type == kg.Place {
		t.Errorf("Quillo typed Place; entities: %+v", x.Entities)
	}
}
