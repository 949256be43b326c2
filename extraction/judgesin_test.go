package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestJudgesIn: a judge's title, name and "in TOWN" give judgeOf the town; a state after
// "in" gives nothing.
func TestJudgesIn(t *testing.T) {
	a := kg.Article{Title: "Court notes", Body: "U.S. District Judge Ann Marlow in Sacramento dismissed the suit on Monday.\n\n" +
		"The defendant will appear before U.S. Magistrate Judge Tom Keller in Tucson on Friday.\n\n" +
		"U.S. District Judge Ruth Perrin in Ohio did not rule."}
	x, err := Extract(a)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range [][3]string{{"Ann Marlow", "judgeOf", "Sacramento"}, {"Tom Keller", "judgeOf", "Tucson"}} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %v; relations: %+v", r, x.Relations)
		}
	}
	if hasRelation(x, "Ruth Perrin", "judgeOf", "Ohio") {
		t.Errorf("judgeOf a state: %+v", x.Relations)
	}
}
