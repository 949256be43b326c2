package extraction

import "testing"

// TestKnownAndBodies: a body the gazetteer knows keeps its name past "and"
// ("National Oceanic and Atmospheric Administration", "U.S. Customs and Border
// Protection"), and so is the source of its figures (testdata/known-and-bodies.input,
// invented; main split both names in two, "National Oceanic" a person).
func TestKnownAndBodies(t *testing.T) {
	x := extract(t, "known-and-bodies")
	want := map[float64]string{70: "National Oceanic and Atmospheric Administration", 40: "Customs and Border Protection"}
	seen := map[float64]bool{}
	for _, f := range x.Figures {
		if w, ok := want[f.Value]; ok {
			seen[f.Value] = true
			if f.Source != w {
				t.Errorf("figure %v: source %q, want %q", f.Value, f.Source, w)
			}
		}
	}
	for v := range want {
		if !seen[v] {
			t.Errorf("no figure %v; figures: %+v", v, x.Figures)
		}
	}
}
