package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestBodiesOf: a name whose last word is a body's head ("Chamber", "Consortium",
// "House", "Summit") goes on past "of" ("Norland Chamber of Commerce", "House of
// Delegates"), but not after a first name ("Robert Hall of Valdora"), not from a head
// inside the name ("House Democrats on Capitol Hill"), and not past a title and its
// holder through "and" ("House of Delegates Speaker Elena Varga and Senate …").
func TestBodiesOf(t *testing.T) {
	x := extract(t, "bodies-of")
	for _, name := range []string{"Norland Chamber of Commerce", "International Consortium of Shipping Reporters", "House of Delegates", "Summit of the Northern Ports"} {
		if e := entityNamed(x, name); e == nil || e.Type != kg.Organization {
			t.Errorf("want the organization %q; entities: %+v", name, x.Entities)
		}
	}
	for _, name := range []string{"Commerce", "Shipping Reporters", "Delegates", "Northern Ports", "Robert Hall of Valdora", "House Democrats on Capitol Hill"} {
		if e := entityNamed(x, name); e != nil {
			t.Errorf("%q is no name of its own: %+v", name, *e)
		}
	}
	if entityNamed(x, "Robert Hall") == nil || entityNamed(x, "Tomas Pirk") == nil {
		t.Errorf("want Robert Hall and Tomas Pirk; entities: %+v", x.Entities)
	}
	var speakerOf string
	for _, r := range x.Relations {
		if r.Subject == "Elena Varga" && r.Predicate == "speakerOf" {
			speakerOf = r.Object
		}
	}
	if speakerOf != "House of Delegates" {
		t.Errorf("Elena Varga is speaker of %q, want the House of Delegates; relations: %+v", speakerOf, x.Relations)
	}
}

// TestBodiesAnd: a body's or a law's name goes on past "and" when common words stand on
// both sides of it and a head or a law's last word ends it ("Food and Drug
// Administration", "Racketeer Influenced and Corrupt Organizations Act"), but two
// names side by side stay two ("the Pentagon and State Department"), as do two bodies ("Harbour Agency and Customs Board") and a person
// before a body ("Carl Mark Force and Secret Service agents").
func TestBodiesAnd(t *testing.T) {
	x := extract(t, "bodies-and")
	want := map[string]kg.EntityType{
		"Norland Food and Drug Administration":               kg.Organization,
		"Rules and Budget Committee":                         kg.Organization,
		"Racketeer Influenced and Corrupt Organizations Act": kg.Other,
	}
	for name, typ := range want {
		if e := entityNamed(x, name); e == nil || e.Type != typ {
			t.Errorf("want %q (%s); entities: %+v", name, typ, x.Entities)
		}
	}
	for _, name := range []string{"Drug Administration", "Budget Committee", "Racketeer Influenced", "Corrupt Organizations Act", "Pentagon and State Department", "Carl Mark Force and Secret Service", "Harbour Agency and Customs Board"} {
		if e := entityNamed(x, name); e != nil {
			t.Errorf("%q is no name of its own: %+v", name, *e)
		}
	}
	if entityNamed(x, "State Department") == nil || entityNamed(x, "Carl Mark Force") == nil {
		t.Errorf("want State Department and Carl Mark Force; entities: %+v", x.Entities)
	}
}

// TestShoutedPlaces: a known place written in capitals in a credit line or after "in"
// is that place ("in TOKYO" is Tokyo), not an organization or a person; capitals
// elsewhere are left to the other rules ("VALTRA").
func TestShoutedPlaces(t *testing.T) {
	x := extract(t, "shouted-places")
	for _, name := range []string{"Mumbai", "Singapore", "New Delhi", "Tokyo"} {
		if e := entityNamed(x, name); e == nil || e.Type != kg.Place {
			t.Errorf("want the place %q; entities: %+v", name, x.Entities)
		}
	}
	for _, name := range []string{"MUMBAI", "SINGAPORE", "NEW DELHI", "TOKYO"} {
		if e := entityNamed(x, name); e != nil {
			t.Errorf("%q should be named as the place is: %+v", name, *e)
		}
	}
}

// TestNumberSign: "No." before a number is the word "number", not a name.
func TestNumberSign(t *testing.T) {
	x := extract(t, "number-sign")
	for _, name := range []string{"No.", "No"} {
		if e := entityNamed(x, name); e != nil {
			t.Errorf("%q is no name: %+v", name, *e)
		}
	}
	for _, r := range x.Relations {
		if r.Subject == "No." || r.Object == "No." {
			t.Errorf("relation of %q: %+v", "No.", r)
		}
	}
}

