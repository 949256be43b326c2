package extraction

import "testing"

// TestRelationInTheSpeakersLine: a relation read from the speaker's line after a quote
// ("'…,' Norland spokesman Ivo Marek told Reuters") is the article's statement, not the
// speaker's, even when the sentence opens inside the quote: it has no source.
func TestRelationInTheSpeakersLine(t *testing.T) {
	x := mustExtract(t, leadArticle("Norland rejects talks",
		"\"Talks will go on. We are ready to meet again,\" Norland government spokesman Ivo Marek told Reuters on Tuesday."))
	saw := false
	for _, r := range x.Relations {
		if r.Subject == "Ivo Marek" {
			saw = true
			if r.Source != "" {
				t.Errorf("the speaker's own line has no source: %+v", r)
			}
		}
	}
	if !saw {
		t.Errorf("want Ivo Marek's relations; relations: %+v", x.Relations)
	}
}
