package extraction

import "testing"

// TestQuotedLabels: a name in quotation marks is no quote, whoever the sentence names:
// after a naming word ("what X calls "Harbor Day"", "named her boat "Bluebell,""), after
// a title's noun and a comma ("a study, "Ports of Tomorrow,""), or as the subject of
// its sentence (""Nitro" might be …"); the quotations around them keep their speaker.
func TestQuotedLabels(t *testing.T) {
	x := extract(t, "quoted-labels")
	got := map[string]string{}
	for _, q := range x.Quotes {
		got[q.Text] = q.Speaker
	}
	for _, label := range []string{"Harbor Day.", "Harbor Day", "Bluebell", "Ports of Tomorrow", "Nitro", "Harbor Lights"} {
		if sp, ok := got[label]; ok {
			t.Errorf("label %q read as a quote of %q", label, sp)
		}
	}
	for _, said := range []string{"We waited a long time for this", "It will be a good summer"} {
		if got[said] != "Dana Holt" {
			t.Errorf("speaker of %q = %q, want Dana Holt; quotes %v", said, got[said], got)
		}
	}
}
