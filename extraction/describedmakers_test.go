package extraction

import "testing"

// TestDescribedMakers: "the PRODUCT maker" stands for the company the article names
// with that product ("Zelcor … its eQube"), and the product is part of it; a maker of a
// product no company is named with stands for none, and no nearer business (an
// analysts' firm) is taken for it.
func TestDescribedMakers(t *testing.T) {
	x := extractStrict(readInput(t, "testdata/described-makers.input"))
	if !hasRelation(x, "eQube", "productOf", "Zelcor Inc") {
		t.Errorf("missing eQube productOf Zelcor Inc in %+v", x.Relations)
	}
	if !hasRelation(x, "Halvorsen Systems", "sues", "Zelcor Inc") {
		t.Errorf("missing Halvorsen Systems sues Zelcor Inc in %+v", x.Relations)
	}
	for _, r := range [][3]string{
		{"eQube", "productOf", "Brindle Partners"},
		{"vPad", "productOf", "Brindle Partners"},
		{"vPad", "productOf", "Ostrava Motors"},
	} {
		if hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("unexpected %v", r)
		}
	}
}
