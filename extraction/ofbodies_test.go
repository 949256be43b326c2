package extraction

import (
	"slices"
	"strings"
	"testing"
)

// TestOfBodies: "the Fisheries Department" after the U.S. Department of Fisheries is that
// body (an alias, no entity of its own); a "Roads Department" is not the Tarven
// Department of Roads, whose town it does not name (testdata/of-bodies.input, invented;
// main kept the Fisheries Department as a second body).
func TestOfBodies(t *testing.T) {
	x := extract(t, "of-bodies")
	if e := entityNamed(x, "U.S. Department of Fisheries"); e == nil || !slices.Contains(e.Aliases, "Fisheries Department") {
		t.Errorf("U.S. Department of Fisheries: %+v, want alias Fisheries Department", e)
	}
	if e := entityNamed(x, "Tarven Department of Roads"); e == nil || slices.Contains(e.Aliases, "Roads Department") {
		t.Errorf("Tarven Department of Roads: %+v, want no alias Roads Department", e)
	}
}

// TestOfFormOf: the key words of "X Department" and "Department of X" name one body with
// the same words before them or the United States' alone.
func TestOfFormOf(t *testing.T) {
	for _, c := range []struct {
		e, t string
		want bool
	}{
		{"justice department", "us department of justice", true},
		{"interior department", "us department of the interior", true},
		{"russian defense ministry", "russian ministry of defense", true},
		{"justice department", "department of justice", true},
		{"roads department", "tarven department of roads", false},
		{"russian defense ministry", "ministry of defense", false},
		{"parks board", "board of parks", false},
	} {
		if got := ofFormOf(strings.Fields(c.e), strings.Fields(c.t)); got != c.want {
			t.Errorf("ofFormOf(%q, %q) = %v", c.e, c.t, got)
		}
	}
}
