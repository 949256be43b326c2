package extraction

import "testing"

// TestCountedHeadsPastModifiers: a count's phrase runs to its plural head through
// lower-case modifiers after a name ("two famous Varnian national parks", "Two large
// Orlan mining companies") and past its limit of words when the last of them only
// modifies the head ("Five white border patrol officers").
func TestCountedHeadsPastModifiers(t *testing.T) {
	x := extract(t, "counted-heads-past-modifiers")
	for _, want := range []struct {
		measure string
		value   float64
	}{{"famous varnian national parks", 2}, {"white border patrol officers", 5}, {"large orlan mining companies", 2}} {
		if findFigure(x, want.measure, want.value) == nil {
			t.Errorf("want %v %s; figures: %+v", want.value, want.measure, x.Figures)
		}
	}
	for _, f := range x.Figures {
		switch f.Measure {
		case "famous", "large", "white border patrol":
			t.Errorf("a count cut at a modifier: %+v", f)
		}
	}
}
