package extraction

import "testing"

// TestOwnedByThe: an appositive "owned by" whose owner's name opens on "The" ("Pello
// Radio, a unit owned by The Harbor Group") names that owner; the "The" was skipped as an
// article and the owner's name was then missed (owners.go).
func TestOwnedByThe(t *testing.T) {
	x := extract(t, "owned-by-the")
	for _, r := range [][3]string{
		{"Pello Radio", "partOf", "The Harbor Group"},
		{"Quill Weekly", "partOf", "The Harbor Group"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
}
