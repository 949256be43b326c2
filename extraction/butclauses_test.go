package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestButClauses: a verb after "but" shares the subject that opens the sentence, with or
// without a comma ("Halvorsen Systems welcomed the plan but criticized Ostmark"), and a
// titled name opening the sentence is the subject of a verb after ", and" ("Circuit Judge
// Mara Olsen concurred …, and urged the Norland Assembly"). Near miss: after a comma,
// a clause that "that" opens owns the verb after "but" ("Ivo Marsh repeated that Tarvo
// Bank is profitable in most cities, but is investing in Quill Finance": Tarvo Bank
// invests, not Marsh).
func TestButClauses(t *testing.T) {
	a := kg.Article{Title: "Rulings and plans", Body: "Halvorsen Systems welcomed the plan but criticized Ostmark Holdings for its delay.\n\n" +
		"Circuit Judge Mara Olsen concurred in the judgment, and urged the Norland Assembly to update the law.\n\n" +
		"Ivo Marsh repeated that Tarvo Bank is profitable in most cities, but is investing in Quill Finance."}
	x, err := Extract(a)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range [][3]string{
		{"Halvorsen Systems", "criticizes", "Ostmark Holdings"},
		{"Mara Olsen", "urges", "Norland Assembly"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %v; relations: %+v", r, x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Subject == "Ivo Marsh" && r.Predicate == "investsIn" {
			t.Errorf("unwanted %+v: the verb after \"but\" is the reported clause's", r)
		}
	}
}
