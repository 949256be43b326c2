package extraction

import "testing"

// TestSizeCounts: a count that says how large a place, a gathering or a body is, with
// nothing said of what happened to those counted: a place's own people ("Varnia's 12
// million people", "the town's 3,000 residents", "Lusk and its 40,000 inhabitants") and
// "a NOUN of NUM" ("a farming community of about 700 residents", "a city of 90,000 north
// of Lusk", "a crowd of about 400", "a staff of 250"). A firm's people and an army's men
// are no population.
func TestSizeCounts(t *testing.T) {
	x := extract(t, "size-counts")
	want := []struct {
		measure string
		v       float64
		qual    string
	}{{"population", 3000, ""}, {"population", 12e6, ""}, {"population", 40000, ""}, {"population", 90000, ""},
		{"population", 700, "about"}, {"crowd", 400, "about"}, {"crowd", 52000, ""}, {"staff", 250, ""}, {"workforce", 8000, ""}}
	for _, w := range want {
		f := findFigure(x, w.measure, w.v)
		if f == nil {
			t.Errorf("want %v %s; figures: %+v", w.v, w.measure, x.Figures)
			continue
		}
		if string(f.Qualifier) != w.qual && !(w.qual == "" && f.Qualifier == "exact") {
			t.Errorf("want qualifier %q: %+v", w.qual, f)
		}
		if w.v == 12e6 && f.Subject != "Varnia" {
			t.Errorf("want Varnia as the subject of %+v", f)
		}
		if w.v == 3000 && f.Source != "officials" {
			t.Errorf("want the officials as source of %+v", f)
		}
	}
	for _, f := range x.Figures {
		if f.Value == 2000 || f.Value == 500 || f.Measure == "north" {
			t.Errorf("no size count: %+v", f)
		}
	}
}
