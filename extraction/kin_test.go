package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestKin: kin nouns between a possessor and a name — "his daughter, X", "Lund's former
// girlfriend X", "her son, X", "with his wife, X", "X, the brother of Y" — give the
// relation and its converse; "Wade's predecessor, X" gives Wade succeeds X; "its rival"
// gives nothing.
func TestKin(t *testing.T) {
	x := extract(t, "kin")
	for _, r := range [][3]string{
		{"Maren Dahl", "childOf", "Anton Lund"},
		{"Anton Lund", "parentOf", "Maren Dahl"},
		{"Ida Berg", "partnerOf", "Anton Lund"},
		{"Tomas Varga", "childOf", "Maren Dahl"},
		{"Lena Wade", "spouseOf", "Tom Wade"},
		{"Tom Wade", "spouseOf", "Lena Wade"},
		{"Erik Holm", "siblingOf", "Ida Berg"},
		{"Tom Wade", "succeeds", "Jon Dahl"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if !kg.IsPredicate(r.Predicate) {
			t.Errorf("%+v: predicate not in the vocabulary", r)
		}
		if r.Subject == "Veltrax Inc" || r.Object == "Veltrax Inc" {
			t.Errorf("unwanted %+v: rivalry is not read", r)
		}
	}
}

// TestPossessiveRoles: a title after a possessor, then its holder — "Veltrax's new
// Chief Executive X", "his lawyer, X", "its vice president of sales X", "Halvorsen
// Systems' chairman X" — and no title from words that merely end in one ("her
// nomination by President X").
func TestPossessiveRoles(t *testing.T) {
	x := extract(t, "possessive-roles")
	for _, r := range [][3]string{
		{"Anton Lund", "chiefExecutiveOf", "Veltrax Inc"},
		{"Tom Wade", "lawyerOf", "Anton Lund"},
		{"Ida Berg", "vicePresidentOf", "Brekke Motors"},
		{"Tomas Varga", "chairmanOf", "Halvorsen Systems"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Subject == "Lena Moss" && r.Predicate == "presidentOf" {
			t.Errorf("unwanted %+v: no title after 'her'", r)
		}
	}
}
