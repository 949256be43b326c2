package extraction

import "testing"

// TestRivalShares: a share or count "for" a rival after the leader's ("41 percent
// support, compared with 29 percent for Tomas Vale and 12 percent for Westland Governor
// Ada Kord", "612 delegates to 388 for Vale") is the rival's, not the clause subject's
// (testdata/rival-shares.input, invented; main gave the shares to no one and read no 388).
func TestRivalShares(t *testing.T) {
	x := extract(t, "rival-shares")
	want := map[float64]string{29: "Tomas Vale", 12: "Ada Kord", 612: "Helen Brandt", 388: "Tomas Vale"}
	seen := map[float64]bool{}
	for _, f := range x.Figures {
		w, ok := want[f.Value]
		if !ok {
			continue
		}
		seen[f.Value] = true
		if f.Subject != w {
			t.Errorf("figure %v (%s): subject %q, want %q", f.Value, f.Measure, f.Subject, w)
		}
	}
	for v := range want {
		if !seen[v] {
			t.Errorf("no figure %v; figures: %+v", v, x.Figures)
		}
	}
}
