package extraction

import "testing"

// TestMovedPlaces: a passive of sending a person somewhere names where ("was
// extradited to the United States" → extraditedTo), also as the second of two
// participles ("was arrested and taken to"); not in a condition, and not for the
// speaker of a reported clause whose own subject the "and" shares.
func TestMovedPlaces(t *testing.T) {
	x := extract(t, "moved-places")
	for _, r := range [][3]string{
		{"Hector Palma", "extraditedTo", "United States"},
		{"Dan Reyes", "takenTo", "Harris County Jail"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range [][3]string{
		{"Tom Vale", "deportedTo", "Mexico"},
		{"Velland Army", "deployedTo", "Afghanistan"},
	} {
		if hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("unwanted %s %s %s", r[0], r[1], r[2])
		}
	}
}
