package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestPlacesByAside: a town no gazetteer knows is a place when an aside after it places it
// (", in northeastern Brazil", ", in Brazil's south", ", a suburb of Damascus", ", located
// in"), not when the aside only tells where a person spoke (", in Washington").
func TestPlacesByAside(t *testing.T) {
	a := emphasised("Protesters reach the capital",
		"Ana Prado traveled from Velmora, in northeastern Brazil, to join the march. "+
			"Others came from Casto Verde, in Brazil's more-prosperous south. "+
			"Aid trucks entered Qarmuz, a suburb of Damascus, on Monday. "+
			"The march ended at Sollen Park, located in Nevada, on Tuesday. "+
			"Police said Dorran, in Washington, would not comment.")
	x := mustExtract(t, a)
	wantTypes(t, x, map[string]kg.EntityType{
		"Velmora":     kg.Place,
		"Casto Verde": kg.Place,
		"Qarmuz":      kg.Place,
	})
	if e := entityNamed(x, "Dorran"); e != nil && e.Type == kg.Place {
		t.Errorf("Dorran, in Washington: a bare aside of place types no name; got %+v", e)
	}
}

// TestSlashInitialism: capitals joined by slashes are one word of the name before them
// ("Thomson Reuters I/B/E/S"), which ends its sentence at the stop after it; a known
// body and an initialism after it is an organization; a two-letter pair alone ("P/E")
// is no name.
func TestSlashInitialism(t *testing.T) {
	a := emphasised("Korvin Labs misses estimates",
		"Korvin Labs earned 52 cents a share, below the average estimate of 55 cents, according to Thomson Reuters I/B/E/S. "+
			"Shares of Korvin Labs fell 4 percent. "+
			"The stock trades at a P/E of 30.")
	x := mustExtract(t, a)
	wantTypes(t, x, map[string]kg.EntityType{
		"Thomson Reuters I/B/E/S": kg.Organization,
	})
	for _, e := range x.Entities {
		if e.Name == "S." || e.Name == "P/E" || e.Name == "S. Shares" {
			t.Errorf("entity %q: a piece of an initialism or a ratio is no name", e.Name)
		}
	}
}

// TestPluralOfPlaces: "the Americas", "the Koreas" (the plural of a gazetteer place after
// "the") are places, and lie in no one country, not even the dateline's.
func TestPluralOfPlaces(t *testing.T) {
	a := emphasised("Fever spreads",
		"GENEVA (Reuters) - The fever has spread to more than 20 countries across the Americas, health officials said on Tuesday. "+
			"Officials in Velmora said cases had also been found near the border of the Koreas.")
	x := mustExtract(t, a)
	wantTypes(t, x, map[string]kg.EntityType{
		"Americas": kg.Place,
		"Koreas":   kg.Place,
	})
	for _, r := range x.Relations {
		if r.Subject == "Americas" && r.Predicate == "locatedIn" {
			t.Errorf("the Americas lie in no one country: %+v", r)
		}
	}
}
