package extraction

import "testing"

// TestAddingSpeakers: a quotation after ", adding that …" is the speaker's whose verb
// of saying stands right before the comma ("X told Reuters, adding", "Chief X said,
// adding"), even when a colon left another subject at the sentence's head; an outlet's
// aside (", state television reported, saying") does not make the outlet the speaker.
func TestAddingSpeakers(t *testing.T) {
	wantSpeakers(t, quoteSpeakers(t, "adding-speakers"), map[string]string{
		"In a civil case we are talking about money":      "Tom Slate",
		"would be separate from the divorce proceedings.": "Tom Slate",
		"We believe he meant to harm two people.":         "Ana Reyes",
		"a dangerous escalation.":                         "Varnian Foreign Ministry",
	})
	got := quoteSpeakers(t, "adding-speakers")
	for text, sp := range got {
		if sp == "state television" {
			t.Errorf("quote %q given to the outlet's aside", text)
		}
	}
}
