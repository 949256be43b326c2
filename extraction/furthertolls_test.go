package extraction

import "testing"

// TestFurtherTolls: "a further" and "an additional" between a casualty verb and its
// number are read as "another" is: the count is of the verb's measure, an increment
// (testdata/further-tolls.input, invented; main read neither the 9 killed nor the 40
// wounded).
func TestFurtherTolls(t *testing.T) {
	x := extract(t, "further-tolls")
	for _, want := range []struct {
		measure string
		value   float64
	}{{"killed", 9}, {"injured", 40}} {
		f := findFigure(x, want.measure, want.value)
		if f == nil {
			t.Errorf("want %v %s; figures: %+v", want.value, want.measure, x.Figures)
			continue
		}
		if f.Scope.Kind != "increment" {
			t.Errorf("%v %s: scope %+v, want increment", want.value, want.measure, f.Scope)
		}
	}
}

// TestDeclaredDead: "were declared dead" states the counted people's end as "were
// pronounced dead" does; "declared" is no verb of saying there (testdata/declared-dead.input,
// invented; main read no figure).
func TestDeclaredDead(t *testing.T) {
	x := extract(t, "declared-dead")
	if f := findFigure(x, "killed", 5); f == nil {
		t.Errorf("want 5 killed; figures: %+v", x.Figures)
	}
}
