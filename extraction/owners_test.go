package extraction

import "testing"

// TestParentAfterPlace: the parent a unit's appositive names after its home ("a
// subsidiary of Japan's Harlow Corp", "a division of Portland-based Veltra Energy", "a
// unit of French group Ostis") is the company, not the place.
func TestParentAfterPlace(t *testing.T) {
	x := extract(t, "parent-after-place")
	for _, r := range [][3]string{
		{"Lumo Sensors Inc", "partOf", "Harlow Corp"},
		{"Brisk Gas", "partOf", "Veltra Energy"},
		{"Pento Media", "partOf", "Ostis"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
}
