package extraction

import "testing"

// TestEllipticCounts: a bare number after a link word takes the measure of the count
// before it in its sentence when a place follows it ("four people in Ohio and two in
// Indiana", "including 300 in Ohio") or when it is the object of a named subject's verb
// ("the Greens won 14 seats while Labour won 9"); ages after names ("Lena Hart, 41")
// and a list of codes stay no figures.
func TestEllipticCounts(t *testing.T) {
	x := extract(t, "elliptic-counts")
	for _, want := range []struct {
		measure string
		value   float64
	}{{"killed", 2}, {"damaged homes", 300}, {"damaged homes", 120}, {"seats", 9}} {
		if findFigure(x, want.measure, want.value) == nil {
			t.Errorf("want %v %s; figures: %+v", want.value, want.measure, x.Figures)
		}
	}
	for _, f := range x.Figures {
		switch f.Value {
		case 41, 39, 11, 12:
			t.Errorf("not a figure: %+v", f)
		}
	}
}
