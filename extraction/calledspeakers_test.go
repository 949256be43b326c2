package extraction

import "testing"

// TestCalledSpeakers: a quote mid-sentence whose speaker comes after it with a
// description between commas ("…" to move the bears, Karen Oduya, director of the zoo,
// told) is the named person's; a label in "what critics called "…"" is the unnamed
// critics', not a name's elsewhere in the sentence; a pronoun subject is left to the
// pronoun rules, and a term the rules drop stays dropped.
func TestCalledSpeakers(t *testing.T) {
	got := quoteSpeakers(t, "called-speakers")
	wantSpeakers(t, got, map[string]string{
		"We had no safe choice but":              "Karen Oduya",
		"a blank check for a private attraction": "",
		"The fences will be rebuilt by spring":   "Tom Brissett",
		"It was a long winter":                   "Ruth Alvey",
	})
	if sp, ok := got["a second line of defense"]; ok && sp == "" {
		t.Errorf("a pronoun's label lost its speaker: %v", got)
	}
	if sp := got["We will reopen in May"]; sp == "Karen Oduya" {
		t.Errorf("a name inside a body's aside took its quote: %v", got)
	}
	if _, ok := got["traffic calming"]; ok {
		t.Errorf("a term in quotation marks became a quote: %v", got)
	}
}
