package extraction

import "testing"

// TestVisitorCounts: a count of people whose verb is "visited" counts visitors, one
// whose verb is "voted" voters.
func TestVisitorCounts(t *testing.T) {
	checkFigures(t, "Park visits", map[string][]string{
		"A record 31 million people visited the Ruritania parks in 2015.": {"visitors 3.1e+07"},
		"About 2 million people voted in the Elmtown primary.":             {"voters 2e+06"},
	})
}
