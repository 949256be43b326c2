package extraction

import "testing"

// TestAideSpeakers: an aide is a role, and a name after a role after a name heads the
// phrase again ("Senate minority leader Mark Webb aide Rob Hill": the aide speaks, not
// the leader), for a quote's speaker and for a figure's source.
func TestAideSpeakers(t *testing.T) {
	wantSpeakers(t, quoteSpeakers(t, "aide-speakers"), map[string]string{
		"Forty-two boats use the pier every week and the best the council can offer is a study": "Rob Hill",
	})
	wantSources(t, "aide-speakers", []valueSource{{42, "Rob Hill"}, {300, "Lena Ortiz"}})
}
