package extraction

import "testing"

// TestDemonymNames: a demonym before a single common word stays in the name ("the French
// Open", "Indian Point"); a body the country owns ("Turkish Navy"), a portfolio before a
// title ("Belgian Transport Minister") and a description after "a" keep main's reading.
func TestDemonymNames(t *testing.T) {
	x := extract(t, "demonym-names")
	names := map[string]bool{}
	for _, e := range x.Entities {
		names[e.Name] = true
	}
	for _, n := range []string{"French Open", "Australian Open", "Indian Point", "Turkish Navy"} {
		if !names[n] {
			t.Errorf("missing entity %q; entities: %v", n, names)
		}
	}
	for _, n := range []string{"Open", "Point", "Belgian Transport", "Chinese Man"} {
		if names[n] {
			t.Errorf("unwanted entity %q", n)
		}
	}
	if !hasRelation(x, "Marta Kovacs", "wins", "French Open") {
		t.Errorf("missing Marta Kovacs wins French Open; relations: %+v", x.Relations)
	}
}
