package extraction

import "testing"

// TestAppositiveRoles: two roles coordinated before one body are both held there
// ("co-founder and chief executive of Quillon Labs"), the second only in the first
// organization after it (not "Larkspur", a name the phrase runs on to); a passive's
// coordinated agents each act ("backed by Birch Partners and Quill Ventures"); an office
// held "as" after a verb of serving, taking or leaving it is its subject's ("took office
// as Hale's chief of staff", "served as the chief financial officer of Birch Bank"), and
// a thing that "served as a hideout" holds none. A relative clause on the organization
// that ends a person's appositive leaves the person the verb's subject ("Ekberg,
// president of the Vesper Foundation, which funds the survey, told Reuters").
func TestAppositiveRoles(t *testing.T) {
	x := extract(t, "appositive-roles")
	for _, r := range [][3]string{
		{"Tom Vale", "coFounderOf", "Quillon Labs"},
		{"Tom Vale", "chiefExecutiveOf", "Quillon Labs"},
		{"Lena Fisk", "presidentOf", "Ardent Group"},
		{"Lena Fisk", "chiefExecutiveOfficerOf", "Ardent Group"},
		{"Omar Dane", "chairmanOf", "Norland Trust"},
		{"Petra Lind", "analystOf", "Kestrel Insights"},
		{"Birch Partners", "supports", "Zephyr Labs"},
		{"Quill Ventures", "supports", "Zephyr Labs"},
		{"Rolf Dahl", "chiefOfStaffOf", "Hale"},
		{"Ida Lund", "chiefFinancialOfficerOf", "Birch Bank"},
		{"Piet Moss", "ministerOf", "Ostmark"},
		{"Maren Ekberg", "told", "Reuters"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		switch {
		case r.Subject == "Petra Lind" && r.Predicate == "analystOf" && r.Object == "Larkspur":
			t.Errorf("unwanted %+v: the second role's body is the first organization after it", r)
		case r.Subject == "Vesper Foundation" && heard(r.Predicate):
			t.Errorf("unwanted %+v: the relative clause is the foundation's, the appositive Ekberg's", r)
		case r.Object == "Red Band" && r.Predicate != "supports":
			t.Errorf("unwanted %+v: a mill holds no office", r)
		}
	}
}
