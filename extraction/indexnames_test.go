package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestIndexNamesAndProvinces: a stock index's number and its last word "Index" or "index"
// belong to its name ("the S&P 500 Index rose": no lone "Index"), and Canada's provinces
// are places in Canada, so "the Alberta town of Fort Lusk" names two places, not one.
func TestIndexNamesAndProvinces(t *testing.T) {
	x := extract(t, "index-names")
	for _, name := range []string{"S&P 500 Index", "Brennick 300 index"} {
		if e := entityNamed(x, name); e == nil || e.Type != kg.Other {
			t.Errorf("want %q an Other entity; got %+v", name, e)
		}
	}
	for _, name := range []string{"Index", "S&P", "Alberta town", "Ontario city"} {
		if e := entityNamed(x, name); e != nil {
			t.Errorf("want no entity %q; got %+v", name, e)
		}
	}
	for _, name := range []string{"Alberta", "Ontario", "Quebec", "Manitoba", "Nova Scotia", "Fort Lusk", "Brinley"} {
		if e := entityNamed(x, name); e == nil || e.Type != kg.Place {
			t.Errorf("want %q a Place; got %+v", name, e)
		}
	}
	for _, want := range [][2]string{{"Fort Lusk", "Alberta"}, {"Brinley", "Ontario"}, {"Sherbrooke", "Quebec"}} {
		if !hasRelation(x, want[0], "locatedIn", want[1]) {
			t.Errorf("want %s locatedIn %s; relations: %+v", want[0], want[1], x.Relations)
		}
	}
}
