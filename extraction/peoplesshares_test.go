package extraction

import "testing"

// TestPeoplesShares: a percentage of a people or a party's members ("44 percent of
// Americans", "27 percent of Republicans", "58 percent of Democrats", "60 percent of
// Argentines") measures that group of persons, not the country or the party its name
// would stand for alone.
func TestPeoplesShares(t *testing.T) {
	x := extract(t, "peoples-shares")
	want := map[float64]string{44: "americans", 27: "republicans", 58: "democrats", 60: "argentines"}
	wantMeasures(t, x, want)
}
