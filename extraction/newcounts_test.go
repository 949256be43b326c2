package extraction

import "testing"

// TestNewCounts: "new" between a number and its noun ("40 new deckhands", "two new board
// members", "12 new cases") does not end the counted phrase: the count is of the noun,
// an increment (scopes.go), and "new" is no part of the measure.
func TestNewCounts(t *testing.T) {
	x := extract(t, "new-counts")
	for _, want := range []struct {
		measure string
		value   float64
	}{{"deckhands", 40}, {"board members", 2}, {"cases", 12}, {"cross-channel passenger routes", 3}} {
		f := findFigure(x, want.measure, want.value)
		if f == nil {
			t.Errorf("want %v %s; figures: %+v", want.value, want.measure, x.Figures)
			continue
		}
		if f.Scope.Kind != "increment" {
			t.Errorf("%v %s: scope %+v, want increment", want.value, want.measure, f.Scope)
		}
	}
}
