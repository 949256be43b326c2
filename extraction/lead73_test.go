package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

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

// TestBodyPronouns: a name of capitalised words opening on no given name, taken up by
// ", which" and a verb, or saying something of "its" own, is a body's; a given name, or a
// "which" that takes up the whole clause ("which prompted"), leaves a person.
func TestBodyPronouns(t *testing.T) {
	for _, c := range []struct {
		body, name string
		want       kg.EntityType
	}{
		{"Investors backed Tarvel Oskuni, which claims half of the market for car rides in Oskar.", "Tarvel Oskuni", kg.Organization},
		{"Marlow Brenth said it would sell its stake in the port within a year.", "Marlow Brenth", kg.Organization},
		{"Investors backed Tarvel Oskuni, which prompted a row in Oskar.", "Tarvel Oskuni", kg.Person},
		{"Investors backed Robert Oskuni, which claims half of the market for car rides in Oskar.", "Robert Oskuni", kg.Person},
	} {
		x := extractBody(t, c.body)
		e := entityNamed(x, c.name)
		if e == nil {
			t.Errorf("%q: %s not found; entities %v", c.body, c.name, entityNames(x))
			continue
		}
		if e.Type != c.want {
			t.Errorf("%q: %s typed %s, want %s", c.body, c.name, e.Type, c.want)
		}
	}
}

// TestMonarchsNoDefaultCountry: a king or queen named with no country in a report from a
// republic reigns over no country by default ("King Tarek" in a report from Washington);
// in a report from a monarchy the report's country stands ("King Olaf" from Oslo).
func TestMonarchsNoDefaultCountry(t *testing.T) {
	x := extractBody(t, "WASHINGTON (Reuters) - President Barack Obama will meet King Tarek on Friday, the White House said. The United States is an ally.")
	for _, r := range x.Relations {
		if r.Subject == "Tarek" || r.Subject == "King Tarek" {
			if r.Predicate == "kingOf" {
				t.Errorf("a king given the report's country by default: %+v", r)
			}
		}
	}
	x = extractBody(t, "OSLO (Reuters) - King Olaf opened the new parliament session on Monday, Norway's government said.")
	if !hasRelation(x, "Olaf", "kingOf", "Norway") && !hasRelation(x, "King Olaf", "kingOf", "Norway") {
		t.Errorf("King Olaf kingOf Norway missing: %+v", x.Relations)
	}
}

// TestLibyaAndBruneiAreCountries: the countries library names two countries by their
// formal names ("Libyan Arab Jamahiriya", "Brunei Darussalam"); kg knows them by their
// common ones, so "Libya" and "Brunei" are places and Tripoli is Libya's capital; "UAE"
// is the United Arab Emirates.
func TestLibyaAndBruneiAreCountries(t *testing.T) {
	x := extractBody(t, "Gunmen attacked a hotel in the capital Tripoli on Monday. Libya's interior ministry said. Brunei and Malaysia also have claims to the reef. The UAE sent two ships.")
	for _, n := range []string{"Libya", "Brunei"} {
		if e := entityNamed(x, n); e == nil || e.Type != kg.Place {
			t.Errorf("%s: want a Place, got %+v", n, e)
		}
	}
	if e := entityNamed(x, "United Arab Emirates"); e == nil || e.Type != kg.Place {
		t.Errorf("UAE: want the Place United Arab Emirates, got %+v; entities %v", e, entityNames(x))
	}
	for _, r := range x.Relations {
		if r.Object == "Libyan Arab Jamahiriya" || r.Object == "Brunei Darussalam" {
			t.Errorf("a formal country name as object: %+v", r)
		}
	}
	if !hasRelation(x, "Tripoli", "capitalOf", "Libya") && !hasRelation(x, "Tripoli", "locatedIn", "Libya") {
		t.Errorf("Tripoli not placed in Libya: %+v", x.Relations)
	}
}

// TestRegionCapitals: "the provincial capital X" is a province's capital, not the
// country's; "the capital X" stays the country's.
func TestRegionCapitals(t *testing.T) {
	x := extractBody(t, "Fighting reached the provincial capital Lashkar Gah on Monday, Afghan officials said.")
	for _, r := range x.Relations {
		if r.Predicate == "capitalOf" {
			t.Errorf("a provincial capital made a country's: %+v", r)
		}
	}
	x = extractBody(t, "Protesters gathered in the capital Kabul on Monday, Afghan officials said.")
	if !hasRelation(x, "Kabul", "capitalOf", "Afghanistan") {
		t.Errorf("Kabul capitalOf Afghanistan missing: %+v", x.Relations)
	}
}

// TestAcquiresNoThing: what someone buys that no name tells is no relation ("bought a
// snow shovel", "acquired a stake in"); a named firm bought stays.
func TestAcquiresNoThing(t *testing.T) {
	x := extractBody(t, "Dana Ruiz bought a snow shovel on Monday. Halvorsen Group acquired Tarnwick Systems in March.")
	for _, r := range x.Relations {
		if r.Predicate == "acquires" && r.Subject == "Dana Ruiz" {
			t.Errorf("a thing bought made a relation: %+v", r)
		}
	}
	if !hasRelation(x, "Halvorsen Group", "acquires", "Tarnwick Systems") {
		t.Errorf("Halvorsen Group acquires Tarnwick Systems missing: %+v", x.Relations)
	}
}

// TestFactionLeaders: "Turkey's main opposition leader, X" and "French far-right leader
// X" lead a faction, not the country; "Turkey's leader X" leads the country.
func TestFactionLeaders(t *testing.T) {
	x := extractBody(t, "Turkey's main opposition leader, Tove Brask, said the vote was unfair. Turkey's leader Arne Vik denied it.")
	if hasRelation(x, "Tove Brask", "leaderOf", "Turkey") {
		t.Errorf("an opposition leader made the country's: %+v", x.Relations)
	}
	if !hasRelation(x, "Arne Vik", "leaderOf", "Turkey") {
		t.Errorf("Arne Vik leaderOf Turkey missing: %+v", x.Relations)
	}
	x = extractBody(t, "French far-right leader Odile Marchand said on Monday she would run.")
	if hasRelation(x, "Odile Marchand", "leaderOf", "France") {
		t.Errorf("a far-right leader made France's: %+v", x.Relations)
	}
}

// TestEllipticPastCountedPlaces: "N delegates at stake in the five states …, including 40
// in Idaho" counts delegates, not states: a count inside the first one's phrase ("in the
// five states") gives way to it, with or without "the".
func TestEllipticPastCountedPlaces(t *testing.T) {
	x := extractBody(t, "There are a total of 120 delegates at stake in the four states voting on Tuesday, including 40 in Idaho and 20 in Utah.")
	if f := findFigure(x, "delegates", 40); f == nil {
		t.Errorf("no delegates figure of 40: %+v", x.Figures)
	}
}

// TestHomeNationLeaders: "Scottish leader X" leads Scotland, not the United Kingdom the
// demonym's nationality names.
func TestHomeNationLeaders(t *testing.T) {
	x := extractBody(t, "If Britain chooses to leave, Scottish leader Moira Dunbar has suggested Scotland may call a referendum.")
	if !hasRelation(x, "Moira Dunbar", "leaderOf", "Scotland") {
		t.Errorf("Moira Dunbar leaderOf Scotland missing: %+v", x.Relations)
	}
	if hasRelation(x, "Moira Dunbar", "leaderOf", "United Kingdom") {
		t.Errorf("a Scottish leader made the kingdom's: %+v", x.Relations)
	}
}
