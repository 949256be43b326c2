package extraction

import "testing"

// TestHalfShares: a bare "half" of a whole is a share of 50 percent, measured by the
// whole ("half the territory", "half their income") or by where it goes ("half goes to
// prizes"); a hedged half ("almost half", "More than half of that"), a time ("half an
// hour", "the first half of the year") and "half-brother" are none.
func TestHalfShares(t *testing.T) {
	x := extract(t, "half-shares")
	for _, m := range []string{"territory", "income", "goes to prizes"} {
		if f := findFigure(x, m, 50); f == nil || f.Unit != "percent" {
			t.Errorf("want 50 percent %s; figures: %+v", m, x.Figures)
		}
	}
	n := 0
	for _, f := range x.Figures {
		if f.Value == 50 {
			n++
		}
	}
	if n != 3 {
		t.Errorf("%d figures of 50, want 3: %+v", n, x.Figures)
	}
}
