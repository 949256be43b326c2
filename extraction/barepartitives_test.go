package extraction

import "testing"

// TestBarePartitives: a part told with "of" and the whole's count, no "the" between
// ("31 of 40 seats", "Eight of 14 defendants", "2,500 of 3,100 applications", "Six of
// Norvale's 11 board members") is a count of its own beside the whole's, as "out of"
// and "of the" parts are; the whole of "seven of nine sailors who were killed" keeps
// the relative clause's toll.
func TestBarePartitives(t *testing.T) {
	x := extract(t, "bare-partitives")
	want := map[float64]string{31: "seats", 40: "seats", 8: "defendants", 14: "defendants", 2500: "applications",
		3100: "applications", 6: "board members", 11: "board members", 7: "killed", 9: "killed"}
	wantMeasures(t, x, want)
}
