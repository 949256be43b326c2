package extraction

import (
	"slices"
	"testing"
)

// TestTheHeadBodies: "the Department" and "the Bureau" after the Quillton Department of
// Parks and the Vell Bureau of Mines are those bodies (aliases); the "Service" of "Day
// of Service" (no "the") is not the Harbor Volunteer Service, and "the Department"
// after two departments is neither's (testdata/the-head-bodies*.input, invented; main
// kept "Department" and "Bureau" as bodies of their own).
func TestTheHeadBodies(t *testing.T) {
	x := extract(t, "the-head-bodies")
	for name, alias := range map[string]string{"Quillton Department of Parks": "Department", "Vell Bureau of Mines": "Bureau"} {
		if e := entityNamed(x, name); e == nil || !slices.Contains(e.Aliases, alias) {
			t.Errorf("%q: %+v, want alias %q", name, e, alias)
		}
	}
	if e := entityNamed(x, "Harbor Volunteer Service"); e != nil && slices.Contains(e.Aliases, "Service") {
		t.Errorf("Day of Service folded into %+v", e)
	}
	x = extract(t, "the-head-bodies-two")
	for _, name := range []string{"Tarven Department of Roads", "Quillton Department of Parks"} {
		if e := entityNamed(x, name); e != nil && slices.Contains(e.Aliases, "Department") {
			t.Errorf("the Department of two folded into %+v", e)
		}
	}
}
