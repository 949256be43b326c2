package extraction

import "testing"

// TestInstitutionsInPlaces: a body named for a building or a campus (a church, a
// hospital, a university, a school, a centre, an office) "in" a place is in that place, as a place "in" a
// place is; a place followed by "suburb of" is not where it is, and other bodies "in" a
// place are left alone (an office is not its company).
func TestInstitutionsInPlaces(t *testing.T) {
	x := extract(t, "institution-places")
	for _, want := range [][2]string{{"Grace Baptist Church", "Lakeview"}, {"Northfield University", "Springfield"}, {"Mercy Hospital", "Dayton"},
		{"National Storm Center", "Tarrow"}, {"Moss County Sheriff's Office", "Harlan"}} {
		if !hasRelation(x, want[0], "locatedIn", want[1]) {
			t.Errorf("want %s locatedIn %s; relations: %+v", want[0], want[1], x.Relations)
		}
	}
	for _, not := range [][2]string{{"Lincoln High School", "Dayton"}, {"Harbor Holdings", "Springfield"}} {
		if hasRelation(x, not[0], "locatedIn", not[1]) {
			t.Errorf("%s locatedIn %s: want none", not[0], not[1])
		}
	}
}
