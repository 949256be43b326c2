package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestMakerPrefixed: a company's one-word name before a place names its unit there
// (an organization, partOf the company), and before a model's code its product
// (productOf); "the company" still stands for the story's company, not the unit.
func TestMakerPrefixed(t *testing.T) {
	x, err := Extract(kg.Article{Title: "Report", Body: "Corvane Motors Inc said on Monday it would sell its stake in Corvane Japan. " +
		"The company also said a Corvane X-7 had been recalled in Belmar, and that Corvane Japan would keep its name. " +
		"The company reported a loss of $4.4 billion."})
	if err != nil {
		t.Fatal(err)
	}
	types := map[string]kg.EntityType{}
	for _, e := range x.Entities {
		types[e.Name] = e.Type
	}
	if types["Corvane Japan"] != kg.Organization {
		t.Errorf("Corvane Japan is %q, want an organization: %+v", types["Corvane Japan"], x.Entities)
	}
	for _, r := range [][3]string{{"Corvane Japan", "partOf", "Corvane Motors Inc"}, {"Corvane X-7", "productOf", "Corvane Motors Inc"}} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %v in %+v", r, x.Relations)
		}
	}
	for _, f := range x.Figures {
		if f.Value == 4.4e9 && f.Source == "Corvane Japan" {
			t.Errorf("the company's loss told by its unit: %+v", f)
		}
	}
}
