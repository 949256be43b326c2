package extraction

import "testing"

// TestCountsRoseTo: a bare count that a plural noun rose or climbed to is a count of
// that noun ("suspected infections rose to 212 from 180": suspected infections, and 180 before
// it), as "the number of infections rose to 212" is; a price's plural ("its shares rose
// to 41") and a singular level ("the temperature climbed to 38") count nothing.
func TestCountsRoseTo(t *testing.T) {
	x := extract(t, "counts-rose-to")
	if findFigure(x, "suspected infections", 212) == nil || findFigure(x, "suspected infections", 180) == nil || findFigure(x, "hospital admissions", 95) == nil {
		t.Errorf("want 212 and 180 infections and 95 hospital admissions; figures: %+v", x.Figures)
	}
	for _, f := range x.Figures {
		if f.Value == 41 || f.Value == 38 {
			t.Errorf("no count: %+v", f)
		}
	}
}
