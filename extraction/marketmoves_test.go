package extraction

import (
	"strings"
	"testing"
)

// TestPointsMoves: an index's move in points is read as the index's rise or fall, the
// percent after ", or" as the same move, and the level after the restatement as the
// index's level, one measure for every index ("index rise", the index its subject); a player's points and a poll's lead stay no market move.
func TestPointsMoves(t *testing.T) {
	for body, want := range map[string][]string{
		"The Varnia Composite Index rose 66.75 points, or 0.4 percent, to 17,500.20.": {
			"index rise 66.75 points", "index rise 0.4 percent", "index level 17500.2"},
		"The benchmark index was down 6.15 points, or 0.3 percent, at 2,041.06.": {
			"benchmark index fall 6.15 points", "benchmark index fall 0.3 percent", "benchmark index level 2041.06"},
		"The Nasdaq Composite lost 12.5 points on Tuesday.":           {"index fall 12.5 points"},
		"The pound fell 2 cents, or 1.4 percent, against the dollar.": {"pound fall 0.02 USD", "pound fall 1.4 percent"},
	} {
		keys := figureKeys(t, "Markets report", body)
		for _, w := range want {
			if !keys[w] {
				t.Errorf("%q: figures %v, want %q", body, keys, w)
			}
		}
	}
	for _, body := range []string{
		"Tom Okafor added 17 points and eight rebounds for the Harbor City Hawks.",
		"The Hawks added 12 points in the third quarter.",
	} {
		for k := range figureKeys(t, "Hawks win", body) {
			if strings.Contains(k, "points") {
				t.Errorf("%q: figure %q, want no points figure", body, k)
			}
		}
	}
}
