package extraction

import "testing"

// TestDescribedGiants: "the search giant" stands for the business the article says
// "search" of, not the nearest other business; a court is no giant of a trade, and a
// bare "the giant" stands for nothing.
func TestDescribedGiants(t *testing.T) {
	x := extractStrict(readInput(t, "testdata/described-giants.input"))
	if !hasRelation(x, "Tellmark Systems", "sues", "Quorvane Inc") {
		t.Errorf("missing Tellmark Systems sues Quorvane Inc in %+v", x.Relations)
	}
	for _, r := range [][3]string{
		{"Tellmark Systems", "sues", "Brindle Partners"},
		{"Ada Brask", "orders", "Western District Court of Norland"},
	} {
		if hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("unexpected %v", r)
		}
	}
}
