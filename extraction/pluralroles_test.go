package extraction

import "testing"

// TestPluralRoles: a plural role before a list of names gives every name the role, in
// the body or place the phrase names: lower-case words right before the names
// ("Quillon Labs analysts A and B"), or a description set before them ("The two Norland
// senators, A and B", "the founders of Ardent Group, A, B and C"). A phrase whose owner
// is a pronoun ("its top two executives, A and B") or that names no body ("surveyors A
// and B") gives nothing.
func TestPluralRoles(t *testing.T) {
	x := extract(t, "plural-roles")
	for _, r := range [][3]string{
		{"Tom Vale", "analystOf", "Quillon Labs Inc"},
		{"Ida Lund", "analystOf", "Quillon Labs Inc"},
		{"Omar Dane", "senatorOf", "Norland"},
		{"Petra Lind", "senatorOf", "Norland"},
		{"Rolf Dahl", "founderOf", "Ardent Group Corp"},
		{"Maren Ekberg", "founderOf", "Ardent Group Corp"},
		{"Piet Moss", "founderOf", "Ardent Group Corp"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		switch r.Subject {
		case "Anna Berg", "Nils Holm", "Lars Kvist", "Eva Moe":
			if rolePredicates[r.Predicate] {
				t.Errorf("unwanted %+v: the phrase names no body", r)
			}
		}
	}
}
