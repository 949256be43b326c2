package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestTitledAtBody: a lower-case role noun before a person's name and "at", "of" or
// "from" a body after it give the role in that body; not a site ("at Tarvo
// Securities' Oslo office"), nor a role after a possessive ("the chairman's son").
func TestTitledAtBody(t *testing.T) {
	a := kg.Article{Title: "Shares slide", Body: "\"Demand is soft,\" said chip analyst Ana Reyes at Brindle Capital.\n\n" +
		"Analyst Mia Lund of Quill Research said prices would fall.\n\n" +
		"\"It was expected,\" said equity strategist Tom Wade at Tarvo Securities' Oslo office.\n\n" +
		"The company hired economist Omar Said from Velland Partners last year."}
	x, err := Extract(a)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range [][3]string{{"Ana Reyes", "analystOf", "Brindle Capital"}, {"Mia Lund", "analystOf", "Quill Research"}} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %v; relations: %+v", r, x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Subject == "Tom Wade" || r.Subject == "Omar Said" {
			t.Errorf("unexpected %+v", r)
		}
	}
}
