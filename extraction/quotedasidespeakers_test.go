package extraction

import "testing"

// TestQuotedAsideSpeakers: a short quotation inside the speaker's description (a
// paper's title, a nickname) does not end the search for the verb of saying after a
// quote (testdata/quoted-aside-speakers.input, invented; main left both quotes
// without a speaker).
func TestQuotedAsideSpeakers(t *testing.T) {
	wantSpeakers(t, quoteSpeakers(t, "quoted-aside-speakers"), map[string]string{
		"Fares will rise again next year": "Nora Kell",
		"We will fight the rise":          "Tomas Ruen",
	})
}
