package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestProductHeads: a name that its own words do not type is a product, a service or a
// weapon (Other) by the noun after it, past one word of what it does: an app, a
// browser, a headset, a messaging service, a video game, a missile.
func TestProductHeads(t *testing.T) {
	a := emphasised("Harbor firm updates its apps",
		"Users of the Zephrell app can now pay for parking in Brisk. "+
			"The Quillon messaging service was down for two hours on Monday, Mara Voss said. "+
			"Testers wore the Halvor Vane headset and played the Drunmoor video game. "+
			"The Vastrel browser blocks ads by default. "+
			"The army tested the Korvak ballistic missile on Tuesday.")
	x := mustExtract(t, a)
	wantTypes(t, x, map[string]kg.EntityType{
		"Zephrell":    kg.Other, // "the Zephrell app"
		"Quillon":     kg.Other, // "messaging service"
		"Halvor Vane": kg.Other, // a headset, not a person
		"Drunmoor":    kg.Other, // "video game"
		"Vastrel":     kg.Other,
		"Korvak":      kg.Other, // "ballistic missile"
		"Mara Voss":   kg.Person,
	})
}

// TestProductHeadsLeaveOthers: the noun's maker ("the Zephrell app maker"), a given
// name before the noun, a medium ("an Internet browser") and nouns that a body's name
// modifies as often ("a Brisk Rovers game", "the Lenz phone") keep their types.
func TestProductHeadsLeaveOthers(t *testing.T) {
	a := emphasised("App maker raises money",
		"The Tarvosk app maker raised $5 million, Mara Voss said. "+
			"Tarvosk said it would hire 20 people. "+
			"Paul Ardent bought tickets for a Brisk Rovers game on an Internet browser and called from the Lenz phone.")
	x := mustExtract(t, a)
	for _, name := range []string{"Tarvosk", "Brisk Rovers", "Lenz", "Internet", "Paul Ardent"} {
		if e := entityNamed(x, name); e != nil && e.Type == kg.Other {
			t.Errorf("%q typed Other; entities: %+v", name, x.Entities)
		}
	}
}

// TestPersonTrades: a one-word name after a trade only a person plies is a person
// ("singer Mona", "pop star Lumo"), not the organization a lone word is by default; a
// body's trade ("publisher") and "best actress" (a prize) are left as they were.
func TestPersonTrades(t *testing.T) {
	a := emphasised("Concert raises money for Brisk",
		"Fans of singer Mona filled the hall in Brisk on Friday. "+
			"Tickets for pop star Lumo sold out within an hour.")
	x := mustExtract(t, a)
	wantTypes(t, x, map[string]kg.EntityType{
		"Mona": kg.Person,
		"Lumo": kg.Person,
	})
}

// TestModelsStatutesAndSyndromes: a name ending in a model's code ("Galaxy S7"-like) or
// in "OS" is a product, a tablet line and an operating system named by their nouns are
// products too, and a statute ("… Act", even aliased by its initials) and a named
// syndrome are things, not the person or body their other words would make them. A
// lone model code after its product's full name is that product.
func TestModelsStatutesAndSyndromes(t *testing.T) {
	a := emphasised("Tarvik court rules on phone data",
		"The court cited the Communications Assistance for Law Enforcement Act, known as CALEA. "+
			"Prosecutors said CALEA did not apply to Tarvik. "+
			"Tarvik sold the Morvan Q7 and the Kestrel RX450h last year, and the Q7 sold best. "+
			"Its Zelvan tablets run the Vessa operating system and the Orrin OS. "+
			"Doctors said Karlen Syndrome is rare.")
	x := mustExtract(t, a)
	wantTypes(t, x, map[string]kg.EntityType{
		"Communications Assistance for Law Enforcement Act": kg.Other,
		"Morvan Q7":       kg.Other,
		"Kestrel RX450h":  kg.Other,
		"Zelvan":          kg.Other, // "its Zelvan tablets"
		"Vessa":           kg.Other, // "the Vessa operating system"
		"Orrin OS":        kg.Other,
		"Karlen Syndrome": kg.Other,
	})
	if e := entityNamed(x, "Q7"); e != nil {
		t.Errorf("Q7 is an entity of its own (%s), not the Morvan Q7's alias", e.Type)
	}
}

// TestVersionAfterBrand: a version of one or two digits and a lower-case letter after a
// name spelt with a lower-case initial is part of the product's name ("the zPhone 5c"),
// a product of its own beside the line ("zPhone"); a plural number after other words
// ("in their 50s") is not.
func TestVersionAfterBrand(t *testing.T) {
	a := emphasised("Court orders Tarvik to open a phone",
		"Investigators want to open the zPhone 5c used by the gunman, Dara Velk. "+
			"Tarvik said the zPhone 6s still sells better than any zPhone. "+
			"Most buyers of the Kestrel phone are in their 50s.")
	x := mustExtract(t, a)
	wantTypes(t, x, map[string]kg.EntityType{
		"zPhone 5c": kg.Other,
		"zPhone 6s": kg.Other,
		"zPhone":    kg.Other,
		"Dara Velk": kg.Person,
	})
}
