package extraction

import "testing"

// TestDrivenFromHomes: a count after "driven", "forced", "pushed" … and sent "from" or
// "out of" homes is of people displaced; the same verbs without homes count nothing
// displaced.
func TestDrivenFromHomes(t *testing.T) {
	tests := []struct {
		sentence  string
		v         float64
		displaced bool
	}{
		{"The war in Varnia has killed 9,000 people and driven 2 million from their homes.", 2000000, true},
		{"Floods forced more than 14,000 residents from their homes on Sunday, officials said.", 14000, true},
		{"The shelling pushed another 600 families out of their homes in Kessel on Monday.", 600, true},
		{"The new rule forced 12 companies to close on Monday, regulators said.", 12, false},
		{"Rescuers pushed 40 cars from the flooded road on Monday, police said.", 40, false},
	}
	for _, tc := range tests {
		x := mustExtract(t, leadArticle("Kessel report", tc.sentence))
		f := figureValued(x, tc.v)
		if got := f != nil && f.Measure == "displaced"; got != tc.displaced {
			t.Errorf("%q: %v displaced = %v, want %v; figures: %+v", tc.sentence, tc.v, got, tc.displaced, x.Figures)
		}
	}
}
