package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestListedAffiliates: a listed group's name followed by "of" and a region names a
// regional affiliate, a body of its own, whose president is not the national group's.
func TestListedAffiliates(t *testing.T) {
	a := emphasised("Clinic reopens",
		"Planned Parenthood said on Monday its clinics would stay open. "+
			"Mara Quell, president of Planned Parenthood of Southern Dunmore, said the clinic in Oria would reopen on Friday.")
	x := mustExtract(t, a)
	wantTypes(t, x, map[string]kg.EntityType{
		"Planned Parenthood":                     kg.Organization,
		"Planned Parenthood of Southern Dunmore": kg.Organization,
	})
	for _, r := range x.Relations {
		if r.Subject == "Mara Quell" && r.Object == "Planned Parenthood" {
			t.Errorf("the affiliate's president is no president of the national group: %+v", r)
		}
	}
}

// TestJournalNotTheirSpeaker: "they wrote" after a study published in a journal is the
// authors' words, not the journal's, and a study's title after "entitled" is no quote.
func TestJournalNotTheirSpeaker(t *testing.T) {
	a := emphasised("Why bears attack",
		"The finding came from a study published in Lumen Letters in March, entitled \u201cHuman habits can draw wild bears into towns,\u201d which blamed people. "+
			"Researchers led by Ida Brenn found that attacks were rare. "+
			"\u201cStrikingly,\u201d they wrote, \u201cmost attacks followed a hiker leaving food out.\u201d")
	x := mustExtract(t, a)
	for _, q := range x.Quotes {
		if q.Speaker == "Lumen Letters" {
			t.Errorf("a journal is no speaker of its authors: %+v", q)
		}
		if q.Text == "Human habits can draw wild bears into towns" {
			t.Errorf("a study's title is no quote: %+v", q)
		}
	}
}
