package extraction

import "testing"

// TestHeldFirms: a person's possessive before a firm's name of two words or more that
// ends in a legal form or an investor's word names its owner (possessives.go heldFirm);
// a fund, a platform and an office are not owned. In-laws are relatives (kin.go).
func TestHeldFirms(t *testing.T) {
	x := extract(t, "held-firms")
	for _, r := range [][3]string{
		{"Dana Whitlock", "ownerOf", "Whitlock Holdings Inc"},
		{"Ana Ruiz", "ownerOf", "Ruiz Capital Management"},
		{"Piet Olander", "relativeOf", "Mara Quint"},
		{"Ravi Moss", "relativeOf", "Lena Olander"},
		{"Lena Olander", "relativeOf", "Ravi Moss"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Predicate == "ownerOf" && (r.Subject == "Tomas Brill" || r.Subject == "Marco Ferrant" || r.Subject == "Jo Kell") {
			t.Errorf("unwanted %+v", r)
		}
	}
}

// TestPlayerPositions: a team's name before a player's position that no trade noun's
// ending gives ("quarterback", "cornerback") makes the player its member (modifiers.go
// playerPositions).
func TestPlayerPositions(t *testing.T) {
	x := extract(t, "player-positions")
	for _, r := range [][3]string{
		{"Eli Brandt", "memberOf", "Hawks"},
		{"Jo Vance", "memberOf", "Owls"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
}
