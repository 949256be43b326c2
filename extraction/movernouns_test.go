package extraction

import (
	"strings"
	"testing"
)

// TestMoverNouns: a change told as a noun whose mover is a name or a possessive names
// what moved: a company's share price ("a 3.8 percent drop in Dorvane Mining Corp
// shares", "Dorvane Mining Corp's 6 percent slide"), an index ("a 9 percent drop in the
// Harbor Composite Index"), a market ("the broader market's 0.3 percent rise"). A firm's
// kind or a person before the possessive names nothing that moved.
func TestMoverNouns(t *testing.T) {
	x := extract(t, "mover-nouns")
	wantMeasures(t, x, map[float64]string{3.8: "share price fall", 6: "share price fall", 9: "index fall", 0.3: "market rise"})
	for _, f := range x.Figures {
		if f.Value == 5 && (strings.HasPrefix(f.Measure, "company") || strings.HasPrefix(f.Measure, "share price")) {
			t.Errorf("a firm's kind read as what moved: %+v", f)
		}
		if f.Value == 9 && f.Subject != "Harbor Composite Index" {
			t.Errorf("the index's drop is of %q, want the index", f.Subject)
		}
	}
}
