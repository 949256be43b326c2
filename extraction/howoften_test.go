package extraction

import (
	"strings"
	"testing"
)

// TestHowOften: "N times" after a past verb counts how often it was done ("was shot
// four times", "spoke … at least three times", "as it did at least 40 times", "crossed
// the strait 12 times"; an irregular participle too, and after "then"); a multiple
// ("five times more likely", "three times the weight") counts nothing.
func TestHowOften(t *testing.T) {
	x := extract(t, "how-often")
	for _, want := range []struct {
		measure string
		value   float64
	}{{"times shot", 4}, {"times spoke", 3}, {"times did", 40}, {"times crossed", 12}, {"times struck", 2}} {
		if findFigure(x, want.measure, want.value) == nil {
			t.Errorf("want %v %s; figures: %+v", want.value, want.measure, x.Figures)
		}
	}
	for _, f := range x.Figures {
		if f.Value == 5 || strings.HasSuffix(f.Measure, "then") || f.Measure == "times lift" {
			t.Errorf("a multiple or a wrong verb read: %+v", f)
		}
	}
}

// TestBodyMembers: "a BODY of NUM NOUN" counts the body's members ("the jury of five
// women and seven men", "a bloc of 14 coastal states", "a field of 11"); "a group of
// two", a manner, counts nothing.
func TestBodyMembers(t *testing.T) {
	x := extract(t, "body-members")
	for _, want := range []struct {
		measure string
		value   float64
	}{{"women in the jury", 5}, {"men in the jury", 7}, {"field members", 11}} {
		if findFigure(x, want.measure, want.value) == nil {
			t.Errorf("want %v %s; figures: %+v", want.value, want.measure, x.Figures)
		}
	}
	for _, f := range x.Figures {
		if f.Value == 2 {
			t.Errorf("a manner read as a body: %+v", f)
		}
	}
}
