package extraction

import "testing"

// TestEpithetsBeforeNames: a common word glued before a full name the article gives on
// its own ("Lightweight Maria Ruiz", a rival's nickname) is not part of
// the name; a given name before one ("Grace Ann Ruiz" beside "Ann Ruiz") is.
func TestEpithetsBeforeNames(t *testing.T) {
	x := extractBody(t, `Vance mocked "Lightweight Maria Ruiz" at a rally in Ohio. Maria Ruiz said on Monday that she would win.`)
	if e := entityNamed(x, "Maria Ruiz"); e == nil {
		t.Errorf("Maria Ruiz not found; entities %v", entityNames(x))
	}
	if e := entityNamed(x, "Lightweight Maria Ruiz"); e != nil {
		t.Errorf("Lightweight Maria Ruiz kept as a name: %+v", e)
	}
	x = extractBody(t, "Grace Ann Ruiz, a nurse, spoke in Ohio on Monday. Ann Ruiz, her cousin, did not attend.")
	if e := entityNamed(x, "Grace Ann Ruiz"); e == nil {
		t.Errorf("Grace Ann Ruiz cut; entities %v", entityNames(x))
	}
}