// TestCompassPlaces: a compass word before a known place names a part of it, a place of
// its own ("Southern California", "West Texas"), not a person, and not the place it is
// part of ("South Los Angeles" is not Los Angeles).
func TestCompassPlaces(t *testing.T) {
	x := extract(t, "compass-places")
	for _, name := range []string{"Southern California", "West Texas", "South Florida", "South Los Angeles", "Los Angeles"} {
		if e := entityNamed(x, name); e == nil || e.Type != kg.Place {
			t.Errorf("want the place %q; entities: %+v", name, x.Entities)
		}
	}
}

// TestPeoplePlurals: a name that ends in a demonym's plural is a people, a group
// ("South Koreans", "Latino Americans"), not a person; the word alone before it goes to
// the group ("Latino").
func TestPeoplePlurals(t *testing.T) {
	x := extract(t, "people-plurals")
	for _, name := range []string{"South Koreans", "Latino Americans"} {
		if e := entityNamed(x, name); e == nil || e.Type != kg.Group {
			t.Errorf("want the group %q; entities: %+v", name, x.Entities)
		}
	}
	for _, e := range x.Entities {
		if e.Type == kg.Person {
			t.Errorf("no person is named here: %+v", e)
		}
	}
}

// TestPlaceHeads: a name that ends in the head noun of a natural or built feature
// ("Hill", "Creek", "Beach", "Capitol", "Memorial", "Cemetery") is a place, but a
// surname head ("Hill", "Beach", "Forest") makes a place only after "the" or a
// preposition of place, not after a verb or a noun ("said Karen Hill", "forward Brent Hill").
func TestPlaceHeads(t *testing.T) {
	x := extract(t, "place-heads")
	for _, name := range []string{"Varnholt State Capitol", "Capitol", "Briar Hill", "Osterby Memorial", "Lindqvist Cemetery", "Kessel Creek", "Harrow Beach"} {
		if e := entityNamed(x, name); e == nil || e.Type != kg.Place {
			t.Errorf("want the place %q; entities: %+v", name, x.Entities)
		}
	}
	for _, name := range []string{"Karen Hill", "Brent Hill", "Lena Forest"} {
		if e := entityNamed(x, name); e == nil || e.Type != kg.Person {
			t.Errorf("want the person %q; entities: %+v", name, x.Entities)
		}
	}
	if e := entityNamed(x, "Varnholt State University Long Beach"); e == nil || e.Type != kg.Organization {
		t.Errorf("want the organization Varnholt State University Long Beach; entities: %+v", x.Entities)
	}
}

// TestListedPlaces: a one-word name after a firmly typed place and a comma, and before a
// comma, "and" or "or", is a place of the same list ("in Texas, Kesselby, …"); not before
// a verb ("In Kansas, Pellman said").
func TestListedPlaces(t *testing.T) {
	x := extract(t, "listed-places")
	if e := entityNamed(x, "Kesselby"); e == nil || e.Type != kg.Place {
		t.Errorf("want the place Kesselby; entities: %+v", x.Entities)
	}
	if e := entityNamed(x, "Pellman"); e == nil || e.Type != kg.Person {
		t.Errorf("want the person Pellman; entities: %+v", x.Entities)
	}
}

// TestKinNames: a name right after a noun of kinship, with or without a comma, is a
// person's ("his wife, Orsolya", "his son Tavin", "Brask's brother, Kellan").
func TestKinNames(t *testing.T) {
	x := extract(t, "kin-names")
	for _, name := range []string{"Orsolya", "Tavin", "Kellan"} {
		if e := entityNamed(x, name); e == nil || e.Type != kg.Person {
			t.Errorf("want the person %q; entities: %+v", name, x.Entities)
		}
	}
}

