package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestOfficerRoles (roles64): an officer's title that names no company is the report's
// own company's — the organization the headline names and the body names most ("CEO
// Dana Ruiz said" opening a paragraph is no dateline "Ceo"; "Ann Berg, the chief
// financial officer,"), and a name after an officer's title in a person's apposition is
// an organization even when it reads like a person's ("chief executive of Helen Keller
// Services"). Titles a person can be the object of ("a spokesman for Governor X", "the
// son of X") keep their person; "a former chief executive" takes no company. A
// spokesperson titled alone speaks for the body that is the subject of the sentence before.
func TestOfficerRoles(t *testing.T) {
	x := extract(t, "officer-roles")
	for _, r := range [][3]string{
		{"Dana Ruiz", "chiefExecutiveOfficerOf", "Zentec Corp"},
		{"Ann Berg", "chiefFinancialOfficerOf", "Zentec Corp"},
		{"Carl Moe", "chiefOperatingOfficerOf", "Zentec Corp"},
		{"Joseph Mills", "chiefExecutiveOf", "Helen Keller Services"},
		{"Mary Dunn", "presidentOf", "Susan Lane Alliance"},
		{"Peter Holm", "spokesmanOf", "Jim Kasich"},
		{"Mike Thomas", "spokesmanOf", "Harbor Transit Authority"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	types := map[string]kg.EntityType{}
	for _, e := range x.Entities {
		types[e.Name] = e.Type
	}
	for name, want := range map[string]kg.EntityType{
		"Helen Keller Services": kg.Organization, "Susan Lane Alliance": kg.Organization,
		"Jim Kasich": kg.Person, "Frank Witter": kg.Person, "Dana Ruiz": kg.Person,
	} {
		if types[name] != want {
			t.Errorf("%s typed %q, want %q", name, types[name], want)
		}
	}
	if _, ok := types["Ceo"]; ok {
		t.Errorf("\"CEO Dana Ruiz\" opening a paragraph read as a dateline: %+v", x.Entities)
	}
	for _, r := range x.Relations {
		if r.Subject == "Tom Reed" && r.Object == "Zentec Corp" {
			t.Errorf("unwanted %+v: a former chief executive, of no named company", r)
		}
		if r.Subject == "Bo Yates" && r.Object == "Harbor Transit Authority" {
			t.Errorf("unwanted %+v: his sentence names another body first, Quorvela", r)
		}
		if r.Subject == "Lisa Crane" && r.Predicate == "spokeswomanOf" {
			t.Errorf("unwanted %+v: the sentence before has no body for its subject", r)
		}
	}
}
