package extraction

import "testing"

// TestNamedRunHeads: a count before a body's or a product's name reads the lower-case
// plural after the name as what it counts ("a dozen Harbor State Police troopers"), and a
// town's name before the plural stays out of the measure ("two Texas apartments")
// (testdata/named-run-heads.input, invented; main measured the first three by the name
// alone).
func TestNamedRunHeads(t *testing.T) {
	wantMeasures(t, extract(t, "named-run-heads"), map[float64]string{12: "harbor state police troopers", 3: "vale sea hawk helicopters", 3000: "harbor county court records", 2: "apartments"})
}