// TestOfficeTitles: a title that names its office after "of" or "for" ends before the
// holder's name ("Minister of Maritime Affairs Teodor Valchev"), at a clause's start too;
// the office's words are no entity unless they name a body ("the House of Delegates"),
// a title among the office's words is the office's ("Minister of Justice"), and a
// company after "chief executive of" stays whole.
func TestOfficeTitles(t *testing.T) {
	x := extract(t, "office-titles")
	for _, name := range []string{"Teodor Valchev", "Ilse Varnhagen", "Kasimir Oduya", "Marta Lindqvist", "Elena Varga", "Anton Reiss", "Piet Olander"} {
		if e := entityNamed(x, name); e == nil || e.Type != kg.Person {
			t.Errorf("want the person %q; entities: %+v", name, x.Entities)
		}
	}
	for _, name := range []string{"Maritime Affairs Teodor Valchev", "Public Works Ilse Varnhagen", "Harbour Safety Kasimir Oduya", "State Marta Lindqvist", "Police Anton Reiss", "Police", "Freight Logistics", "Minister of", "Chief Executive Officer of Vellmar"} {
		if e := entityNamed(x, name); e != nil {
			t.Errorf("%q is no name of its own: %+v", name, *e)
		}
	}
	if e := entityNamed(x, "Harbour Freight Logistics"); e == nil {
		t.Errorf("want Harbour Freight Logistics whole; entities: %+v", x.Entities)
	}
	roles := map[string]string{}
	for _, r := range x.Relations {
		roles[r.Subject+" "+r.Predicate] = r.Object
	}
	if got := roles["Ilse Varnhagen ministerOf"]; got != "Norland" {
		t.Errorf("Ilse Varnhagen is minister of %q, want Norland; relations: %+v", got, x.Relations)
	}
	if got := roles["Elena Varga speakerOf"]; got != "House of Delegates" {
		t.Errorf("Elena Varga is speaker of %q, want the House of Delegates; relations: %+v", got, x.Relations)
	}
}

// TestNumberedNames: a number after a capitalised common word belongs to the name
// ("Interstate 58", "Route 7", "Chapter 11"; a road is a place, anything else a thing;
// a company's name runs on to its suffix: "Lisko 3 Participações SA"), but not a score
// ("Valsey 82, Corran 78", "the Herons 14 Marlow"), a count ("12 times", "12
// delegates"), a compound ("98-91") or a broadcaster's channel ("Fox 9"); a place in a
// series or a rank ("Category 4", "Game 5") is no name at all.
func TestNumberedNames(t *testing.T) {
	x := extract(t, "numbered-names")
	want := map[string]kg.EntityType{
		"Interstate 58":            kg.Place,
		"Route 7":                  kg.Place,
		"Chapter 11":               kg.Other,
		"Lisko 3 Participações SA": kg.Organization,
	}
	for name, typ := range want {
		if e := entityNamed(x, name); e == nil || e.Type != typ {
			t.Errorf("want %q (%s); entities: %+v", name, typ, x.Entities)
		}
	}
	for _, name := range []string{"Interstate", "Route", "Chapter", "Valsey 82", "Corran 78", "Tamsin Orrell 12", "Aldana 12", "Herons 98", "Herons 14", "Fox 9", "Lisko 3", "Participações SA", "Category 4", "Category", "Game 5", "Game"} {
		if e := entityNamed(x, name); e != nil {
			t.Errorf("%q is no name of its own: %+v", name, *e)
		}
	}
}

func TestPlaceNouns(t *testing.T) {
	x := extract(t, "place-nouns")
	for name, typ := range map[string]kg.EntityType{
		"Brooklyn":        kg.Place,
		"CNN":             kg.Organization,
		"Texas":           kg.Place,
		"Aceh province":   kg.Place,
		"Varlo district":  kg.Place,
		"Pell Ridge":      kg.Place, // "the Seattle neighborhood of Pell Ridge"
		"Sao Paulo state": kg.Place, // the noun tells the state from the city
	} {
		if e := entityNamed(x, name); e == nil || e.Type != typ {
			t.Errorf("want %q (%s); entities: %+v", name, typ, x.Entities)
		}
	}
	for _, name := range []string{"Brooklyn neighborhood", "Seattle neighborhood", "CNN town", "Texas state"} {
		if e := entityNamed(x, name); e != nil {
			t.Errorf("%q: the place noun is no part of the name: %+v", name, *e)
		}
	}
}

func TestGeneralTitles(t *testing.T) {
	x := extract(t, "general-titles")
	for _, name := range []string{"U.S. Solicitor", "Solicitor", "General", "Inspector"} {
		if e := entityNamed(x, name); e != nil {
			t.Errorf("%q is part of a title: %+v", name, *e)
		}
	}
	found := false
	for _, r := range x.Relations {
		if r.Subject == "Maren Holt" && r.Predicate == "solicitorGeneralOf" && r.Object == "United States" {
			found = true
		}
	}
	if !found {
		t.Errorf("want Maren Holt solicitorGeneralOf United States; relations: %+v", x.Relations)
	}
}
