package extraction

import "testing"

// TestAsideSpeakers: a speaker described before its verb with an aside between commas
// ("The official, who spoke to Quill News on condition of anonymity, said") is the
// description, not a name inside the aside.
func TestAsideSpeakers(t *testing.T) {
	notWant := map[string]string{
		"not rush into a bad deal":                    "Quill News",
		"We have had three offers so far":             "Tomas Brenn",
		"Nobody at the board wants to lose the ferry": "Quill News",
		"The buyers want the dock too":                "Quill News",
	}
	got := quoteSpeakers(t, "aside-speakers")
	for text, bad := range notWant {
		sp, ok := got[text]
		if !ok {
			t.Errorf("no quote %q in %v", text, got)
			continue
		}
		if sp == bad || sp == "" {
			t.Errorf("speaker of %q = %q", text, sp)
		}
	}
	if sp := got["I only came for the boats"]; sp != "Lena" {
		t.Errorf("speaker of the woman who gave her first name = %q, want Lena", sp)
	}
}
