package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestCreditOpenings: a credit line that opens with other words before "reporting by"
// ("Writing and additional reporting by", "With additional reporting by", a misspelt
// "Additonal") is a credit line, so its reporters report from their cities and none of
// them is typed a place; a cities.txt town with a saint's or a first name's word is a
// place, and a nation's noun for one person ("a Swede") names the country and leaves the
// name after it a person's ("Frenchman Dominique Valmont-Roux").
func TestCreditOpenings(t *testing.T) {
	x := extract(t, "credit-openings")
	for _, r := range [][3]string{
		{"Ann Colby", "reportsFrom", "San Antonio"},
		{"Lee Mossberg", "reportsFrom", "Lyon"},
		{"Ida Brandt", "reportsFrom", "Bern"},
		{"Bo Pettit", "reportsFrom", "Santa Monica"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	types := map[string]kg.EntityType{}
	aliases := map[string][]string{}
	for _, e := range x.Entities {
		types[e.Name] = e.Type
		aliases[e.Name] = e.Aliases
	}
	for name, want := range map[string]kg.EntityType{
		"Ida Brandt": kg.Person, "San Antonio": kg.Place, "Santa Monica": kg.Place,
		"Sweden": kg.Place, "Spain": kg.Place, "Netherlands": kg.Place,
		"Dominique Valmont-Roux": kg.Person,
	} {
		if types[name] != want {
			t.Errorf("%s typed %q, want %q (aliases %v)", name, types[name], want, aliases[name])
		}
	}
}

// TestCreditGivenNames: in a credit line a capitalised function word after "by" or "and"
// opens a person's name ("Editing by Will Harrow", "Can Demir"), where a modal or "can"
// cannot stand; the surname alone is no organization.
func TestCreditGivenNames(t *testing.T) {
	x := mustExtract(t, kg.Article{Title: "Ferry service resumes", Body: "The ferry service resumed on Tuesday after a two-day strike, the operator said.\n\n" +
		"(Reporting by Can Demir in Izmir; Editing by Will Harrow)"})
	types := map[string]kg.EntityType{}
	for _, e := range x.Entities {
		types[e.Name] = e.Type
	}
	for _, name := range []string{"Will Harrow", "Can Demir"} {
		if types[name] != kg.Person {
			t.Errorf("%s typed %q, want a person; entities: %+v", name, types[name], x.Entities)
		}
	}
	for _, name := range []string{"Harrow", "Demir"} {
		if _, ok := types[name]; ok {
			t.Errorf("the surname %s alone is an entity: %+v", name, x.Entities)
		}
	}
}
