package extraction

import (
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
