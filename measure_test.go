package kg

import "testing"

// TestMeasureFamily: words of one quantity meet at their family, by their whole or their
// last words; a measure whose last word is no family's ("share price") has none.
func TestMeasureFamily(t *testing.T) {
	for m, want := range map[string]string{
		"back taxes": "payment", "payment": "payment", "back tax bill": "payment", "jury verdict": "payment",
		"fines": "payment", "settlement": "payment", "takeover offer": "acquisition price",
		"funding round": "funds raised", "illegal immigrants": "undocumented immigrants",
		"share price": "", "killed": "", "tax cuts": "",
	} {
		if got := MeasureFamily(m); got != want {
			t.Errorf("MeasureFamily(%q) = %q, want %q", m, got, want)
		}
	}
}
