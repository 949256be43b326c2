package extraction

import "testing"

// TestForecasters: the subject of a forecast verb ("expects", "forecast", "predicts")
// right before it, a name or "the company", is the source of the figures after the
// verb in its clause; not of a figure before the verb ("Shares … rose 6 percent after
// the company forecast …"), past a comma that closes the forecast, or of a figure where
// "forecast" is a noun ("A cargo forecast from the port").
func TestForecasters(t *testing.T) {
	x := extract(t, "forecasters")
	wantFigureSources(t, x, []figureSource{{1.2e6, "Harbor Freight Lines"}, {4.5e9, "Harbor Freight Lines"}, {12, "Harbor Freight Lines"}, {10e6, "Greta Lindqvist"}})
	for _, f := range x.Figures {
		if (f.Value == 6 || f.Value == 4.8e9 || f.Value == 9e6) && f.Source == "Harbor Freight Lines" {
			t.Errorf("not the forecaster's: %+v", f)
		}
	}
}
