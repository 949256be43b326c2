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

// TestInstitutionAt: an institution's name with "at" and a place right after it
// ("Kessler Science Center at Lyon") lies in the place; a name holding "and" (two
// names run together) does not.
func TestInstitutionAt(t *testing.T) {
	x := extractBody(t, "Anna Lund, a physicist at Kessler Science Center at Lyon, said the test was sound.")
	if !hasRelation(x, "Kessler Science Center", "locatedIn", "Lyon") {
		t.Errorf("no Kessler Science Center locatedIn Lyon: %+v", x.Relations)
	}
	x = extractBody(t, "She studied Law at the University of Lyon and Physics at Brest before moving on.")
	for _, r := range x.Relations {
		if r.Predicate == "locatedIn" && r.Object == "Brest" {
			t.Errorf("two names run together: %+v", r)
		}
	}
}
