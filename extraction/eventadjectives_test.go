package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestEventAdjectivesIn: one or two lower-case words between "the" and an event's name
// ("the summer Olympics in Denver", "the four-day Harvest Festival in Fresno") leave the
// event in the town; a thing that is no event ("the new Model X in Montana") stays
// unplaced.
func TestEventAdjectivesIn(t *testing.T) {
	a := kg.Article{Title: "Events", Body: "Officials refused to move the summer Olympics in Denver.\n\n" +
		"Crowds arrived for the annual Harvest Festival in Fresno on Friday.\n\n" +
		"Regulators examined the new Model X in Montana."}
	x, err := Extract(a)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range [][3]string{{"Olympics", "locatedIn", "Denver"}, {"Harvest Festival", "locatedIn", "Fresno"}} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %v; relations: %+v", r, x.Relations)
		}
	}
	if hasRelation(x, "Model X", "locatedIn", "Montana") {
		t.Errorf("a product placed: %+v", x.Relations)
	}
}
