package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestStakeWholes: a whole a part is taken of ("seven of the 15 outages struck in 2013")
// takes neither the part's date nor its scope, and two stakes of one value in two
// organizations the article names stay two figures.
func TestStakeWholes(t *testing.T) {
	x := extract(t, "stake-wholes")
	var stakes []kg.Figure
	for _, f := range x.Figures {
		if f.Value == 20 && kg.MeasureClass(f.Measure) == "stake" {
			stakes = append(stakes, f)
		}
	}
	if len(stakes) != 2 {
		t.Errorf("want two 20 percent stakes; figures: %+v", x.Figures)
	}
	whole := findFigure(x, "outages", 15)
	if whole == nil {
		t.Fatalf("want the 15 outages; figures: %+v", x.Figures)
	}
	if whole.Date != "" || whole.Scope.Kind != kg.Whole {
		t.Errorf("the 15 outages take the part's date %q or scope %+v", whole.Date, whole.Scope)
	}
}
