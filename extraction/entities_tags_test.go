package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestTagsAndCodes: a party-and-state tag after a politician ("R-Wis.", "(D-N.Y.)") is
// the state, a place, and no organization; "a Texas Republican" is a state and a party,
// not one name; a wire's quote codes (".N225", "JPY=", "LCOc1", "CLc1") are no names
// and do not join the name before them, an instrument's ("Brent LCOc1"); a run ending in "Day" names a
// day unless it opens with a given name ("Jason Day").
func TestTagsAndCodes(t *testing.T) {
	x := extract(t, "tags-and-codes")
	for name, typ := range map[string]kg.EntityType{
		"Wisconsin": kg.Place, "New York": kg.Place, "Texas": kg.Place, "Ohio": kg.Place,
		"Memorial Day": kg.Other, "Founders Day": kg.Other, "Jason Day": kg.Person, "Brent": kg.Other, "Silver": kg.Other,
		"Jane Doe": kg.Person, "Tom Roe": kg.Person,
	} {
		if e := entityNamed(x, name); e == nil || e.Type != typ {
			t.Errorf("want %s %q; entities: %+v", typ, name, x.Entities)
		}
	}
	for _, name := range []string{"R-Wis", "D-N", "Texas Republican", "Ohio Democrat", "JPY", "N225", "LCOc1", "CLc1", "Brent LCOc1"} {
		if e := entityNamed(x, name); e != nil {
			t.Errorf("%q is no name: %+v", name, *e)
		}
	}
}

// TestKindsAround: a name before a natural feature's lower-case noun is a place ("the
// Vessa river"), and a name after "at" that a role noun a few words back stands before
// is the role's employer, an organization ("director of regional equity sales at
// Dunmore Vantis", "Principal Architect at Grey Heron Analytics"), whose label is no
// name itself.
func TestKindsAround(t *testing.T) {
	x := extract(t, "kinds-around")
	for name, typ := range map[string]kg.EntityType{
		"Vessa": kg.Place, "Orra": kg.Place, "Dunmore Vantis": kg.Organization,
		"Grey Heron Analytics": kg.Organization, "Mara Kell": kg.Person,
	} {
		if e := entityNamed(x, name); e == nil || e.Type != typ {
			t.Errorf("want %s %q; entities: %+v", typ, name, x.Entities)
		}
	}
	if e := entityNamed(x, "Principal Architect"); e != nil {
		t.Errorf("a job's label is no name: %+v", *e)
	}
}

// TestPlacesPastAdjectives: a name after a preposition of place and a compound adjective
// is a place ("in Vessan-administered Kolmar", "in rebel-held Darvo"), as is a name
// before "area" ("the Ketrel area") and after "hometown of".
func TestPlacesPastAdjectives(t *testing.T) {
	x := extract(t, "places-past-adjectives")
	for _, name := range []string{"Kolmar", "Darvo", "Ketrel", "Brask"} {
		if e := entityNamed(x, name); e == nil || e.Type != kg.Place {
			t.Errorf("want the place %q; entities: %+v", name, x.Entities)
		}
	}
}
