package extraction

import "testing"

// TestInitialismCounts: an initialism in capitals between a count and its noun modifies
// the noun ("500 US stores", "300 IT workers", "600 IS militants"); it is not read as
// the pronoun "us" or the verbs "is", which would leave the count with no noun.
func TestInitialismCounts(t *testing.T) {
	x := extract(t, "initialism-counts")
	wantMeasures(t, x, map[float64]string{500: "us stores", 300: "it workers", 600: "is militants"})
}
