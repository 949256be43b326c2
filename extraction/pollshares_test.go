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

// TestAnswersUnsourced: an answered share's verb of saying is its own, so a name in the
// answer or before the share is no teller ("… if Harlan Voss became mayor", "other than
// Voss, 65 percent say"); a poll the sentence names keeps its pollster.
func TestAnswersUnsourced(t *testing.T) {
	x := mustExtract(t, leadArticle("Karvo voters wary of Voss",
		"KARVO — Voters in Karvo are wary. Thirty-five percent said they would feel scared if Harlan Voss became mayor. Should the party pick someone other than Voss, 65 percent say the nominee should have run before. In a Norland Herald poll of 900 adults, 47 percent said the parks were dirty."))
	for _, v := range []float64{35, 65} {
		if f := figureOf(t, x, v); f.Source != "" {
			t.Errorf("%v: source %q, want none", v, f.Source)
		}
	}
	if f := figureOf(t, x, 47); f.Source != "Norland Herald" {
		t.Errorf("47: source %q, want the pollster Norland Herald", f.Source)
	}
}
