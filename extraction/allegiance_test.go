package extraction

import "testing"

// TestAllegiance: the oath told with "pledge" or "swear" and "allegiance" — finite ("had
// pledged allegiance to"), a gerund after "after", a relative clause, a group's appositive
// ("X, an outlawed group that has pledged"), "swore an
// allegiance" (one relation of the vocabulary, no open "swearAllegianceTo"), through "the
// leader of" and "the militant group" to the group; none for a participle after a noun,
// a negated oath, or a hedged one.
func TestAllegiance(t *testing.T) {
	x := extract(t, "allegiance")
	for _, r := range [][3]string{
		{"Arvid Tollan", "pledgesAllegianceTo", "Iron Front"},
		{"Red Hand", "pledgesAllegianceTo", "Iron Front"},
		{"Mira Sand", "pledgesAllegianceTo", "Iron Front"},
		{"Jonas Kerr", "pledgesAllegianceTo", "Black Banner"},
		{"Grey Watch", "pledgesAllegianceTo", "Iron Front"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	n := 0
	for _, r := range x.Relations {
		switch {
		case r.Predicate == "pledgesAllegianceTo" && r.Subject == "Arvid Tollan" && r.Object == "Iron Front":
			n++
		case r.Predicate == "pledgesAllegianceTo" && (r.Object == "Red Hand" || r.Object == "Olaf Brenn" || r.Subject == "Kelvar"),
			r.Predicate == "swearAllegianceTo", r.Predicate == "pledgeAllegianceTo", r.Predicate == "leaderOf" && r.Subject == "Hanne Volt":
			t.Errorf("unwanted %+v: a negated or hedged oath, an open predicate, the oath's leader read as a role", r)
		}
	}
	if n != 1 {
		t.Errorf("Arvid Tollan's oath %d times, want 1", n)
	}
}
