package extraction

import "testing"

// TestComparedAmounts: an amount set against the one before it ("compared to Delcor
// Airways' 5.1 percent", "Orrin Air (17.4 percent)", "compared with $3.1 billion in
// 2029") takes that amount's measure; a measure misread from a time is not copied.
func TestComparedAmounts(t *testing.T) {
	x := extract(t, "compared-amounts")
	wantMeasures(t, x, map[float64]string{5.1: "domestic passengers", 17.4: "share", 12.9: "share", 3.1e9: "revenue"})
	for _, f := range x.Figures {
		if f.Value == 12.4e9 && f.Measure == "quarter" {
			t.Errorf("a time's measure copied: %+v", f)
		}
	}
}
