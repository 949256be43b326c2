package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestResultSources: a company that "posted", "booked" or "recorded" a result is the
// source of the figures its result states; a person's record, posted bail, a list of
// companies' combined result and a subject past an apposition are not read so.
func TestResultSources(t *testing.T) {
	checkSourceCases(t, []sourceCase{
		{body: "Norwick Payments Plc posted a 68 percent rise in revenue on Wednesday.", measure: "revenue rise", source: "Norwick Payments Plc"},
		{body: "Meridian Bank Corp booked an operating loss of $15 million for the quarter.", measure: "operating loss", source: "Meridian Bank Corp"},
		{body: "Talos Corp said demand slowed in Asia. It posted a net loss of $2 million in the quarter.", measure: "net loss", source: "Talos Corp"},
		{body: "Ken Marlow of Brambleton posted bail of $5,000 on Monday.", measure: "bail", source: ""},
		{body: "Talos Corp, Meridian Bank Corp and Norwick Payments Plc booked a combined $600 billion in revenue last year.", measure: "revenue", source: ""},
	})
}

// sourceCase is a one-report figure-source check: the figure of the body picked by its
// measure (or, with no measure, its value) must have the source given ("" for none).
type sourceCase struct {
	body    string
	measure string
	value   float64
	source  string
}

// checkSourceCases extracts each case's body and checks its figure's source.
func checkSourceCases(t *testing.T, cases []sourceCase) {
	t.Helper()
	for _, tc := range cases {
		x, err := Extract(kg.Article{Title: "Report", Body: tc.body})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, f := range x.Figures {
			if tc.measure != "" && f.Measure != tc.measure || tc.measure == "" && f.Value != tc.value {
				continue
			}
			found = true
			if f.Source != tc.source {
				t.Errorf("%q: %s %v source %q, want %q", tc.body, f.Measure, f.Value, f.Source, tc.source)
			}
		}
		if !found {
			t.Errorf("%q: no figure %q %v in %+v", tc.body, tc.measure, tc.value, x.Figures)
		}
	}
}
