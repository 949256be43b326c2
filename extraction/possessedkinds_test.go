package extraction

import "testing"

// TestPossessedKinds: "the group's leader, X" gives X the role of the body the article
// names most only when that body can be a group — a body of a state (a bureau, a court)
// is none, so the leader of an unnamed band of ranchers leads no one named — and never a
// country; "blamed the ATTACK on X" blames X, the name after "on", not the attack's
// victim, while "blamed X for an attack on Y" still blames X.
func TestPossessedKinds(t *testing.T) {
	x := extract(t, "possessed-kinds")
	for _, r := range [][3]string{
		{"Lena Moss", "presidentOf", "Tarvel Growers League"},
		{"United States", "blames", "Ostria"},
		{"United States", "blames", "Velmar"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range [][3]string{
		{"Amos Corder", "leaderOf", "Federal Bureau of Investigation"},
		{"Dora Pell", "leaderOf", "Federal Bureau of Investigation"},
		{"Lena Moss", "presidentOf", "United States"},
		{"United States", "blames", "Karvo Telecom"},
	} {
		if hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("unwanted %s %s %s", r[0], r[1], r[2])
		}
	}
}
