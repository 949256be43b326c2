package extraction

import "testing"

// sourcesIn extracts a report titled title with body and returns each figure's source
// by its value.
func sourcesIn(t *testing.T, title, body string) map[float64]string {
	t.Helper()
	out := map[float64]string{}
	for _, f := range mustExtract(t, leadArticle(title, body)).Figures {
		out[f.Value] = f.Source
	}
	return out
}

// TestSrc76Sources: a description by a business's kind with modifiers that name no one
// ("the wearable camera maker", "the online retail giant") is the story's company, as
// "the ride-sharing company" is (kindSource); "according to" a name of no known kind — a
// research firm, an index, a website — is that name's figure, also past the data it
// compiled or a polling average (otherSource); a speaker "involved in" something, an
// adverb first or not, is named as the report names them, not by the name inside the
// phrase (postModified). A share price takes no teller from the paragraph's sentences
// before: the market gives it. "The report said" goes back to the study or survey the
// article brought in with its author (sameDocument's researchPapers).
func TestSrc76Sources(t *testing.T) {
	for _, tc := range []struct {
		name, title, body string
		want              []valueSource
	}{
		{"maker", "Zentrix revenue outlook falls",
			"Zentrix Inc shares fell on Thursday in New York.\n\nThe wearable camera maker said on Wednesday it expected revenue of about $435 million for the fourth quarter.",
			[]valueSource{{4.35e8, "Zentrix Inc"}}},
		{"giant", "Orvano posts record profit",
			"Orvano Inc posted its largest quarterly profit on Thursday.\n\nFor the first quarter, the online retail giant said it pulled in a net income of $513 million.",
			[]valueSource{{5.13e8, "Orvano Inc"}}},
		{"research firm", "Karvo online sales grow",
			"Karvo's online shops keep growing.\n\nThe market saw more than 2 trillion yuan of transactions last year, according to iQuantix.",
			[]valueSource{{2e12, "iQuantix"}}},
		{"compiled data", "Pay gap study",
			"Women hold few engineering jobs in Karvo.\n\nThe industry average is 18 percent, according to data compiled by The Ledger.",
			[]valueSource{{18, "The Ledger"}}},
		{"index", "Lecturers' pay",
			"Adjunct lecturers at Karvo College make between $3,840 and $10,000 per course, according to the Karvo Pay Index, which tracks pay.",
			[]valueSource{{3840, "Karvo Pay Index"}}},
		{"involved", "Zentrix nears stake deal",
			"Zentrix Group is nearing a deal to buy a stake worth about $940 million in Orvano Ltd, according to three sources directly involved in the deal.",
			[]valueSource{{9.4e8, "three sources directly involved in the deal"}}},
		{"involved lawyers", "Clemency cases pile up",
			"More than 8,000 cases have yet to reach the Karvo Department of Justice for review, lawyers involved in the program told reporters.",
			[]valueSource{{8000, "lawyers involved in the program"}}},
		{"share price", "Orvano results",
			"Orvano Inc said on Thursday its net income rose to $88 million. Shares jumped by more than 12 percent in after-hours trading.",
			[]valueSource{{8.8e7, "Orvano Inc"}, {12, ""}}},
		{"study then report", "Jobs at risk in Karvo",
			"More than half of workers in Karvo are at high risk of losing their jobs, a Harlow Labour Institute study found.\n\nThe automotive sector employs more than 800,000 workers, the report said.",
			[]valueSource{{800000, "Harlow Labour Institute"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := sourcesIn(t, tc.title, tc.body)
			for _, w := range tc.want {
				if src, ok := got[w.value]; !ok {
					t.Errorf("no figure %v in %v", w.value, got)
				} else if src != w.source {
					t.Errorf("source of %v = %q, want %q", w.value, src, w.source)
				}
			}
		})
	}
}
