package extraction

import "testing"

// TestRatiosAreNoCounts: the terms of a ratio ("nine of every 10 rural voters", "one in
// five customers", "six in 10 farmers", "1 out of every 20 ballots") count no one; a
// whole beside a part ("seven of 11 districts") and a plain count stay figures.
func TestRatiosAreNoCounts(t *testing.T) {
	x := extract(t, "ratios")
	for _, f := range x.Figures {
		switch f.Value {
		case 9, 10, 1, 5, 6, 20:
			t.Errorf("a ratio's term read as a figure: %+v", f)
		}
	}
	if f := findFigure(x, "voters", 46000); f == nil {
		t.Errorf("turnout of 46,000 voters lost: %+v", x.Figures)
	}
}
