package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestTownBeforeStateAndNoun: a lone name typed a body by default is the town when ", a
// U.S. state" and a lower-case word follow it (townsBeforeStates, entities.go), and it is
// in the state; a person's name before a state and a noun keeps its type.
func TestTownBeforeStateAndNoun(t *testing.T) {
	x := extractBody(t, "The company will start testing its vans in Brenholt, Ohio later this month.")
	wantTypes(t, x, map[string]kg.EntityType{"Brenholt": kg.Place})
	if !hasRelation(x, "Brenholt", "locatedIn", "Ohio") {
		t.Errorf("no Brenholt locatedIn Ohio: %+v", x.Relations)
	}
	x = extractBody(t, "Workers at the Quillmere, Oregon plant were told of the closure on Monday.")
	wantTypes(t, x, map[string]kg.EntityType{"Quillmere": kg.Place})
	x = extractBody(t, "\"The reform is slow,\" said Tavi Orlen, China expert at the institute.")
	if e := entityNamed(x, "Tavi Orlen"); e == nil || e.Type != kg.Person {
		t.Errorf("Tavi Orlen: %+v", e)
	}
}

// TestTownNouns: a lone name before a town's own noun ("police", "residents") is a
// town (townnouns.go), not the body a lone capitalised word is by default.
func TestTownNouns(t *testing.T) {
	x := extractBody(t, "Two Brenholt police officers arrived at the scene shortly after noon.")
	wantTypes(t, x, map[string]kg.EntityType{"Brenholt": kg.Place})
	x = extractBody(t, "Many Quillmere residents stayed indoors as the storm passed.")
	wantTypes(t, x, map[string]kg.EntityType{"Quillmere": kg.Place})
}

// TestTownAsideSuburb: ", a Columbus suburb," after a name places it (describedAsPlace).
func TestTownAsideSuburb(t *testing.T) {
	x := extractBody(t, "A course offered by Brenholt, a Columbus suburb, filled up within days.")
	wantTypes(t, x, map[string]kg.EntityType{"Brenholt": kg.Place})
}
