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

// TestIndexMeasures: every move and level of a market index is one measure whatever its
// clause's words and unit ("the Dow Jones industrial average fell 120 points", "the
// benchmark S&P 500 rose 1.2 percent", "the Nasdaq Composite closed at 4,283.59"), and a
// measure with a word of its own beside the index ("the S&P 500 energy sector rose") stays.
func TestIndexMeasures(t *testing.T) {
	for body, want := range map[string]string{
		"The Dow Jones industrial average fell 120.5 points on Monday.": "index fall 120.5 points",
		"The benchmark S&P 500 rose 1.2 percent on Monday.":             "index rise 1.2 percent",
		"The Nasdaq Composite closed at 4,283.59 on Monday.":            "index level 4283.59",
		"The S&P 500 energy sector rose 2.3 percent on Monday.":         "energy sector rise 2.3 percent",
	} {
		keys := figureKeys(t, "Stocks report", "Shares fell in Velland. "+body)
		if !keys[want] {
			t.Errorf("%q: figures %v, want %q", body, keys, want)
		}
	}
}
