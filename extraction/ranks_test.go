package extraction

import "testing"

// TestRanksAndSpans: "N out of M things" counts N things, the M a whole of its own; a
// ranked set ("one of the three largest carriers", "its top two employers"), a score out
// of a possible best, a span of time granted ("ten more days to answer") and a distance
// given again in other units ("40 miles (64 kms)") are no figures; "four top
// executives", "two leading bidders" and "eight best picture nominees" stay counts.
func TestRanksAndSpans(t *testing.T) {
	x := extract(t, "ranks-and-spans")
	for _, want := range []struct {
		measure string
		value   float64
	}{{"harbour board members", 4}, {"harbour board members", 23}, {"piers", 44}, {"piers", 55}, {"docks", 12}, {"docks", 30},
		{"top executives", 4}, {"leading bidders", 2}, {"best picture nominees", 8}} {
		if findFigure(x, want.measure, want.value) == nil {
			t.Errorf("want %v %s; figures: %+v", want.value, want.measure, x.Figures)
		}
	}
	for _, f := range x.Figures {
		switch f.Value {
		case 3, 2, 4.6, 5, 10, 15, 64:
			if f.Measure != "leading bidders" {
				t.Errorf("no figure: %+v", f)
			}
		}
		if f.Measure == "out" {
			t.Errorf("a count measured by its particle: %+v", f)
		}
	}
}
