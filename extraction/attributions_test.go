package extraction

import "testing"

// TestTwoAttributions: one value of one measure that two named sources give is two
// figures, one for each ("killed 12 people, the Velland Red Crescent said" and "The
// Harwick Regional Hospital said 12 people had died"); a collective or described
// source ("rescue officials") beside a named one is one attribution, kept once. A
// banknote's face value is no figure ("the new $20 bill", "the $5 and $10 notes");
// a bill's sum is ("a $1.2 billion bill").
func TestTwoAttributions(t *testing.T) {
	x := extract(t, "two-attributions")
	sources := map[string][]string{}
	for _, f := range x.Figures {
		k := f.Measure + " " + formatFloat(f.Value)
		sources[k] = append(sources[k], f.Source)
		if currency(f.Unit) && f.Value <= 20 {
			t.Errorf("unwanted face value %+v", f)
		}
	}
	if got := sources["killed 12"]; len(got) != 2 || !(got[0] == "Velland Red Crescent" && got[1] == "Harwick Regional Hospital") {
		t.Errorf("killed 12: sources %q, want the Red Crescent's and the hospital's; figures %+v", got, x.Figures)
	}
	if got := sources["injured 40"]; len(got) != 1 {
		t.Errorf("injured 40: sources %q, want one figure (officials and the governor are one attribution)", got)
	}
	found := false
	for _, f := range x.Figures {
		found = found || f.Value == 1.2e9
	}
	if !found {
		t.Errorf("missing the $1.2 billion bill; figures %+v", x.Figures)
	}
}
