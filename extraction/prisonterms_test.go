package extraction

import "testing"

// TestPrisonTermUnits: a prison term is read in months, weeks and days as in years —
// after "sentenced", in prison or jail, after "a prison term of", or to serve in a
// sentence about a plea, a mixed number whole ("7-1/2 years": 7.5) — and not a span of
// time ago, a hospital stay, a part of a mixed number or an office held for two days.
func TestPrisonTermUnits(t *testing.T) {
	x := extract(t, "prison-term-units")
	for _, want := range []struct {
		value           float64
		unit, qualifier string
	}{{5, "years", "up to"}, {18, "months", ""}, {90, "days", "at least"}, {6, "weeks", ""}, {7.5, "years", ""}} {
		f := findFigure(x, "sentence", want.value)
		if f == nil || f.Unit != want.unit || string(f.Qualifier) != want.qualifier {
			t.Errorf("want sentence %v %s (%q); got %+v; figures: %+v", want.value, want.unit, want.qualifier, f, x.Figures)
		}
	}
	for _, f := range x.Figures {
		switch f.Value {
		case 3, 12, 2, 7, 1:
			t.Errorf("not a prison term: %+v", f)
		}
	}
}

// TestNamedModifierHeads: a count whose noun has two capitalised modifiers joined by
// "and" ("3,000 Dutch and Belgian children") counts the head noun, not the first
// modifier; plural names ("200 Kurds and Arabs") stay two groups; and the second object
// of a verb of harm ("killed 1,200 Dutch and 300 Belgian sailors and wounded …") shares
// that verb, while an elliptic count after a place ("and one in Antwerp") is left to
// ellipticcounts.go.
func TestNamedModifierHeads(t *testing.T) {
	x := extract(t, "named-modifier-heads")
	for _, want := range []struct {
		measure string
		value   float64
	}{{"children", 3000}, {"pupils", 4}, {"jets", 40}, {"killed", 1200}, {"killed", 300}, {"killed", 1}} {
		if findFigure(x, want.measure, want.value) == nil {
			t.Errorf("want %v %s; figures: %+v", want.value, want.measure, x.Figures)
		}
	}
	for _, f := range x.Figures {
		if f.Measure == "dutch" || f.Measure == "danish" || f.Measure == "airbus" || f.Value == 300 && f.Measure != "killed" {
			t.Errorf("wrong measure: %+v", f)
		}
		if f.Value == 1 && f.Place != "Antwerp" {
			t.Errorf("elliptic count's place: %+v", f)
		}
	}
}
