package extraction

import "testing"

// TestAccordingIntroducedSource: "the people said" goes back to "according to people
// familiar with the matter", not to the fund the statement names; "according to
// filings" introduces no speaker.
func TestAccordingIntroducedSource(t *testing.T) {
	wantSources(t, "according-intro", []valueSource{{4, "people familiar with the matter"}, {2, ""}})
}
