package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestSpeakerFrom: a speaker named with the body they come from ("Ann Roe from the Tarvo
// Institute said") is its member, as with "of"; not a person moved "from" a body
// ("removed Tom Wade from the Brindle Foundation").
func TestSpeakerFrom(t *testing.T) {
	a := kg.Article{Title: "Eruption update", Body: "Dave Hale from the Dunmore Volcano Observatory said the eruption had slowed.\n\n" +
		"\"The risk is real,\" says Ann Roe from the Tarvo Institute for Legal Studies.\n\n" +
		"The court removed Tom Wade from the Brindle Foundation on Monday."}
	x, err := Extract(a)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range [][3]string{{"Dave Hale", "memberOf", "Dunmore Volcano Observatory"}, {"Ann Roe", "memberOf", "Tarvo Institute for Legal Studies"}} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %v; relations: %+v", r, x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Subject == "Tom Wade" {
			t.Errorf("unexpected %+v", r)
		}
	}
}
