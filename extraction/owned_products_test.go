package extraction

import "testing"

// TestOwnedProducts: a product named after an organization's possessive or after "its"
// (the organization named last before it) is part of that organization; a plant, a
// holiday or a statute after a possessive is no product, and "its" goes to the
// organization named last, not the first in the sentence, nor one named in a possessive;
// no letter cut from a name ("Space X's") owns anything.
func TestOwnedProducts(t *testing.T) {
	x := extract(t, "owned-products")
	for _, r := range [][3]string{
		{"Qube X5", "productOf", "Zelcor Inc"},
		{"Vexa OS", "productOf", "Drammen Corp"},
		{"zPhone", "productOf", "Zelcor Inc"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %v in %+v", r, x.Relations)
		}
	}
	for _, r := range [][3]string{
		{"zPhone", "productOf", "Marlow Corp"},
		{"zPhone", "productOf", "Tindle"},
		{"zCloud", "productOf", "Marlow Corp"},
		{"Orbit 9", "productOf", "X"},
		{"Founders Day", "productOf", "Ostrava Motors"},
		{"Harvest Act", "productOf", "Ostrava Motors"},
	} {
		if hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("unexpected %v", r)
		}
	}
}
