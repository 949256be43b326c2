package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestWordShares: a fraction in words before "of" and a whole is a percentage of that
// whole, its hedge kept ("nearly a quarter of its customers": nearly 25 percent of
// customers; "two-thirds of the valley's households": 66.7 percent of households); a
// fraction of a unit, of a stretch of time or of a pronoun, and the upper end of a range
// of shares, are none.
func TestWordShares(t *testing.T) {
	x := extract(t, "word-shares")
	for _, want := range []struct {
		measure string
		value   float64
		qual    kg.Qualifier
	}{{"customers", 25, kg.Nearly}, {"households", 66.7, kg.Exact}, {"wells", 20, kg.Exact}, {"county council", 75, kg.MoreThan}} {
		f := findFigure(x, want.measure, want.value)
		if f == nil || f.Unit != "percent" || f.Qualifier != want.qual {
			t.Errorf("want %s %v percent of %s; got %+v; figures: %+v", want.qual, want.value, want.measure, f, x.Figures)
		}
	}
	for _, f := range x.Figures {
		switch f.Value {
		case 10, 33.3, 3, 2:
			t.Errorf("not a share: %+v", f)
		case 66.7:
			if f.Measure != "households" {
				t.Errorf("not a share: %+v", f)
			}
		}
	}
}
