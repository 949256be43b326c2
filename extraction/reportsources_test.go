package extraction

import "testing"

// TestReportSources: a bare "the report said" that the article never brought in stands
// for the organization the sentence before in the same paragraph attributes to; not in a
// paragraph's first sentence, and not when the sentence before names no body.
func TestReportSources(t *testing.T) {
	wantSources(t, "report-sources", []valueSource{{120, "Harbor Safety Board"}, {60, "Harbor Safety Board"}, {12, ""}})
}
