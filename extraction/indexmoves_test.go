package extraction

import "testing"

// TestIndexMoves: a market index named alone as the subject of a move in percent moves as
// an index, whose subject names it ("Japan's Nikkei lost 1.3 percent": index fall, of the
// Nikkei), past a place's possessive and a wire's quote code, and for a name that ends in a
// number ("FTSE 100"); a commodity names its own move ("platinum fall"); a company's move
// stays its share price's.
func TestIndexMoves(t *testing.T) {
	x := extract(t, "index-moves")
	wantMeasures(t, x, map[float64]string{1.3: "index fall", 0.7: "index fall", 0.4: "index rise",
		2.6: "platinum fall", 1.9: "index rise", 5.2: "share price fall"})
	for v, subj := range map[float64]string{1.3: "Nikkei", 0.7: "Kospi", 0.4: "FTSE 100", 1.9: "Harwick Composite Index"} {
		for _, f := range x.Figures {
			if f.Value == v && f.Subject != subj {
				t.Errorf("%v: subject %q, want %q", v, f.Subject, subj)
			}
		}
	}
}
