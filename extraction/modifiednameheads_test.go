package extraction

import "testing"

// TestModifiedNameHeads: a count whose noun has a lower-case modifier and then a name
// ("three former Kestrel Bay councillors", "two senior Harborline engineers") counts the
// plural noun after the name, not the modifier; a plural that is a verb after the
// name ("the fee Marlow promises you") is no head.
func TestModifiedNameHeads(t *testing.T) {
	x := extract(t, "modified-name-heads")
	for _, want := range []struct {
		measure string
		value   float64
	}{
		{"former kestrel bay councillors", 3},
		{"senior harborline engineers", 2},
		{"unionized harborline dockworkers", 1200},
		{"additional driftmark kayaks", 40000},
	} {
		if findFigure(x, want.measure, want.value) == nil {
			t.Errorf("want %v %s; figures: %+v", want.value, want.measure, x.Figures)
		}
	}
	for _, f := range x.Figures {
		switch f.Measure {
		case "former", "senior", "unionized", "additional", "entry price promises":
			t.Errorf("wrong measure: %+v", f)
		}
	}
}
