package extraction

import "testing"

// TestDistrictStates: a federal judicial district, and a court or office named for one,
// lies in the state its name ends with.
func TestDistrictStates(t *testing.T) {
	x := extract(t, "court-districts")
	for _, r := range [][3]string{
		{"U.S. District Court for the Southern District of Ohio", "locatedIn", "Ohio"},
		{"Northern District of Kentucky", "locatedIn", "Kentucky"},
		{"U.S. Attorney's Office for the Western District of Michigan", "locatedIn", "Michigan"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
}
