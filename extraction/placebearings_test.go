package extraction

import "testing"

// TestPlaceBearings: a place given by a bearing after a place noun ("Marlowe, a farming
// village north of Dunmore") or in a relative clause ("Harwick, which lies 15 miles west
// of Corran") lies near the other place; "the PART area of TOWN", with only the town
// known, puts the part in the town. A noun that names no place ("a town hall of the
// county") says nothing.
func TestPlaceBearings(t *testing.T) {
	x := extract(t, "place-bearings")
	for _, want := range [][3]string{
		{"Marlowe", "locatedNear", "Dunmore"},
		{"Tenby Falls", "locatedNear", "Corran"},
		{"Camp Harlan", "locatedNear", "Dunmore"},
		{"Harwick", "locatedNear", "Corran"},
		{"Pellham", "locatedNear", "Dunmore"},
		{"Ashgrove", "locatedIn", "London"},
	} {
		if !hasRelation(x, want[0], want[1], want[2]) {
			t.Errorf("want %s %s %s; relations: %+v", want[0], want[1], want[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Subject == "Tarrow" || r.Subject == "Corran" && r.Predicate != "locatedIn" {
			t.Errorf("%s %s %s: want none", r.Subject, r.Predicate, r.Object)
		}
	}
}
