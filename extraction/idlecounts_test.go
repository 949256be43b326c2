package extraction

import "testing"

// TestIdleCounts: a number of one to three after "the", "these", a possessive pronoun or
// a possessive ("the two companies", "her two sons", "Norland's two largest ferry
// operators") counts what the story has named, and is no figure; a bare count ("three
// routes"), a count a participle picks out ("the three kiosks serving the harbour") and
// a toll of people ("the two sailors were taken to hospital") stay figures.
func TestIdleCounts(t *testing.T) {
	x := extract(t, "idle-counts")
	for _, f := range x.Figures {
		switch f.Measure {
		case "companies", "firms", "sons", "largest ferry operators":
			t.Errorf("not a figure: %+v", f)
		}
	}
	for _, want := range []struct {
		measure string
		value   float64
	}{{"routes", 3}, {"kiosks", 3}} {
		if findFigure(x, want.measure, want.value) == nil {
			t.Errorf("want %v %s; figures: %+v", want.value, want.measure, x.Figures)
		}
	}
	var toll bool
	for _, f := range x.Figures {
		if f.Value == 2 && (f.Measure == "injured" || f.Measure == "hospitalized") {
			toll = true
		}
	}
	if !toll {
		t.Errorf("want the two sailors taken to hospital or rescued; figures: %+v", x.Figures)
	}
}
