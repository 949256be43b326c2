package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestBodyNamesPastAnd: a body's name goes on past "and" when a day or a lower-case word
// follows its head ("… Commission on Monday", "… Administration for the treatment"), when
// the word before "and" is the plural of a noun in "-ity" or "-y" ("Utilities") or a noun
// in "-ency", and when the word after it is a common word that heads companies' names
// ("Energy", "Communications") before more of the name. Near misses stay two names: a
// name after "of" ("the Marsh Fund and Federal Bureau of Fisheries"), and a company's
// suffix ("Northwind Energy and Charter Communications Inc.").
func TestBodyNamesPastAnd(t *testing.T) {
	x := mustExtract(t, kg.Article{Title: "Filings", Body: "The company told the Sugar and Exchange Commission on Monday that it would sell the ferries.\n\n" +
		"The Regional Seed and Drug Administration for the treatment of blight approved the spray, officials said.\n\n" +
		"Lena Ostrova, who heads the Rarities and Archives Department in Valdora, said the scrolls were safe.\n\n" +
		"Piet Varga, director of the Tolmar Agency and Insurgency Center, said the raids would go on.\n\n" +
		"The Weather and Energy Program at the Halvard Institute measured the melt.\n\n" +
		"The Marsh Fund and Federal Bureau of Fisheries signed the pact.\n\n" +
		"Shares of Northwind Energy and Charter Communications Inc. rose."})
	for _, want := range []string{"Sugar and Exchange Commission", "Regional Seed and Drug Administration",
		"Rarities and Archives Department", "Weather and Energy Program", "Federal Bureau of Fisheries", "Charter Communications Inc."} {
		if entityNamed(x, want) == nil {
			t.Errorf("no entity %q", want)
		}
	}
	for _, bad := range []string{"Exchange Commission", "Drug Administration", "Rarities", "Archives Department", "Energy Program",
		"Weather", "Marsh Fund and Federal Bureau of Fisheries", "Northwind Energy and Charter Communications Inc."} {
		if entityNamed(x, bad) != nil {
			t.Errorf("%q read as an entity", bad)
		}
	}
}

// TestPlaceNounIntroducesPlace: a settlement's noun between two names introduces the
// place after "of" ("the Lakeshore Coast town of Merrivale": the name before is a
// region's, a place), and any place noun after a one-word adjective of a region does too
// ("the Calabrian province of Vossa": the adjective is no entity). Near misses: a district
// or a neighborhood whose own name the noun ends ("the Talwani district of Ostrov") keeps
// it, and a town's noun with no name after "of" ("the Ostmere town of 3,000
// people") ends the name as before.
func TestPlaceNounIntroducesPlace(t *testing.T) {
	x := mustExtract(t, kg.Article{Title: "Storm", Body: "Schools were shut in the Lakeshore Coast town of Merrivale after the storm, officials said.\n\n" +
		"Her grandparents came from the Calabrian province of Vossa in 1950.\n\n" +
		"Gunmen attacked a mosque in the Talwani district of Ostrov on Friday.\n\n" +
		"Rescuers reached the Ostmere town of 3,000 people by boat."})
	for _, e := range []struct{ name, typ string }{
		{"Lakeshore Coast", "Place"}, {"Merrivale", "Place"}, {"Vossa", "Place"}, {"Talwani district", "Place"}, {"Ostrov", "Place"},
		{"Ostmere town", "Place"},
	} {
		if got := entityNamed(x, e.name); got == nil || string(got.Type) != e.typ {
			t.Errorf("entity %q (%s): got %+v", e.name, e.typ, got)
		}
	}
	for _, bad := range []string{"Lakeshore Coast town", "Calabrian province", "Calabrian", "Talwani"} {
		if entityNamed(x, bad) != nil {
			t.Errorf("%q read as an entity", bad)
		}
	}
}
