package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestLeaderSurnames: a leader the word lists name by one word (data/leaders.txt) is a
// person wherever the article never names them in full ("Supporters of Merkel", "Later,
// Obama spoke"), and "the Obama administration" stays a body of its own; a word the list
// does not hold is typed as before ("Supporters of Vantor cheered": no person).
func TestLeaderSurnames(t *testing.T) {
	x := extractBody(t, "Supporters of Merkel cheered on Monday. Later, Obama spoke to reporters. "+
		"The Obama administration said it would appeal.")
	for _, name := range []string{"Merkel", "Obama"} {
		if e := entityNamed(x, name); e == nil || e.Type != kg.Person {
			t.Errorf("%s: want a person, got %+v", name, e)
		}
	}
	if e := entityNamed(x, "Obama administration"); e == nil || e.Type != kg.Organization {
		t.Errorf("Obama administration: want an organization, got %+v", e)
	}
	x = extractBody(t, "Supporters of Vantor cheered on Monday.")
	if e := entityNamed(x, "Vantor"); e != nil && e.Type == kg.Person {
		t.Errorf("Vantor typed a person: %+v", e)
	}
}

// TestTradePacts: a partnership after a word of trade is a pact ("the Trans-Pacific
// Partnership"), and a name ending in "Agreement" is a thing; a firm's partnership stays a
// body ("Harlow Capital Partnership").
func TestTradePacts(t *testing.T) {
	x := extractBody(t, "Critics of the Trans-Pacific Partnership said it would cost jobs. "+
		"Envoys discussed the Paris Agreement on Monday. Harlow Capital Partnership bought the stake.")
	for _, name := range []string{"Trans-Pacific Partnership", "Paris Agreement"} {
		if e := entityNamed(x, name); e == nil || e.Type != kg.Other {
			t.Errorf("%s: want a thing, got %+v", name, e)
		}
	}
	if e := entityNamed(x, "Harlow Capital Partnership"); e == nil || e.Type == kg.Other {
		t.Errorf("Harlow Capital Partnership: want a body, got %+v", e)
	}
}

// TestPlanetsWarsOccasions: a planet named alone is a place in no country ("life on
// Mars": no "Mars locatedIn" the article's country, no figure placed on it by nearness),
// "World War Two" and "the State of the Union" are things (not a body, not a place of the
// word "State"); a town that shares a planet's name is left to its context ("Jupiter, Fla.").
func TestPlanetsWarsOccasions(t *testing.T) {
	x := extractBody(t, "WASHINGTON — The probe found water on Mars, U.S. officials said. Veterans of World War Two gathered. "+
		"Obama spoke in his State of the Union address. Police in Jupiter, Fla., charged him on Tuesday. "+
		"The planet is 20 percent smaller than Mars, the agency said.")
	if e := entityNamed(x, "Mars"); e == nil || e.Type != kg.Place {
		t.Errorf("Mars: want a place, got %+v", e)
	}
	for _, r := range x.Relations {
		if r.Subject == "Mars" && r.Predicate == "locatedIn" {
			t.Errorf("a planet placed in a country: %+v", r)
		}
	}
	for _, f := range x.Figures {
		if f.Place == "Mars" {
			t.Errorf("a figure placed on a planet by nearness: %+v", f)
		}
	}
	for _, name := range []string{"World War Two", "State of the Union"} {
		if e := entityNamed(x, name); e == nil || e.Type != kg.Other {
			t.Errorf("%s: want a thing, got %+v", name, e)
		}
	}
	if e := entityNamed(x, "Jupiter"); e == nil || e.Type != kg.Place {
		t.Errorf("Jupiter, Fla.: want a place, got %+v", e)
	}
}

// TestOpeningWordsNoName: a sentence that opens on a preposition ("Besides") or on
// "Former" or "Longtime" before a name does not glue the word to it ("Besides Kestrel",
// "Former LAPD"); the name after it is read alone.
func TestOpeningWordsNoName(t *testing.T) {
	x := extractBody(t, "Besides Kestrel, the curbs apply to two affiliates. "+
		"Former LAPD officer Dan Reyes said the case was closed. Longtime Halvorsen aide Ida Lund declined to comment.")
	for _, name := range []string{"Besides Kestrel", "Former LAPD", "Longtime Halvorsen"} {
		if e := entityNamed(x, name); e != nil {
			t.Errorf("opening word glued to a name: %+v", e)
		}
	}
	for _, name := range []string{"Kestrel", "LAPD", "Halvorsen"} {
		if entityNamed(x, name) == nil {
			t.Errorf("%s missing: %+v", name, x.Entities)
		}
	}
}

// TestMarketsAndStatesNoPlaces: a market named after a trade or a product ("the TV
// market", "the iPhone market") and "state" after an acronym ("the U.S. state of Utah",
// "the SBU state security service") make no place; a town's market or a state's name
// stays a place ("the Baghdad market", "New York state").
func TestMarketsAndStatesNoPlaces(t *testing.T) {
	x := extractBody(t, "Sales grew in the TV market and the iPhone market. She lives in the U.S. state of Utah. "+
		"A bomb hit the Baghdad market on Monday. Officials in New York state agreed.")
	for _, name := range []string{"TV market", "iPhone market", "U.S. state"} {
		if e := entityNamed(x, name); e != nil {
			t.Errorf("no place wanted: %+v", e)
		}
	}
	for _, name := range []string{"Baghdad market", "New York state"} {
		if e := entityNamed(x, name); e == nil || e.Type != kg.Place {
			t.Errorf("%s: want a place, got %+v", name, e)
		}
	}
}
