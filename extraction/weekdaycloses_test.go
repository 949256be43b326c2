package extraction

import "testing"

// TestWeekdayCloses: the price at which a stock or shares closed on a day is a share
// price, not the day's ("The stock closed Friday at $46.80"), and the change after it
// the share price's.
func TestWeekdayCloses(t *testing.T) {
	x := extract(t, "weekday-closes")
	wantMeasures(t, x, map[float64]string{46.8: "share price", 2.1: "share price fall", 12.35: "share price"})
}
