package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestMakerProducts: a company's products are Other and productOf their maker, whether
// the company owns them through "its" after its verb of saying ("Drammen said its
// Pilotline system"), through its possessive and a product's noun ("Drammen's Lumo
// software"), in an appositive ("Quillo, Brannock's live-streaming video service") or by a
// maker's aside (", built by Kessel Aerospace Inc"); a product's name runs over its
// version number and version words ("Vexa 10 Anniversary Update"); a company that "said
// its" is no person; "Let's" owns nothing, and a person's title is no product.
func TestMakerProducts(t *testing.T) {
	x := extract(t, "maker-products")
	for name, typ := range map[string]kg.EntityType{
		"Vexa 10 Anniversary Update": kg.Other, "Pilotline": kg.Other, "Quillo": kg.Other,
		"Lumo": kg.Other, "zPhone 7s Plus": kg.Other, "Drammen": kg.Organization,
	} {
		e := entityNamed(x, name)
		if e == nil {
			t.Errorf("no entity %q in %+v", name, x.Entities)
			continue
		}
		if e.Type != typ {
			t.Errorf("%s is %s, want %s", name, e.Type, typ)
		}
	}
	for _, r := range [][3]string{
		{"Vexa 10 Anniversary Update", "productOf", "Zelcor"},
		{"Pilotline", "productOf", "Drammen"},
		{"Quillo", "productOf", "Brannock"},
		{"Tarnby", "productOf", "Kessel Aerospace Inc"},
		{"Lumo", "productOf", "Drammen"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %v in %+v", r, x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Predicate == "productOf" && (r.Object == "Let" || r.Subject == "Nest" || r.Subject == "Jane Moss") {
			t.Errorf("unexpected %+v", r)
		}
	}
}
