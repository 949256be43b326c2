package extraction

import (
	"testing"
)

// TestRestatedPlaces: a figure stated again for another place of the same level ("six
// in Ostrava County and six in Ladell County", "In Tellisburg, 8 inches … In Dunmore, 8
// inches") is a figure of its own, where the same toll told again by another source
// stays one figure.
func TestRestatedPlaces(t *testing.T) {
	x := extract(t, "restated-places")
	n := map[float64]int{}
	for _, f := range x.Figures {
		n[f.Value]++
	}
	if n[6] != 2 {
		t.Errorf("want the six dead of each county, two figures; figures: %+v", x.Figures)
	}
	if n[8] != 2 {
		t.Errorf("want 8 inches in each town, two figures; figures: %+v", x.Figures)
	}
	if n[3] != 2 {
		t.Errorf("want 3 inches forecast for each town, two figures; figures: %+v", x.Figures)
	}
	if n[14] != 1 {
		t.Errorf("want one toll of 14 whatever its sources; figures: %+v", x.Figures)
	}
}
