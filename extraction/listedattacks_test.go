package extraction

import (
	"strings"
	"testing"
)

// TestListedAttacks: in a list of attacks split by semicolons, each toll belongs to the
// attack of its own clause: the 20 killed to Dhaka's, the 75 to Baghdad's
// (testdata/listed-attacks.input, invented). It guards the clause reading
// (doc.commaBetween) that a same-named method once shadowed, filing the 20 under
// Baghdad. The 45 killed at Istanbul airport still go to Dhaka's event: the list's
// first attack names its place after "on", which the event stage does not read there.
func TestListedAttacks(t *testing.T) {
	x := extract(t, "listed-attacks")
	want := map[float64]string{20: "Dhaka", 75: "Baghdad"}
	seen := map[float64]bool{}
	for _, f := range x.Figures {
		w, ok := want[f.Value]
		if !ok {
			continue
		}
		seen[f.Value] = true
		place := ""
		if f.Event >= 0 && f.Event < len(x.Events) {
			place = x.Events[f.Event].Place
		}
		if !strings.Contains(place, w) {
			t.Errorf("figure %v (%s): event placed in %q, want %s", f.Value, f.Measure, place, w)
		}
	}
	for v := range want {
		if !seen[v] {
			t.Errorf("no figure %v; figures: %+v", v, x.Figures)
		}
	}
}
