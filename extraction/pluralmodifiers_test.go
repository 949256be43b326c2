package extraction

import "testing"

// TestPluralModifiers: a noun spelt as a plural that modifies the plural after it
// ("civil liberties groups", "sports boats", "firearms violations") leaves the head to
// that noun (testdata/plural-modifiers.input, invented; main measured "civil liberties",
// "sports" and "firearms").
func TestPluralModifiers(t *testing.T) {
	wantMeasures(t, extract(t, "plural-modifiers"), map[float64]string{30: "civil liberties groups", 12: "sports boats", 4: "firearms violations"})
}
