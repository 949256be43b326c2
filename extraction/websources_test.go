package extraction

import "testing"

// TestWebSources: a website written lower-case as its address is one word, not a
// sentence that ends at its dot, and a figure's source when the figure is "according
// to" it ("according to shipfleets.com", "according to the site ferrywatch.org").
func TestWebSources(t *testing.T) {
	wantSources(t, "web-sources", []valueSource{{31, "shipfleets.com"}, {12, "shipfleets.com"}, {4000, "ferrywatch.org"}})
}
