package extraction

import "testing"

// TestServedPersons: "NAME, a lawyer|spokesman for PERSON" (or "an adviser to PERSON", or
// "A spokeswoman for PERSON, NAME,")
// holds the role for that person; not for a person's possessive ("for Ruiz's company", "to Ruiz's campaign"), nor for a person after a
// role that serves no one ("a neighbour of Colby").
func TestServedPersons(t *testing.T) {
	x := extract(t, "served-persons")
	for _, r := range [][3]string{
		{"Kim Ray", "lawyerOf", "Jim Ruiz"},
		{"Tom Vance", "spokesmanOf", "Ann Colby"},
		{"Lia Brandt", "adviserOf", "Ann Colby"},
		{"Eva Lund", "adviserOf", "Ann Colby"},
		{"Rob Tell", "spokesmanOf", "Ian Moss"},
		{"Mia Stone", "spokeswomanOf", "Ann Colby"}, // the role before the name
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if (r.Subject == "Nora Whitfield" || r.Subject == "Dan Ortiz" || r.Subject == "Omar Pell" || r.Subject == "Leo Hart") && (r.Object == "Jim Ruiz" || r.Object == "Ann Colby") {
			t.Errorf("unwanted %+v", r)
		}
		if r.Subject == "Eva Lund" && r.Object == "Harlow University" && r.Predicate == "adviserOf" ||
			r.Subject == "Rob Tell" && r.Object != "Ian Moss" {
			t.Errorf("unwanted %+v: the role is held for the person, not for a body named beside it", r)
		}
	}
}
