package extraction

import "testing"

// TestFigurePlaces: a figure's place is the town "in" names right after its words, past a
// bracketed conversion ("58 degrees (14 C) in Toledo"), before the nearest place of the
// sentence ("… in Ohio and 25,000 homes in Indiana"); a nearer place passed on the way
// keeps its precision ("near the island of Kelleys Island in Ohio")
// (testdata/figure-places.input).
func TestFigurePlaces(t *testing.T) {
	x := extract(t, "figure-places")
	want := map[float64]string{40000: "Ohio", 25000: "Indiana", 61: "Dayton", 58: "Toledo", 3: "Lorain County", 1: "Allen County"}
	seen := map[float64]bool{}
	for _, f := range x.Figures {
		p, ok := want[f.Value]
		if !ok {
			continue
		}
		seen[f.Value] = true
		if f.Place != p {
			t.Errorf("figure %v %s (%q): place %q, want %q", f.Value, f.Measure, f.Text, f.Place, p)
		}
	}
	for v := range want {
		if !seen[v] {
			t.Errorf("no figure %v; figures: %+v", v, x.Figures)
		}
	}
	for _, f := range x.Figures {
		if f.Measure == "boats" && f.Place != "Kelleys Island" {
			t.Errorf("the boats' place is the island, not the state after it: %+v", f)
		}
	}
}
