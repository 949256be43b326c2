package extraction

import "testing"

// TestDatedEvents: an event's name after "the" and its year or dates ("the 2008
// Olympics", "the July 9-12 Harbor Festival"), or one event word alone ("the Games"),
// with "in PLACE" after it, is held there (venues.go venueIn).
func TestDatedEvents(t *testing.T) {
	x := extract(t, "dated-events")
	wantRelations(t, x, [][3]string{
		{"Olympics", "locatedIn", "Beijing"},
		{"Games", "locatedIn", "Rio"},
	})
}
