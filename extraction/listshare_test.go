package extraction

import "testing"

// TestSharedLists: a relation read to the first name of a list reaches the others
// (listshare.go), and not where the list is no list of that relation's names.
func TestSharedLists(t *testing.T) {
	x := extract(t, "shared-lists")
	for _, r := range [][3]string{
		{"Harbor Capital", "investsIn", "Quill Systems"}, // "which owns shares of A, B and C": a stake (heldfractions.go)
		{"Harbor Capital", "investsIn", "Birch Ltd."},
		{"Jan Kord", "founderOf", "Pell Holdings"}, // "founded in 1988 by A, B and C"
		{"Maren Dahl", "founderOf", "Pell Holdings"},
		{"Anton Lund", "directorOf", "Quill Systems"}, // "a director of A, B and C"
		{"Anton Lund", "directorOf", "Birch Ltd."},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		switch {
		case r.Predicate == "presidentOf" && (r.Subject == "Erik Holm") != (r.Object == "Google"):
			t.Errorf("unwanted %+v: each president has his own title", r)
		case r.Subject == "Jan Kord" && r.Predicate == "appoints" && r.Object != "Talos Corp":
			t.Errorf("unwanted %+v: the names after \"as\" are a complement", r)
		case r.Predicate == "chairOf" && r.Object != "Committee on Science":
			t.Errorf("unwanted %+v: a name cut at \"and\" is no list", r)
		case r.Predicate == "joins":
			t.Errorf("unwanted %+v: the agents of a passive are its subjects", r)
		}
	}
}
