package extraction

import "testing"

// TestParticipleOfSayingBeforeACount: "confirmed" and "reported" are verbs of saying, but
// before a plural noun right after a count they are its adjective ("250 confirmed cases",
// "seven reported tornadoes"), and the count is a figure of that phrase.
func TestParticipleOfSayingBeforeACount(t *testing.T) {
	x := mustExtract(t, leadArticle("Fever spreads in Norland",
		"KARVO — There have been 140 confirmed cases of the fever in Karvo since March, health officials said. There were six reported tornadoes in the north on Friday."))
	for _, tt := range []struct {
		value   float64
		measure string
	}{{140, "confirmed cases"}, {6, "reported tornadoes"}} {
		if f := figureOf(t, x, tt.value); f.Measure != tt.measure {
			t.Errorf("%v: measure %q, want %q", tt.value, f.Measure, tt.measure)
		}
	}
}
