package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestEventNames: a meeting, a contest, a show or a ceremony named by its last word is
// no person, even after a given name or a proper name ("Aspen" is both); a two-word name
// after a given name stays a person.
func TestEventNames(t *testing.T) {
	a := emphasised("Designers gather in the desert",
		"Speakers at the Vantor Design Summit in Las Vegas said the industry was growing. "+
			"Hundreds watched the Harlan Ideas Festival and the Tova Motor Expo on Friday. "+
			"She starred in the Patty Quill Show before the Olympics. "+
			"Ann Summit, a designer, said the year was good.")
	x := mustExtract(t, a)
	wantTypes(t, x, map[string]kg.EntityType{
		"Vantor Design Summit":  kg.Other,
		"Harlan Ideas Festival": kg.Other,
		"Tova Motor Expo":       kg.Other,
		"Patty Quill Show":      kg.Other,
		"Olympics":              kg.Other,
		"Ann Summit":            kg.Person,
	})
}

// TestPlaceCommaPossessive: "X, Y's" is X in Y when the possessive describes X as one of
// Y's places ("Aleppo, Syria's largest city"), not when it opens a clause of its own
// ("in time for Rio, Russia's federation said").
func TestPlaceCommaPossessive(t *testing.T) {
	a := emphasised("Ministers meet",
		"Fighting resumed in Aleppo, Syria's largest city, on Monday. "+
			"In a bid to compete in Lisbon, Russia's athletics federation said it would drop the athletes.")
	x := mustExtract(t, a)
	if !hasRelation(x, "Aleppo", "locatedIn", "Syria") {
		t.Errorf("want Aleppo locatedIn Syria; relations %v", x.Relations)
	}
	for _, r := range x.Relations {
		if r.Subject == "Lisbon" && r.Predicate == "locatedIn" && r.Object == "Russia" {
			t.Errorf("Lisbon is not in Russia: %+v", r)
		}
	}
}
