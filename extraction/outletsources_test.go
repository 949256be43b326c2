package extraction

import "testing"

// TestResumedOutletSources: "the newspaper reported" after "The Lakeside Herald reported"
// is the paper's, not the company the sentence names; "the station said" is no paper's
// and the article names no station: the kind word, as before.
func TestResumedOutletSources(t *testing.T) {
	wantSources(t, "outlet-sources", []valueSource{{16e9, "The Lakeside Herald"}, {30.72, "The Lakeside Herald"}, {40e6, "station"}})
}
