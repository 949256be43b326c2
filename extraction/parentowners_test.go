package extraction

import "testing"

// TestParentOwners: a company's unit is part of it and the company owns it ("Brightlane,
// a unit of Quillon Holdings Inc"; "Tessel Corp's Marrowbyte"); a body's part ("the
// Velland Senate Finance Committee") is owned by no one.
func TestParentOwners(t *testing.T) {
	x := extract(t, "parent-owners")
	wantRelations(t, x, [][3]string{
		{"Brightlane", "partOf", "Quillon Holdings Inc"},
		{"Quillon Holdings Inc", "owns", "Brightlane"},
		{"Tessel Corp", "owns", "Marrowbyte"},
	})
	for _, r := range x.Relations {
		if r.Predicate == "owns" && r.Object != "Brightlane" && r.Object != "Marrowbyte" {
			t.Errorf("an owner of no firm's unit: %+v", r)
		}
	}
}
