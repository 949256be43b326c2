package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestResultSources: a company that "posted", "booked" or "recorded" a result is the
// source of the figures its result states; a person's record, posted bail, a list of
// companies' combined result and a subject past an apposition are not read so.
func TestResultSources(t *testing.T) {
	for _, tc := range []struct {
		body    string
		measure string
		source  string
	}{
		{"Norwick Payments Plc posted a 68 percent rise in revenue on Wednesday.", "revenue rise", "Norwick Payments Plc"},
		{"Meridian Bank Corp booked an operating loss of $15 million for the quarter.", "operating loss", "Meridian Bank Corp"},
		{"Talos Corp said demand slowed in Asia. It posted a net loss of $2 million in the quarter.", "net loss", "Talos Corp"},
		{"Ken Marlow of Brambleton posted bail of $5,000 on Monday.", "bail", ""},
		{"Talos Corp, Meridian Bank Corp and Norwick Payments Plc booked a combined $600 billion in revenue last year.", "revenue", ""},
	} {
		x, err := Extract(kg.Article{Title: "Report", Body: tc.body})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, f := range x.Figures {
			if f.Measure != tc.measure {
				continue
			}
			found = true
			if f.Source != tc.source {
				t.Errorf("%q: %s source %q, want %q", tc.body, f.Measure, f.Source, tc.source)
			}
		}
		if !found {
			t.Errorf("%q: no %s figure in %+v", tc.body, tc.measure, x.Figures)
		}
	}
}
