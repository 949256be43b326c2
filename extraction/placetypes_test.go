package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

func wantType(t *testing.T, x *kg.Extraction, name string, typ kg.EntityType) {
	t.Helper()
	if e := entityNamed(x, name); e == nil || e.Type != typ {
		t.Errorf("want %q a %s; entities: %+v", name, typ, x.Entities)
	}
}

// TestPlaceNounTypes: a lower-case place noun after a name ("the Varnek air base", "the
// Dolsa refugee camp", "the Tarsk river", "the Vessel metro station"), or "the river"
// before it, makes the name a place; "camp" and "base" alone do not ("the Hollis camp
// said").
func TestPlaceNounTypes(t *testing.T) {
	a := emphasised("Fighting near the border",
		"Jets flew from the Varnek air base on Sunday. Families fled to the Dolsa refugee camp, officials said. "+
			"Boats sank in the Tarsk river and in the river Ovelle. Trucks waited at the Bab Kerra crossing. "+
			"The Hollis camp said it would not comment. A bomb went off at the Vessel metro station, and police "+
			"searched the Dorrin bus station.")
	x := mustExtract(t, a)
	for _, n := range []string{"Varnek", "Dolsa", "Tarsk", "Ovelle", "Bab Kerra", "Vessel", "Dorrin"} {
		wantType(t, x, n, kg.Place)
	}
	if e := entityNamed(x, "Hollis"); e != nil && e.Type == kg.Place {
		t.Errorf("'the Hollis camp' is a candidate's side, no place: %+v", *e)
	}
}

// TestBetweenPlaces: one side of "between A and B" is a place when the other is one,
// but not a person the article names by that surname.
func TestBetweenPlaces(t *testing.T) {
	x := mustExtract(t, emphasised("Road cut", "Convoys moved between Telmar and Damascus."))
	wantType(t, x, "Telmar", kg.Place)
	x = mustExtract(t, emphasised("Talks", "Talks between Turkey and Brandt stalled, said Peter Brandt's aide."))
	if e := entityNamed(x, "Peter Brandt"); e != nil && e.Type == kg.Place {
		t.Errorf("a person's surname stays a person's: %+v", *e)
	}
	if e := entityNamed(x, "Brandt"); e != nil && e.Type == kg.Place {
		t.Errorf("a person's surname stays a person's: %+v", *e)
	}
}

// TestExchangeNames: a name ending in "Exchange" or "Bourse" is a market's operator, a
// body.
func TestExchangeNames(t *testing.T) {
	a := emphasised("Listing",
		"Shares of Brisk Lending rose on the New York Stock Exchange on Monday. "+
			"Operators such as Norland Bourse have merged.")
	x := mustExtract(t, a)
	wantType(t, x, "New York Stock Exchange", kg.Organization)
	wantType(t, x, "Norland Bourse", kg.Organization)
}

// TestNameAdjectives: a capitalised adjective of the table before a lower-case noun is
// no name ("Molotov cocktails", "the Olympic fencer"); a surname that is an eponym stays a
// person ("Heimlich said").
func TestNameAdjectives(t *testing.T) {
	a := emphasised("Riot",
		"Protesters threw Molotov cocktails at police. The Olympic fencer said she was hurt. "+
			"Dr. Henry Heimlich said the Heimlich maneuver saved her.")
	x := mustExtract(t, a)
	for _, n := range []string{"Molotov", "Olympic"} {
		if e := entityNamed(x, n); e != nil {
			t.Errorf("%q is an adjective here, no name: %+v", n, *e)
		}
	}
	wantType(t, x, "Henry Heimlich", kg.Person)
}
