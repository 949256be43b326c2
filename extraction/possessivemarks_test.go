package extraction

import "testing"

// TestPossessiveMarks: a bare possessive mark after a word ending in "s" joins a longer
// name ("Farmers' Alliance") but not after a known place ("Brussels' Grand Market"), nor
// before a person's given name or a surname the article gave ("Valley News' Paul
// Denholm", "the Rangers’ Andre Kessel", "Harbor Advisors' Marchant"): there the owner
// and the name after the mark are two (testdata/possessive-marks.input).
func TestPossessiveMarks(t *testing.T) {
	x := extract(t, "possessive-marks")
	for _, name := range []string{"Brussels", "Farmers' Alliance", "Paul Denholm", "Andre Kessel", "Toby Marchant"} {
		if entityNamed(x, name) == nil {
			t.Errorf("no entity %q", name)
		}
	}
	for _, bad := range []string{"Brussels' Grand Market", "Valley News' Paul Denholm", "Rangers’ Andre Kessel", "Harbor Advisors' Marchant"} {
		if entityNamed(x, bad) != nil {
			t.Errorf("%q read as one name", bad)
		}
	}
}
