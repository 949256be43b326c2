package extraction

import "testing"

// TestMovedLevels: the price after "at" that a named move in percent right before
// reaches is the level of what moved ("closed down 11 percent on Monday, at $42.17":
// share price; "Platinum edged down 0.8 percent at $1,019.50 an ounce": platinum per
// ounce); so is a bare count after "to" ("road deaths rose by 6.2 percent to 3,140":
// road deaths).
func TestMovedLevels(t *testing.T) {
	x := extract(t, "moved-levels")
	wantMeasures(t, x, map[float64]string{42.17: "share price", 1019.5: "platinum per ounce", 3140: "road deaths"})
}
