package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestRangeBounds: a range "from $7 trillion to $30 trillion" gives its two bounds, "at
// least" the first and "up to" the second, and no third, exact figure of the first bound.
func TestRangeBounds(t *testing.T) {
	x := extract(t, "range-bounds")
	var low, high, exact int
	for _, f := range x.Figures {
		switch {
		case f.Value == 7e12 && f.Qualifier == kg.AtLeast:
			low++
		case f.Value == 30e12 && f.Qualifier == kg.UpTo:
			high++
		case f.Value == 7e12 && f.Qualifier == kg.Exact:
			exact++
		}
	}
	if low != 1 || high != 1 || exact != 0 {
		t.Errorf("want the two bounds only (at least 7e12, up to 30e12); figures: %+v", x.Figures)
	}
}
