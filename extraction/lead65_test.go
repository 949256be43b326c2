package extraction

import "testing"

// TestSpeechVerbInBracketsAfterQuote: a verb of saying inside brackets after a closing
// mark belongs to the aside, so the term quoted before it has no speaker and stays a
// term; a bracketed tag inside the speaker's name is read past.
func TestSpeechVerbInBracketsAfterQuote(t *testing.T) {
	x := extractBody(t, "The panel praised the \"index theorem,\" devised in 1963 with Ann Vale of "+
		"the Norland Institute (and properly called the Vale-Atiyah theorem), as a landmark.\n\n"+
		"\"We will not back down,\" Rep. Rita Okafor (D-Calif.) said on Monday.")
	for _, q := range x.Quotes {
		if q.Text == "index theorem" {
			t.Errorf("quote %q given to %q: a term, and the verb is the aside's", q.Text, q.Speaker)
		}
	}
	found := false
	for _, q := range x.Quotes {
		found = found || q.Speaker == "Rita Okafor" && q.Text == "We will not back down"
	}
	if !found {
		t.Errorf("no quote of Rita Okafor past her bracketed tag: %+v", x.Quotes)
	}
}
