package extraction

import "testing"

// TestVerbCounts: a bare count that is the subject of its verb is counted by that verb
// phrase ("Five others pleaded guilty", "one escaped to Spain", "some 200-300 already
// have returned to work", "the eight that remain"); a number after a name ("The
// Norland 300 gained") or one that a verb of need or comparison follows ("the 60
// needed for full service") is no such count.
func TestVerbCounts(t *testing.T) {
	x := extract(t, "verb-counts")
	for _, want := range []struct {
		measure string
		value   float64
	}{{"pleaded guilty", 5}, {"escaped to spain", 1}, {"returned to work", 300}, {"returned to work", 200}, {"remain", 8}} {
		if findFigure(x, want.measure, want.value) == nil {
			t.Errorf("want %v %s; figures: %+v", want.value, want.measure, x.Figures)
		}
	}
	for _, f := range x.Figures {
		if f.Value == 60 || f.Measure == "needed" || f.Measure == "gained" {
			t.Errorf("not a count of what its verb says: %+v", f)
		}
	}
}
