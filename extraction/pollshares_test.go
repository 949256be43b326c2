package extraction

import "testing"

// TestAnsweredShares: a percentage that says or thinks something is a poll's support
// for that answer, with or without a poll word in its sentence; a percentage whose
// attribution follows after a comma, and a spelled number whose last word alone was
// read ("Forty three percent"), are none.
func TestAnsweredShares(t *testing.T) {
	x := mustExtract(t, leadArticle("Norland residents sour on police",
		"KARVO — Residents of Karvo have soured on the city's police. Eighty-four percent said relations had worsened. About 61 percent of those surveyed said they felt less safe. The other 35 percent, says Lindqvist, are abroad. Forty two percent said the parks were dirty."))
	for _, v := range []float64{84, 61} {
		if f := figureOf(t, x, v); f.Measure != "poll support" {
			t.Errorf("%v: measure %q, want poll support", v, f.Measure)
		}
	}
	for _, f := range x.Figures {
		if f.Value == 35 || f.Value == 2 {
			t.Errorf("%v: read as %q, want none", f.Value, f.Measure)
		}
	}
}
