package extraction

import (
	"testing"

	kg "github.com/factgraph/kg"
)

// TestRegionNations: Scotland and England alone are places, and a first minister heads
// the nation the possessive names, never the sovereign country a demonym gives.
func TestRegionNations(t *testing.T) {
	x := mustExtract(t, leadArticle("Vote splits Britain",
		"Officials said Scotland could not stay in the bloc on its own. "+
			"After the vote, Scotland's First Minister Moira Baird said a new vote was possible. "+
			"Scottish First Minister Moira Baird spoke to reporters in Edinburgh on Friday."))
	for _, e := range x.Entities {
		if e.Name == "Scotland" && e.Type != kg.Place {
			t.Errorf("Scotland typed %s", e.Type)
		}
		if e.Name == "First" {
			t.Errorf("a title word as a name: %+v", e)
		}
	}
	if !hasRelation(x, "Moira Baird", "firstMinisterOf", "Scotland") {
		t.Errorf("want Moira Baird firstMinisterOf Scotland; relations: %+v", x.Relations)
	}
	for _, r := range x.Relations {
		if r.Subject == "Moira Baird" && r.Object == "United Kingdom" {
			t.Errorf("a devolved head made the country's: %+v", r)
		}
	}
}
