package extraction

import "testing"

// TestBorderPairs: "the X-Y border" (or frontier) between two countries or U.S. states,
// or a country's demonym, puts the two sides on one border; other nouns after a pair
// ("the U.S.-China talks"), a side that is no country or state ("EU") and two towns
// say nothing.
func TestBorderPairs(t *testing.T) {
	x := extract(t, "border-pairs")
	for _, want := range [][2]string{{"Turkey", "Syria"}, {"United States", "Mexico"},
		{"Syria", "Lebanon"}, {"Colorado", "Wyoming"}} {
		if !hasRelation(x, want[0], "borders", want[1]) {
			t.Errorf("want %s borders %s; relations: %+v", want[0], want[1], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Predicate == "borders" && (r.Object == "China" || r.Object == "United Kingdom" || r.Object == "Raqqa") {
			t.Errorf("%s borders %s: want none", r.Subject, r.Object)
		}
	}
}
