package extraction

import "testing"

// TestMoreParallels: a bare count with "more" before a phrase of its own, after a link
// word, adds to the count before it and takes its measure ("2,400 flights were
// canceled on Saturday and over 1,300 more on Sunday", "arrested 40 protesters on
// Friday and 25 more on Saturday"), as "and 25 on Saturday" does.
func TestMoreParallels(t *testing.T) {
	x := extract(t, "more-parallels")
	want := map[float64]string{2400: "flights", 1300: "flights", 40: "arrested", 25: "arrested"}
	wantMeasures(t, x, want)
}
