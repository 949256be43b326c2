package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestNounAcronyms: an upper-case word the article uses as a common noun, in the plural
// ("UTVs") or as the head after "a"/"an" ("an MRI in", "a UTV,"), is no organization,
// nor are the initialisms of names.txt `not-names` ("DNA", "GPS"); an acronym that only
// modifies the noun after it ("an NTB inspector") stays a name.
func TestNounAcronyms(t *testing.T) {
	x := extract(t, "noun-acronyms")
	for _, name := range []string{"UTV", "MRI", "DNA", "GPS"} {
		if e := entityNamed(x, name); e != nil {
			t.Errorf("%q is a common noun, no entity: %+v", name, *e)
		}
	}
	if entityNamed(x, "Norland Transport Board") == nil || entityNamed(x, "Harlow Motors") == nil {
		t.Errorf("want the board and the carmaker; entities: %+v", x.Entities)
	}
}

// TestBasedTowns: a name before a comma and a state's "-based" compound is a town
// ("the Marlow, California-based chipmaker", "Quenby, New York-based Halvard Systems").
func TestBasedTowns(t *testing.T) {
	x := extract(t, "based-towns")
	for _, name := range []string{"Marlow", "Quenby"} {
		if e := entityNamed(x, name); e == nil || e.Type != kg.Place {
			t.Errorf("want the town %q as a place; entities: %+v", name, x.Entities)
		}
	}
	if e := entityNamed(x, "Halvard Systems"); e == nil || e.Type != kg.Organization {
		t.Errorf("want the organization Halvard Systems; entities: %+v", x.Entities)
	}
}

// TestLoneFunctionWords: a capitalised function word that opens a clause after an
// ellipsis ("...We did not") is no name, while the people around it stay.
func TestLoneFunctionWords(t *testing.T) {
	x := extract(t, "lone-function-words")
	if e := entityNamed(x, "We"); e != nil {
		t.Errorf("\"We\" is a pronoun, no entity: %+v", *e)
	}
	for _, name := range []string{"Elena Varga", "Tomas Pirk"} {
		if e := entityNamed(x, name); e == nil || e.Type != kg.Person {
			t.Errorf("want the person %q; entities: %+v", name, x.Entities)
		}
	}
}

// TestLeaderTitles: "Majority Leader", "County Executive" and "Monsignor" are titles, not
// part of the name they precede ("Senate Majority Leader Elena Varga" is Elena Varga).
func TestLeaderTitles(t *testing.T) {
	x := extract(t, "leaders-titles")
	for _, name := range []string{"Elena Varga", "Tomas Pirk", "Ivo Benes"} {
		if e := entityNamed(x, name); e == nil || e.Type != kg.Person {
			t.Errorf("want the person %q; entities: %+v", name, x.Entities)
		}
	}
}
