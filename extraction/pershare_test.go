package extraction

import "testing"

// TestPerShareAmounts: an amount "per" a share keeps the share in its measure, whatever
// words stand between ("per American depositary share", "per ADS", "per diluted share",
// "per Class B share"), so that earnings per share are never filed as the whole income.
func TestPerShareAmounts(t *testing.T) {
	x := extract(t, "per-share")
	for _, want := range []struct {
		measure string
		value   float64
	}{
		{"net income", 9.1e9},
		{"net income per share", 25.40},
		{"operating profit", 2.1e9},
		{"net income per share", 3.35},
		{"operating profit per share", 1.18},
		{"earnings per share", 0.52},
	} {
		if findFigure(x, want.measure, want.value) == nil {
			t.Errorf("no %s %v; figures: %+v", want.measure, want.value, x.Figures)
		}
	}
	for _, f := range x.Figures {
		switch f.Value {
		case 25.40, 3.35, 1.18, 0.52:
			if f.Measure == "net income" || f.Measure == "operating profit" || f.Measure == "income" {
				t.Errorf("a per-share amount filed as the whole: %+v", f)
			}
		}
	}
}
