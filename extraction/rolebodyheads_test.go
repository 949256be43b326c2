package extraction

import "testing"

// TestRoleBodyHeads: a lower-case body head beside a role ("army spokesman Jon Avery",
// "a member of parliament") stands for the one body the article names with that head
// ("Pakistan's army", "Ghana's parliament"); a role left with only a bare kind word
// ("police spokeswoman Dana Pell" in a report from Marlow that names only another
// county's police) gives no relation rather than a lower-case end.
func TestRoleBodyHeads(t *testing.T) {
	x := extract(t, "role-body-heads")
	for _, r := range [][3]string{
		{"Jon Avery", "spokesmanOf", "Pakistan's army"},
		{"Lena Vik", "memberOf", "Ghana's parliament"},
		{"Omar Haddad", "spokesmanOf", "Velland Fire Department"},
		{"Ines Moro", "leaderOf", "Tarvik Party"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Subject == "Dana Pell" || r.Subject == "Abel Ruiz" {
			t.Errorf("unwanted %s %s %s: no one police body named for the role", r.Subject, r.Predicate, r.Object)
		}
	}
}
