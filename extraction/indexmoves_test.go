package extraction

import "testing"

// TestIndexMoves: a market index or a commodity named alone as the subject of a move
// in percent names the move ("nikkei fall"), past a place's possessive and a wire's
// quote code, and for a name that ends in a number ("FTSE 100"); a company's move stays
// its share price's.
func TestIndexMoves(t *testing.T) {
	x := extract(t, "index-moves")
	wantMeasures(t, x, map[float64]string{1.3: "nikkei fall", 0.7: "kospi fall", 0.4: "ftse 100 rise",
		2.6: "platinum fall", 1.9: "harwick composite index rise", 5.2: "share price fall"})
}
