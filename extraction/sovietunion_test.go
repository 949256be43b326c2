package extraction

import "testing"

// TestSovietUnion: the Soviet Union is a place, as the countries are, and "Soviet" its
// people's word (testdata/soviet-union.input, invented; main typed it an organization).
func TestSovietUnion(t *testing.T) {
	x := extract(t, "soviet-union")
	found := false
	for _, e := range x.Entities {
		if e.Name == "Soviet Union" {
			found = true
			if e.Type != "Place" {
				t.Errorf("Soviet Union typed %s, want Place", e.Type)
			}
		}
		if e.Name == "Soviet" {
			t.Errorf("\"Soviet\" read as an entity of its own (%s)", e.Type)
		}
	}
	if !found {
		t.Errorf("no Soviet Union in %+v", x.Entities)
	}
}
