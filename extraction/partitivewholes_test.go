package extraction

import "testing"

// TestPartitiveWholes: a part "of" a whole counts the whole's noun, past its owner, its
// superlative and its own count ("two of the world's largest carmakers", "three of the
// region's five clinics", the five clinics a figure too); "N more" before a noun is an
// increment of that noun, not "N more ... than" (a difference); "another N" with no noun
// counts what the count before it counts, or what the verb before it says; "Up to" opens
// a sentence's hedge; 911 and "type 2" are labels, not counts.
func TestPartitiveWholes(t *testing.T) {
	x := extract(t, "partitive-wholes")
	for _, want := range []struct {
		measure string
		value   float64
		scope   string
	}{
		{"carmakers", 2, ""}, {"clinics", 3, ""}, {"clinics", 5, ""}, {"travel agencies", 3, ""},
		{"fraud counts", 3, "increment"}, {"production", 200000, "increment"}, {"injured", 6, ""}, {"arrested", 12, "increment"},
	} {
		f := findFigure(x, want.measure, want.value)
		if f == nil {
			t.Errorf("want %v %s; figures: %+v", want.value, want.measure, x.Figures)
			continue
		}
		if want.scope != "" && string(f.Scope.Kind) != want.scope {
			t.Errorf("%v %s: scope %+v, want %s", want.value, want.measure, f.Scope, want.scope)
		}
	}
	// "another" after a verb other than the earlier count's means "besides those": six
	// wounded, not six more of an earlier wounded count.
	if f := findFigure(x, "injured", 6); f != nil && f.Scope.Kind == "increment" {
		t.Errorf("'killed four people and wounded another six' = %+v, want the whole of the wounded", f.Scope)
	}
	if f := findFigure(x, "missing", 30); f == nil || f.Qualifier != "up to" {
		t.Errorf("'Up to 30 miners may be trapped' = %+v, want missing, up to", f)
	}
	for _, f := range x.Figures {
		switch f.Value {
		case 911, 200:
			t.Errorf("%v is no count here: %+v", f.Value, f)
		}
		if f.Measure == "diabetes" || f.Measure == "pledged" {
			t.Errorf("no count here: %+v", f)
		}
	}
}
