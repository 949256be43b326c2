package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestGazetteerTowns: a town of the gazetteer (data/gazetteer.txt) is a place of its
// country: two words wherever they stand ("in Ann Arbor", whose "Ann" is a given name),
// one word after a preposition of place ("heading to Fresno"); not a one-word surname
// that is a town's name too, in a subject's place ("Stockton said").
func TestGazetteerTowns(t *testing.T) {
	x := extractBody(t, "Protesters marched outside the governor's apartment building in Ann Arbor on Monday. "+
		"Investigators said the two men may be heading to Fresno next.")
	for _, name := range []string{"Ann Arbor", "Fresno"} {
		e := entityNamed(x, name)
		if e == nil || e.Type != kg.Place || e.Country != "United States" {
			t.Errorf("%s: want a place in the United States, got %+v", name, e)
		}
	}
	x = extractBody(t, "Stockton said the vote was close. Stockton, a lawyer, later ran for mayor.")
	if e := entityNamed(x, "Stockton"); e != nil && e.Type == kg.Place {
		t.Errorf("Stockton the speaker typed a place: %+v", e)
	}
}

// TestGazetteerTeams: a team whose town only the gazetteer knows is an organization
// after "the" ("the Oakland Raiders"), and its plural alone is the same team; a person
// whose given name is a town's ("Eugene Tooms") stays a person.
func TestGazetteerTeams(t *testing.T) {
	x := extractBody(t, "The Oakland Raiders beat the visitors 24-10 on Sunday. Coach Dan Reyes said the Raiders played well.")
	e := entityNamed(x, "Oakland Raiders")
	if e == nil || e.Type != kg.Organization {
		t.Fatalf("Oakland Raiders: want an organization, got %+v", e)
	}
	if entityNamed(x, "Raiders") != nil {
		t.Errorf("the Raiders is a second entity: %+v", x.Entities)
	}
	x = extractBody(t, "Eugene Tooms escaped from the hospital on Friday, police said.")
	if e := entityNamed(x, "Eugene Tooms"); e == nil || e.Type != kg.Person {
		t.Errorf("Eugene Tooms: want a person, got %+v", e)
	}
}

// TestGazetteerCountry: a town of the gazetteer lies in its own country, never in the
// article's by guess: a report from India that names the Indianapolis 500 does not put
// Indianapolis in India, and one from the United States puts Tulsa there.
func TestGazetteerCountry(t *testing.T) {
	x := extractBody(t, "NEW DELHI — India's cricket board met on Monday in New Delhi. "+
		"Its chief, who once watched the race in Indianapolis, said India would host the final.")
	if hasRelation(x, "Indianapolis", "locatedIn", "India") {
		t.Errorf("Indianapolis placed in India: %+v", x.Relations)
	}
	x = extractBody(t, "A gunman opened fire at a bar in Tulsa on Sunday, killing two people, U.S. officials said. "+
		"The United States has seen several such attacks this year.")
	if !hasRelation(x, "Tulsa", "locatedIn", "United States") {
		t.Errorf("no Tulsa locatedIn United States: %+v", x.Relations)
	}
}

// TestFirmNamedForTown: a company named after a town of the gazetteer stays a company
// when the article calls it by the town's name alone, twice or more ("San Miguel Corp",
// then "a deal with San Miguel"); a town named alone stays a town.
func TestFirmNamedForTown(t *testing.T) {
	x := extractBody(t, "Globe agreed to buy San Miguel Corp's telecoms unit. An earlier deal with San Miguel failed. "+
		"A second deal with San Miguel failed in May.")
	if e := entityNamed(x, "San Miguel Corp"); e == nil || e.Type != kg.Organization {
		t.Errorf("San Miguel Corp: want an organization, got %+v", e)
	}
	x = extractBody(t, "Globe opened an office in San Miguel. Its staff in San Miguel grew in May.")
	if e := entityNamed(x, "San Miguel"); e == nil || e.Type != kg.Place {
		t.Errorf("San Miguel: want a place, got %+v", e)
	}
}
