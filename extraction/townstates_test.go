package extraction

import "testing"

// TestTownStates: "Town, STATE" followed by a person's or a body's name is the town in
// the state ("In Lornfield, Ohio, Dana Whitcombe said", "near Brellton, Kansas,
// Halvorsen Rail said", a credit line's "Tom Rusk in Elmridge, Iowa and Maria Santos in
// Denver"), and so is "Town, COUNTRY, Body"; a list of places stays a list ("Pardale,
// Nebraska, Ostrava and Boston" says nothing of Ostrava, though Pardale is in Nebraska:
// townpairlists.go), a state that shares a city's
// name after a listed city stays a list ("Chicago, New York, Greyhound said"), and a
// town the word lists put in another country is not moved ("Moscow, Ukraine, Kiev").
func TestTownStates(t *testing.T) {
	x := extract(t, "town-states")
	for _, want := range [][2]string{{"Lornfield", "Ohio"}, {"Brellton", "Kansas"}, {"Elmridge", "Iowa"}, {"Vellano", "Syria"}} {
		if !hasRelation(x, want[0], "locatedIn", want[1]) {
			t.Errorf("want %s locatedIn %s; relations: %+v", want[0], want[1], x.Relations)
		}
	}
	for _, no := range [][2]string{{"Chicago", "New York"}, {"Moscow", "Ukraine"}, {"Ostrava", "Nebraska"}, {"Nebraska", "Ostrava"}} {
		if hasRelation(x, no[0], "locatedIn", no[1]) {
			t.Errorf("%s locatedIn %s: want none (a list of places)", no[0], no[1])
		}
	}
}
