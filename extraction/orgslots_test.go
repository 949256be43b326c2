package extraction

import (
	"strings"
	"testing"
	"time"

	"github.com/factgraph/kg"
)

// orgSlotsReport is invented: names that no word of their own types, standing where only
// a body stands ("a subsidiary of", "chief executive of", "a stake in", "X's board",
// "X, which owns"), and a person and a place in nearby slots that stay what they are.
const orgSlotsReport = `Vantor Rotors, a subsidiary of the Kelmark group, said it would help investigators.

Orlan Motors took a 20 percent stake in Tavrix last year and has an investment in Quellan.

"We are growing," said Mira Sola, chief executive of Brell Tandy, on Tuesday.

Korvel Dane's board met on Monday to weigh the offer.

Sedge Harlow, which owns three radio stations, agreed to the deal.

Haldane Capital agreed to acquire Petrov Lask for $2 billion.

Tomas Greer sold his stake in Warren Pike's restaurant chain.

The company has offices in Tavrix and in Mellory.`

func TestOrganizationSlots(t *testing.T) {
	a := kg.Article{Title: "Kelmark unit pledges support", Body: orgSlotsReport,
		Published: time.Date(2016, 5, 2, 9, 0, 0, 0, time.UTC)}
	a.Identify()
	x := mustExtract(t, a)
	types := map[string]kg.EntityType{}
	for _, e := range x.Entities {
		types[e.Name] = e.Type
	}
	for name, want := range map[string]kg.EntityType{
		"Vantor Rotors": kg.Organization, "Quellan": kg.Organization,
		"Brell Tandy": kg.Organization, "Korvel Dane": kg.Organization,
		"Sedge Harlow": kg.Organization, "Petrov Lask": kg.Organization,
		"Mira Sola": kg.Person, "Tomas Greer": kg.Person,
		"Mellory": kg.Place,
	} {
		got, ok := types[name]
		if !ok {
			t.Errorf("%s: not an entity (have %v)", name, types)
			continue
		}
		if got != want {
			t.Errorf("%s typed %s, want %s", name, got, want)
		}
	}
	if types["Warren Pike"] == kg.Organization {
		t.Errorf("Warren Pike, the owner of what follows, typed Organization")
	}
}

// slotNamesReport is invented: a lone first word and long all-capital words that only
// their slot shows to be companies' names, and a shouted label that stays no name.
const slotNamesReport = `Tornell, a division of Bexley Holdings, supplies tires to the league.

The ship carries sonar from VARSEMAR, a subsidiary of the Alcove group.

Harlan Telecom is banking on its acquisition of SKYVANTV to grow.

UPDATED Harlan Telecom shares rose on Monday.`

func TestOrganizationSlotNames(t *testing.T) {
	a := kg.Article{Title: "Tornell supplies tires", Body: slotNamesReport,
		Published: time.Date(2016, 5, 2, 9, 0, 0, 0, time.UTC)}
	a.Identify()
	x := mustExtract(t, a)
	types := map[string]kg.EntityType{}
	for _, e := range x.Entities {
		types[e.Name] = e.Type
	}
	for _, name := range []string{"Tornell", "VARSEMAR", "SKYVANTV"} {
		if got, ok := types[name]; !ok || got != kg.Organization {
			t.Errorf("%s: typed %q, want Organization (have %v)", name, got, types)
		}
	}
	if _, ok := types["UPDATED"]; ok {
		t.Errorf("UPDATED read as a name")
	}
	rels := map[string]bool{}
	for _, r := range x.Relations {
		rels[r.Subject+" "+r.Predicate+" "+r.Object] = true
	}
	for _, want := range []string{"Tornell partOf Bexley Holdings", "VARSEMAR partOf Alcove"} {
		if !rels[want] {
			t.Errorf("missing relation %q (have %v)", want, rels)
		}
	}
}

// roleTitlesReport is invented: titles the title lists do not hold, a role noun and its
// modifiers, glued before a person's name.
const roleTitlesReport = `"We regret the error," said Legal Counsel Heather Dorrit of Kestrel Media.

Later, Legal Counsel Heather Dorrit declined to comment.`

func TestRoleNounTitles(t *testing.T) {
	a := kg.Article{Title: "Kestrel Media regrets error", Body: roleTitlesReport,
		Published: time.Date(2016, 5, 2, 9, 0, 0, 0, time.UTC)}
	a.Identify()
	x := mustExtract(t, a)
	found := false
	for _, e := range x.Entities {
		if e.Name == "Heather Dorrit" && e.Type == kg.Person {
			found = true
		}
		if strings.Contains(e.Name, "Counsel") {
			t.Errorf("title glued to a name: %q", e.Name)
		}
	}
	if !found {
		t.Errorf("Heather Dorrit not a person (have %v)", x.Entities)
	}
}

// weakPersonReport is invented: a two-word name no word types, read as a person by
// default in four sentences and once, in an appositive, as a body's unit.
const weakPersonReport = `Harrow Dane said on Monday it would cut 300 jobs.

Harrow Dane, a subsidiary of the Kelmark group, makes helicopters.

Harrow Dane expects sales to fall, Harrow Dane told reporters.

Analysts said Harrow Dane would recover.`

func TestDefaultPersonYieldsToBody(t *testing.T) {
	a := kg.Article{Title: "Harrow Dane cuts jobs", Body: weakPersonReport,
		Published: time.Date(2016, 5, 2, 9, 0, 0, 0, time.UTC)}
	a.Identify()
	x := mustExtract(t, a)
	for _, e := range x.Entities {
		if e.Name == "Harrow Dane" {
			if e.Type != kg.Organization {
				t.Errorf("Harrow Dane typed %s, want Organization", e.Type)
			}
			return
		}
	}
	t.Errorf("Harrow Dane not an entity (have %v)", x.Entities)
}
