package extraction

import "testing"

// TestRoleBodyHeads: a lower-case body head beside a role ("army spokesman Jon Avery",
// "a member of parliament") stands for the one body the article names with that head
// ("Pakistan's army", "Ghana's parliament"); a role left with only a bare kind word
// ("a police officer in Tulsa" in a report from Marlow) gives no relation rather than a
// lower-case end. "police spokeswoman Dana Pell" in the report from Marlow is the Marlow
// police's, which "Marlow police said" names (ent177: a lone name before "police" is a town).
func TestRoleBodyHeads(t *testing.T) {
	x := extract(t, "role-body-heads")
	for _, r := range [][3]string{
		{"Jon Avery", "spokesmanOf", "Pakistan's army"},
		{"Lena Vik", "memberOf", "Ghana's parliament"},
		{"Omar Haddad", "spokesmanOf", "Velland Fire Department"},
		{"Ines Moro", "leaderOf", "Tarvik Party"},
		{"Dana Pell", "spokeswomanOf", "Marlow police"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Subject == "Abel Ruiz" {
			t.Errorf("unwanted %s %s %s: no one police body named for the role", r.Subject, r.Predicate, r.Object)
		}
	}
}
