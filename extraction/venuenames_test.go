package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestVenueNamesAreNoPeople: a name ending in a venue's head word is an establishment or
// a gathering, even when a given name or a surname opens it; a name described by a role
// stays a person's.
func TestVenueNamesAreNoPeople(t *testing.T) {
	x := extractBody(t, "Keepers at the Henry Doorly Zoo in Omaha treated the injured tiger on Monday. "+
		"The band played two nights at the Marriott Hotel in Denver. "+
		"Campers left the Hickory Run Campground before the storm. "+
		"Jet makers showed new planes at the Farnborough Airshow. "+
		"\"It was chaos,\" said Salvatore Arena, a spokesman for the railroad.")
	want := map[string]kg.EntityType{
		"Henry Doorly Zoo":       kg.Organization,
		"Marriott Hotel":         kg.Organization,
		"Hickory Run Campground": kg.Organization,
		"Farnborough Airshow":    kg.Other,
		"Salvatore Arena":        kg.Person,
	}
	got := map[string]kg.EntityType{}
	for _, e := range x.Entities {
		got[e.Name] = e.Type
	}
	for name, typ := range want {
		if got[name] != typ {
			t.Errorf("%s: type %q, want %q (entities: %v)", name, got[name], typ, got)
		}
	}
}
