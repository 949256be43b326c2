package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestPossessiveSiteTypes: a site named with an owner's possessive takes its type from
// its head, never the owner's first word: a tavern or an inn is run by someone (an
// organization), an island is a place.
func TestPossessiveSiteTypes(t *testing.T) {
	x := extract(t, "site-head-types")
	want := map[string]kg.EntityType{
		"Brennigan's Tavern": kg.Organization,
		"Hallow's Island":    kg.Place,
		"Mabry's Inn":        kg.Organization,
	}
	for _, e := range x.Entities {
		if typ, ok := want[e.Name]; ok {
			if e.Type != typ {
				t.Errorf("%s typed %s, want %s", e.Name, e.Type, typ)
			}
			delete(want, e.Name)
		}
	}
	for name := range want {
		t.Errorf("no entity %q: %+v", name, x.Entities)
	}
}
