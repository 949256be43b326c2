package extraction

import "testing"

// TestBodyAppositions: a body's name after "the" opens the apposition before a verb of
// saying ("The state's farm agency, the Harlow Farm Board, reported 34 closures"), and
// a trailing writer may be "the" and a body's name ("…, the Harbor Institute wrote in
// its report.").
func TestBodyAppositions(t *testing.T) {
	wantSources(t, "body-appositions", []valueSource{{34, "Harlow Farm Board"}, {32, "Harbor Institute"}})
}
