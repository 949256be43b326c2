package extraction

import "testing"

// TestPassiveCounts: a count of people followed by a passive verb that no tracked
// predicate names is measured by that participle ("About 40 people had been surrounded":
// surrounded, "300 people were stranded": stranded), a verb-measures participle by its
// measure ("pulled from the river": rescued, "lined up": crowd), and a participle whose object is what was
// refused keeps it ("denied bail"); a negation and a standing ("were involved") make no
// figure. "2,000 people are expected to attend a vigil" is no passive count but a crowd
// (countverbs.go).
func TestPassiveCounts(t *testing.T) {
	x := extract(t, "passive-counts")
	want := []struct {
		measure string
		v       float64
	}{{"surrounded", 40}, {"stranded", 300}, {"charged", 12}, {"rescued", 2}, {"crowd", 60}, {"denied bail", 3}, {"crowd", 2000}}
	for _, w := range want {
		if f := findFigure(x, w.measure, w.v); f == nil {
			t.Errorf("want %v %s; figures: %+v", w.v, w.measure, x.Figures)
		} else if w.v == 40 && f.Source != "a witness" {
			t.Errorf("want the witness as source of %+v", f)
		}
	}
	for _, f := range x.Figures {
		if f.Value == 5 || f.Value == 2 && f.Measure != "rescued" {
			t.Errorf("no count: %+v", f)
		}
	}
}

// TestTransferAmounts: money as the object of a verb that moves it from one holder to
// another ("divert", "redirect", "transfer", "funnel") is the amount diverted or
// transferred, with the hedge and the speaker; the one who moves it is no source.
func TestTransferAmounts(t *testing.T) {
	x := extract(t, "transfer-amounts")
	if f := findFigure(x, "amount diverted", 300e6); f == nil || f.Source != "Lena Marsh" {
		t.Errorf("want $300 million diverted, said by Lena Marsh; figures: %+v", x.Figures)
	}
	if f := findFigure(x, "amount transferred", 2e9); f == nil || f.Qualifier != "nearly" {
		t.Errorf("want nearly $2 billion transferred; figures: %+v", x.Figures)
	}
	if findFigure(x, "amount diverted", 45e6) == nil {
		t.Errorf("want $45 million diverted; figures: %+v", x.Figures)
	}
	// the board that moves the money does not report it
	if f := findFigure(x, "amount transferred", 7e6); f == nil || f.Source != "" {
		t.Errorf("want $7 million transferred with no source; figures: %+v", x.Figures)
	}
}
