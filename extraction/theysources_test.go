package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestTheySources: "they" as a figure's teller stands for the one teller of the sentence
// before when that teller can be "they" (a plural description of people, a body, names
// joined by "and"); not a person, not when two tellers compete, not across a heading.
func TestTheySources(t *testing.T) {
	for _, tc := range []struct {
		body    string
		measure string
		source  string
	}{
		{"A ferry sank off Lakeview island on Tuesday, police officials said. They said there were about 40 people aboard.", "people", "police officials"},
		{"Prosecutors said Tom Wade took bribes for years. They said he diverted more than $80,000 of public money.", "amount diverted", "prosecutors"},
		{"A ferry sank off Lakeview island on Tuesday, Tom Wade said. They said there were about 40 people aboard.", "people", ""},
		{"Coast guard officials said a ferry sank on Tuesday, but police officials said it ran aground. They said there were about 40 people aboard.", "people", ""},
		{"A ferry sank off Lakeview island on Tuesday, police officials said.\n\n# Rescue\n\nThey said there were about 40 people aboard.", "people", ""},
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
