package extraction

import "testing"

// TestCarriedPeople: people a craft carries ("a ferry carrying 84 people", "which
// carried about 30 people") are counted as on board; a noun that says who they are
// keeps its own measure ("carrying 12 migrants").
func TestCarriedPeople(t *testing.T) {
	x := extract(t, "carried-people")
	want := map[float64]string{84: "on board", 30: "on board", 12: "migrants"}
	wantMeasures(t, x, want)
}
