package extraction

import "testing"

// TestNamedSitesIn: a body named by a head word before "of" or "for" ("Brekke's 200-acre
// Center for Elephant Care in Florida") and a named event ("the so-called Ridge Fire")
// followed by "in" a place lie in the place, with no "the" or "at" right before the name
// (which establishmentIn and venueIn ask); "in a case PLACE brought" names no seat.
func TestNamedSitesIn(t *testing.T) {
	x := extractBody(t, "Crews said the so-called Ridge Fire in Nevada had burned 3,000 acres by Sunday.")
	if !hasRelation(x, "Ridge Fire", "locatedIn", "Nevada") {
		t.Errorf("no Ridge Fire locatedIn Nevada: %+v", x.Relations)
	}
	x = extractBody(t, "The animals will live at Brekke's 200-acre Center for Elephant Care in Florida, a spokesman said.")
	if !hasRelation(x, "Center for Elephant Care", "locatedIn", "Florida") {
		t.Errorf("no Center for Elephant Care locatedIn Florida: %+v", x.Relations)
	}
	x = extractBody(t, "China rejects the jurisdiction of the Harbor Court of Arbitration in a case Vietnam brought in May.")
	if hasRelation(x, "Harbor Court of Arbitration", "locatedIn", "Vietnam") {
		t.Errorf("\"in a case\" names no seat: %+v", x.Relations)
	}
}
