package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestKinnedNames: a one-word name before a possessive kin word ("Vornell's wife",
// "Tasker's parents") is a person's, not the organization a lone capitalised word is by
// default; a company's "family plan" or "parent" gives it no kin.
func TestKinnedNames(t *testing.T) {
	x := extractBody(t, "Vornell's wife, Adela Ruiz, was hurt in the crash on Saturday. Police said Vornell had been driving home from a game.\n\n"+
		"Tasker's parents attended the hearing. The court later heard from Tasker.")
	wantTypes(t, x, map[string]kg.EntityType{"Vornell": kg.Person, "Tasker": kg.Person})
	y := extractBody(t, "Users may join Qentrix's family plan for free.\n\n"+
		"The deal was announced by Zelmark's parent on Monday.")
	for _, name := range []string{"Qentrix", "Zelmark"} {
		if e := entityNamed(y, name); e != nil && e.Type == kg.Person {
			t.Errorf("%s typed Person: a company's family plan or parent is no kin", name)
		}
	}
}
