package extraction

import "testing"

// TestQuotedNamesAreNoQuotes: a title after a possessive or a preposition ("KTV's "Meet
// the Town"", "into "Make It in Arden""), after a title's noun and a short phrase
// ("nickname for the pier, "…,""), in a list of quoted titles, and a term a passive of
// naming gives ("a method called "…"", "is called "…"") are no quotes; a speaker's
// words after an active "called" or a verb of saying stay.
func TestQuotedNamesAreNoQuotes(t *testing.T) {
	got := quoteSpeakers(t, "quoted-names")
	for _, name := range []string{"Make It in Arden", "Meet the Town.", "Old Lady of the Bay", "Blue Harbor",
		"long-lining", "crab fries", "Tides of Arden", "harbor deeds"} {
		if sp, ok := got[name]; ok {
			t.Errorf("name %q read as a quote of %q", name, sp)
		}
	}
	for _, said := range []string{"We waited a long time for this", "a gamble worth taking.", "simply wonderful.", "all safe.", "a fine day for boats."} {
		if got[said] != "Dana Holt" {
			t.Errorf("speaker of %q = %q, want Dana Holt; quotes %v", said, got[said], got)
		}
	}
}
