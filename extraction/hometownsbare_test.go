package extraction

import "testing"

// TestBareHometowns: "NAME, AGE, TOWN, STATE" with no "of" gives the person's home
// town (residentOf), but not when a phrase goes on after the state ("Bellport, Texas
// where he trained").
func TestBareHometowns(t *testing.T) {
	x := extract(t, "bare-hometowns")
	for _, want := range [][2]string{{"Rona Vell", "Dunmore"}, {"Tad Ostrow", "Carvel"}} {
		if !hasRelation(x, want[0], "residentOf", want[1]) {
			t.Errorf("want %s residentOf %s; relations: %+v", want[0], want[1], x.Relations)
		}
	}
	if hasRelation(x, "Ike Marsh", "residentOf", "Bellport") {
		t.Errorf("Ike Marsh residentOf Bellport: want none (a clause goes on)")
	}
}
