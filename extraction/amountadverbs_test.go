package extraction

import "testing"

// TestAmountAdverbs: a word after an amount that says when or how it counts ("today",
// "overnight", "apiece") names nothing; what moved or what was paid names it.
func TestAmountAdverbs(t *testing.T) {
	x := extract(t, "amount-adverbs")
	wantMeasures(t, x, map[float64]string{30: "share price fall", 0.1: "index fall", 450: "sale price"})
}
