package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestBasedPlaces: "the PLACE-based KIND" with no name after it stands for the body the
// article named before, which lies in the place; a sentence's opening "The" does not
// hide the place of "The Lyon-based agency Interpol"; a description after another body in
// its sentence is left alone. "ORG, based|headquartered in PLACE" and "PLACE,
// headquarters of ORG" put the body in the place, but not "an analyst at ORG based in
// PLACE". A place before "near the border with X" or "near the X border" is near X. A
// body "in Town, State" is in the state too, a road is not. Jails, prisons and penitentiaries are places, and so are
// seas and ranges of several countries, which take no article's country.
func TestBasedPlaces(t *testing.T) {
	x := extract(t, "based-places")
	for _, want := range [][2]string{{"Norvale Freight Inc", "Tacoma"}, {"Interpol", "Lyon"},
		{"World Weather Office", "Geneva"}, {"Tarvel Corp", "Charlotte"}, {"Rimco Energy", "Houston"}} {
		if !hasRelation(x, want[0], "locatedIn", want[1]) {
			t.Errorf("want %s locatedIn %s; relations: %+v", want[0], want[1], x.Relations)
		}
	}
	if hasRelation(x, "Daily Ledger", "locatedIn", "Tacoma") {
		t.Errorf("Daily Ledger locatedIn Tacoma: want none")
	}
	if hasRelation(x, "Brant Securities", "locatedIn", "Boston") {
		t.Errorf("Brant Securities locatedIn Boston: want none (the analyst is based there)")
	}
	for _, want := range [][2]string{{"Kessab", "Turkey"}, {"Dorvale", "Virginia"}} {
		if !hasRelation(x, want[0], "locatedNear", want[1]) {
			t.Errorf("want %s locatedNear %s; relations: %+v", want[0], want[1], x.Relations)
		}
	}
	if !hasRelation(x, "Mercy Hospital", "locatedIn", "Ohio") {
		t.Errorf("want Mercy Hospital locatedIn Ohio (in Dayton, Ohio); relations: %+v", x.Relations)
	}
	if hasRelation(x, "I-80", "locatedIn", "California") {
		t.Errorf("I-80 locatedIn California: want none (a road runs on)")
	}
	if hasRelation(x, "North Carolina", "locatedNear", "Virginia") {
		t.Errorf("North Carolina locatedNear Virginia: want the town, Dorvale")
	}
	for _, name := range []string{"Pike County Jail", "Vellmore State Penitentiary", "Aegean", "Baltic", "Himalayas", "South Caucasus"} {
		if e := entityNamed(x, name); e == nil || e.Type != kg.Place {
			t.Errorf("%s: want a Place, got %+v", name, e)
		}
	}
	for _, r := range x.Relations {
		if r.Subject == "South Caucasus" && r.Predicate == "locatedIn" {
			t.Errorf("South Caucasus locatedIn %s: want none", r.Object)
		}
	}
}

// TestPossessiveSites: "BODY's PLACE plant|office|headquarters" gives the body a site in
// the place; a place's possessive ("Missouri's Columbia campus") and a unit that is a
// body ("Alphabet's Google unit") give none.
func TestPossessiveSites(t *testing.T) {
	x := extract(t, "possessive-sites")
	for _, want := range [][2]string{{"Norvale Motors", "Ohio"}, {"Quillon Corp", "Denver"},
		{"Tarvex Inc", "Shenzhen"}, {"Kessing", "Paris"}} {
		if !hasRelation(x, want[0], "hasFacilityIn", want[1]) {
			t.Errorf("want %s hasFacilityIn %s; relations: %+v", want[0], want[1], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Predicate == "hasFacilityIn" && (r.Subject == "Missouri" || r.Subject == "Alphabet") {
			t.Errorf("%s hasFacilityIn %s: want none", r.Subject, r.Object)
		}
	}
}
