package extraction

import "testing"

// TestPluralModifiers: a noun spelt as a plural that modifies the plural after it
// ("civil liberties groups", "sports boats", "firearms violations") leaves the head to
// that noun (testdata/plural-modifiers.input, invented; main measured "civil liberties",
// "sports" and "firearms").
func TestPluralModifiers(t *testing.T) {
	x := extract(t, "plural-modifiers")
	want := map[float64]string{30: "civil liberties groups", 12: "sports boats", 4: "firearms violations"}
	got := map[float64]string{}
	for _, f := range x.Figures {
		got[f.Value] = f.Measure
	}
	for v, m := range want {
		if got[v] != m {
			t.Errorf("measure of %v = %q, want %q (figures %+v)", v, got[v], m, x.Figures)
		}
	}
}
