package extraction

import (
	"strings"
	"testing"
)

// TestSlashedNumbers: a number glued by a slash to a number before it is a label's,
// a date's or a season's second half, never a count ("24/7 help desk", "the 9/11
// memorial race", "the 2024/25 season"); a mixed number is one value ("6 1/4 lengths",
// "1-1/2 lengths", "7-1/2 years"), and a lone fraction still reads ("1/4 of the crowd").
func TestSlashedNumbers(t *testing.T) {
	x := extract(t, "slashed-numbers")
	got := map[float64]string{}
	for _, f := range x.Figures {
		got[f.Value] = f.Measure
	}
	for v, m := range map[float64]string{6.25: "lengths", 1.5: "lengths", 7.5: "sentence", 300: "calls", 12000: "spectators"} {
		if got[v] != m {
			t.Errorf("value %v: measure %q, want %q; figures %+v", v, got[v], m, x.Figures)
		}
	}
	if !strings.Contains(got[25], "crowd") {
		t.Errorf("1/4 of the crowd: measure %q, want 25 percent of the crowd", got[25])
	}
	for _, v := range []float64{7, 11, 4, 2} {
		if m, ok := got[v]; ok {
			t.Errorf("unwanted figure %v %q: a slashed label or a fraction's part", v, m)
		}
	}
}
