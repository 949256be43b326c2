package extraction

import "testing"

// TestSurnameSpeakers: "Holland said" after "Tim Holland, who runs the hardware store" is
// Holland's quote though "Holland" alone is read as a place; a place named in the quote
// ("The roads to Holland") does not take its speaker from Kemp; "Denver police said",
// two words, is not the singer Ray Denver.
func TestSurnameSpeakers(t *testing.T) {
	got := quoteSpeakers(t, "surname-speakers")
	want := map[string]string{
		"We lost everything on the ground floor, but the walls are still standing": "Tim Holland",
		"The roads to Holland are still closed":                                    "Rosa Kemp",
	}
	wantSpeakers(t, got, want)
	if sp := got["Nobody has called us from the state"]; sp == "Ray Denver" {
		t.Errorf(`speaker of "Nobody has called us from the state" = %q: "Denver police" is no surname`, sp)
	}
}
