package extraction

import "testing"

// TestParallelCounts: a second count that leaves out the noun, or the noun and the verb,
// the first one gave takes that count's measure: a gapped clause ("Norway took in 1,200
// refugees … and Sweden 900", its place the subject), a bare number before a phrase of
// its own ("and 200 on the south route", "and 60 in 2015", its own year), and the value
// a change reached ("from four rate hikes to maybe two", not a tally since then). Years,
// clock times, names with numbers ("Windows 10") and a nationality's list ("15 from
// Poland") stay as they were.
func TestParallelCounts(t *testing.T) {
	x := extract(t, "parallel-counts")
	for _, want := range []struct {
		measure string
		value   float64
	}{{"refugees", 900}, {"riders", 200}, {"welders", 60}, {"rate hikes", 2}, {"sailors", 400}} {
		if findFigure(x, want.measure, want.value) == nil {
			t.Errorf("want %v %s; figures: %+v", want.value, want.measure, x.Figures)
		}
	}
	if f := findFigure(x, "refugees", 900); f != nil && f.Place != "Sweden" {
		t.Errorf("900 refugees: place %q, want Sweden", f.Place)
	}
	if f := findFigure(x, "welders", 60); f != nil && f.Date != "2015" {
		t.Errorf("60 welders: date %q, want 2015", f.Date)
	}
	if f := findFigure(x, "sailors", 400); f != nil && f.Scope.Kind != "" {
		t.Errorf("about 400 sailors: scope %q, want the whole", f.Scope)
	}
	for _, f := range x.Figures {
		switch f.Value {
		case 10, 1972, 300, 15:
			t.Errorf("not a figure: %+v", f)
		}
	}
}
