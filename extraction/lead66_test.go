package extraction

import "testing"

// TestPriceVerbs: what a thing goes, is going, is listed or is available for is its
// price; what it started at, its starting price.
func TestPriceVerbs(t *testing.T) {
	x := extractBody(t, "The 65-inch Norvik sets go for $5,000 now. The smaller model is listed at $1,350, "+
		"and the Velland speaker is going for just $280.\n\n"+
		"The 48-inch Halden is now available for $350 at most shops.\n\n"+
		"Last year's Tarn phone started at around $200 for the base model.")
	wantMeasures(t, x, map[float64]string{5000: "price", 1350: "price", 280: "price", 350: "price", 200: "starting price"})
}

// TestPriceVerbsNearMiss: a budget that "goes up to" an amount is no price (a thing goes
// for its price, never without "for"), nor are the ministers a minister "started talks
// with" (a count: no act of the verb's).
func TestPriceVerbsNearMiss(t *testing.T) {
	x := extractBody(t, "Our hope is that this $6 billion research budget goes up to $12 billion a year.\n\n"+
		"Defense Secretary Tom Wade started talks on Thursday with more than two dozen defense ministers.")
	for _, f := range x.Figures {
		if f.Measure == "price" || f.Measure == "starting price" {
			t.Errorf("%v %s: no price here (%q)", f.Value, f.Measure, f.Text)
		}
	}
}
