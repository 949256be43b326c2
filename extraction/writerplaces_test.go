package extraction

import "testing"

// TestWriterPlaces: a trailing "NAME wrote" attributes as a trailing "NAME said" when a
// phrase of where it was written closes the sentence ("…, Vale wrote on Twitter.", "…,
// Vale wrote in a letter to the council."), not when a clause goes on after it.
func TestWriterPlaces(t *testing.T) {
	wantSources(t, "writer-places", []valueSource{{21, "Tom Vale"}, {23, "Tom Vale"}})
}
