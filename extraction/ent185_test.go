package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestOwnedVehicleNouns: a minivan, a supercomputer or a capsule after its owner's
// possessive or "its" names the owner's product, as a sedan does.
func TestOwnedVehicleNouns(t *testing.T) {
	for _, c := range []struct{ body, name, owner string }{
		{"Halden Motors Inc unveiled a version of its new Brisavo minivan in Detroit on Monday.", "Brisavo", "Halden Motors Inc"},
		{"Dovrel Corp said on Monday that Dovrel's Talvik supercomputer would be sold to banks.", "Talvik", "Dovrel Corp"},
		{"Kestor Space Inc said on Monday that Kestor's Velda capsule would fly in June.", "Velda", "Kestor Space Inc"},
	} {
		x := extractBody(t, c.body)
		if e := entityNamed(x, c.name); e == nil || e.Type != kg.Other {
			t.Errorf("%s: want Other, got %+v", c.name, e)
		}
		if !hasRelation(x, c.name, "productOf", c.owner) {
			t.Errorf("no %s productOf %s: %+v", c.name, c.owner, x.Relations)
		}
	}
}

// TestOwnedProductOutranksDefault: a name read once as its owner's product ("Dovrel's
// Talvik voice assistant") stays the product where elsewhere only a lone word's default
// would make it a body ("Talvik answers", "Talvik was slow").
func TestOwnedProductOutranksDefault(t *testing.T) {
	x := extractBody(t, "Dovrel Corp said on Monday that Dovrel's Talvik voice assistant would ship in May. "+
		"Talvik answers questions about the weather. Critics in Oslo said Talvik was slow. Some buyers liked Talvik anyway. "+
		"Talvik now reads maps. Talvik also plays music. Talvik learns fast. Nobody expected Talvik to sell well.")
	if e := entityNamed(x, "Talvik"); e == nil || e.Type != kg.Other {
		t.Errorf("Talvik: want Other, got %+v", e)
	}
}

// TestOtherLeads: a default's body yields to its owner's product only when Other then
// leads the rest ("Android" with a place's score above its product's stays as it was).
func TestOtherLeads(t *testing.T) {
	if otherLeads([5]int{0, 12, 11, 0, 10}) {
		t.Error("a place's 11 above Other's 10: Other does not lead")
	}
	if !otherLeads([5]int{0, 14, 0, 0, 5}) {
		t.Error("Other's 5 alone beside the body's: Other leads")
	}
}
