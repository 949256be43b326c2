package extraction

import "testing"

// TestServedPersons: "NAME, a lawyer|spokesman for PERSON" holds the role for that
// person; not for a person's possessive ("for Ruiz's company"), nor for a person after a
// role that serves no one ("a neighbour of Colby").
func TestServedPersons(t *testing.T) {
	x := extract(t, "served-persons")
	for _, r := range [][3]string{
		{"Kim Ray", "lawyerOf", "Jim Ruiz"},
		{"Tom Vance", "spokesmanOf", "Ann Colby"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if (r.Subject == "Nora Whitfield" || r.Subject == "Dan Ortiz") && (r.Object == "Jim Ruiz" || r.Object == "Ann Colby") {
			t.Errorf("unwanted %+v", r)
		}
	}
}
