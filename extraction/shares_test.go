package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestShareWholes: the whole a part is taken of is a count of its own, measured by its
// noun and not by what happened to the part ("three of the 12 crew were missing": 12
// crew); a share in words of a counted whole is a percentage of the whole's noun ("more
// than a quarter of the 400 passengers": more than 25 percent of passengers, and 400
// passengers); a part of a stretch ("14 of its first 20 sailings") counts the part, the
// stretch no figure; "one of the 300 people rescued" keeps the whole's own verb; a quantity
// of a unit ("a tenth of the 90,000 tonnes of grain") and a year ("a third of the 2016
// budget") are no whole of a share.
func TestShareWholes(t *testing.T) {
	x := extract(t, "share-wholes")
	for _, want := range []struct {
		measure string
		value   float64
		unit    string
		qual    kg.Qualifier
	}{
		{"passengers", 25, "percent", kg.MoreThan}, {"passengers", 400, "", kg.Exact}, {"crew", 12, "", kg.Exact},
		{"missing", 3, "", kg.Exact}, {"sailings", 14, "", kg.Exact}, {"lifeboats", 5, "", kg.Exact},
		{"residents", 50, "percent", kg.Nearly}, {"residents", 2500000, "", kg.Exact},
	} {
		f := findFigure(x, want.measure, want.value)
		if f == nil || string(f.Unit) != want.unit || f.Qualifier != want.qual {
			t.Errorf("want %s %v %s %s; got %+v; figures: %+v", want.qual, want.value, want.unit, want.measure, f, x.Figures)
		}
	}
	for _, f := range x.Figures {
		switch {
		case f.Value == 20, f.Value == 10, f.Value == 33.3:
			t.Errorf("no figure here: %+v", f)
		case f.Value == 12 && f.Measure != "crew", f.Value == 400 && f.Measure != "passengers":
			t.Errorf("the whole is measured by its noun: %+v", f)
		case f.Value == 5 && f.Scope.Kind == kg.Status:
			t.Errorf("the part's condition is not the whole's: %+v", f)
		}
	}
}
