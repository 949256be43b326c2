package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestLoneGivenNames: a given name that stands alone, with nothing else to type it, is a
// person's (a character in a recap, a relative named by first name), not the organization
// a lone capitalised word is by default; a prize's name that is also a given name
// ("Oscar producers") is not.
func TestLoneGivenNames(t *testing.T) {
	a := emphasised("Recap: the ferry at dawn",
		"Jamie tries to calm Claire before the crossing, but she is unmoved. "+
			"Later Jamie tells Claire that the ferry will wait. "+
			"Oscar producers said the episode would air in March. "+
			"Oscar history has few ferries.")
	x := mustExtract(t, a)
	wantTypes(t, x, map[string]kg.EntityType{
		"Jamie":  kg.Person,
		"Claire": kg.Person,
	})
	if e := entityNamed(x, "Oscar"); e != nil && e.Type == kg.Person {
		t.Errorf("Oscar before producers is a prize's name, not a person: %+v", e)
	}
}
