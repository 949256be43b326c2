package extraction

import "testing"

// TestCountedHeads: the measure of a count is its phrase up to the head noun, not a
// modifier it stops at: a collective noun before the head ("nine major media outlets",
// "two police boats"), and two modifiers joined by "and" ("Ten current and former
// regulators", "14 civilian and military patrol vessels") name the head.
func TestCountedHeads(t *testing.T) {
	x := extract(t, "counted-heads")
	for _, want := range []struct {
		measure string
		value   float64
	}{{"major media outlets", 9}, {"regulators", 10}, {"police boats", 2}, {"patrol vessels", 14}} {
		if findFigure(x, want.measure, want.value) == nil {
			t.Errorf("want %v %s; figures: %+v", want.value, want.measure, x.Figures)
		}
	}
	for _, f := range x.Figures {
		switch f.Measure {
		case "major media", "current", "police", "civilian":
			t.Errorf("a count cut at a modifier: %+v", f)
		}
	}
}
