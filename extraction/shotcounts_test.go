package extraction

import "testing"

// TestShotCounts: people "shot" (a passive, or a headline's participle right after
// them) are counted as shot, unless the words say the shooting killed or wounded them
// ("shot dead", "shot and wounded"); those who shoot ("Two snipers shot at") are no
// count of it.
func TestShotCounts(t *testing.T) {
	x := extract(t, "shot-counts")
	for _, want := range []struct {
		measure string
		value   float64
	}{{"shot", 3}, {"killed", 2}, {"injured", 4}} {
		if findFigure(x, want.measure, want.value) == nil {
			t.Errorf("want %v %s; figures: %+v", want.value, want.measure, x.Figures)
		}
	}
	for _, f := range x.Figures {
		if f.Measure == "shot" && f.Value != 3 || f.Measure == "harbor guards" {
			t.Errorf("a count misread: %+v", f)
		}
	}
}
