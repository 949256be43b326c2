package extraction

import "testing"

// TestUpFrom: a bare number after "up from", "up 30 percent from" or "a sharp decrease
// from", set off by a comma, is an earlier value of the amount before it and takes its
// measure.
func TestUpFrom(t *testing.T) {
	x := extract(t, "up-from")
	wantMeasures(t, x, map[float64]string{140: "protests", 31900: "staff", 60000: "homes without power"})
}
