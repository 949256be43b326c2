package extraction

import "testing"

// TestFirmStakes: a share of a firm named by its kind ("25 percent of the firm", "49
// percent of Dutch parts maker X", "a third of logistics provider X") after a verb of
// owning or trading is a stake, as a share of a firm's name is; a share of the company
// with no such verb ("40 percent of the company is female") and a share of a market
// stay what they were.
func TestFirmStakes(t *testing.T) {
	x := extract(t, "firm-stakes")
	for _, v := range []float64{25, 10, 49, 33.3} {
		if f := findFigure(x, "stake", v); f == nil {
			t.Errorf("want a stake of %v percent; figures: %+v", v, x.Figures)
		}
	}
	for _, v := range []float64{40, 70} {
		if findFigure(x, "stake", v) != nil {
			t.Errorf("%v percent is no stake; figures: %+v", v, x.Figures)
		}
	}
}
