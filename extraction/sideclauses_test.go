package extraction

import (
	"testing"
	"time"

	"github.com/factgraph/kg"
)

// TestSideClauseSources: a toll that a side clause recalls is not the main clause's
// teller's. A fronted passing or relative clause loses the teller whose verb follows it;
// a trailing teller loses a toll only when it is a past event's; a teller before the
// clause (reported speech), the clause's own teller, and a relative clause that no comma
// closes keep theirs.
func TestSideClauseSources(t *testing.T) {
	checkSourceCases(t, []sourceCase{
		{body: "Two days after bombings at the station in Lisbon killed 27 people, a guard at a dam was found dead, local media reported on Friday.", value: 27, source: ""},
		{body: "Amid the attacks in Oslo, which killed 84 people, lawmakers in Vienna said Europe must act.", value: 84, source: ""},
		{body: "During the siege in Rabat that killed 19 police officers, officials said the gunmen used grenades.", value: 19, source: ""},
		{body: "The harbor chief said on Friday the agency was still examining the boat of the smuggler who killed 11 people in Valletta.", value: 11, source: "harbor chief"},
		{body: "Two days after bombings at the station in Lisbon killed 27 people, police said, a guard at a dam was found dead.", value: 27, source: "police"},
		{body: "A man was arrested on Monday in connection with a shooting at a Tulsa bar that killed three people, police said.", value: 3, source: "police"},
		{body: "A fast-moving wildfire that more than doubled in size on Friday has killed two people, authorities said.", value: 2, source: "authorities"},
		{body: "A building that collapsed amid heavy rains in Lagos, killing at least 14 people, had no permit, officials said.", value: 14, source: "officials"},
		{body: "In his first remarks on Monday's ferry disaster, which killed all 41 people on board, the governor said the inquiry would take months.", value: 41, source: ""},
		{body: "In the ferry disaster, 41 people were killed, the governor said.", value: 41, source: "governor"},
	})
	pub := time.Date(2016, 4, 8, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		body   string
		value  float64
		source string
	}{
		{"A bomb at a market in Bergen killed six people on Thursday, police said.\n\nKarl Brenner, thought to have helped plan the Nov. 13 bombing that killed 84 people in Oslo, was held with two others, prosecutors said.", 84, ""},
		{"A bomb at a market in Bergen killed six people on Thursday, police said.\n\nKarl Brenner, thought to have helped plan the Monday bombing that killed 84 people in Oslo, was held with two others, prosecutors said.", 84, "prosecutors"},
		{"A bomb at a market in Bergen killed six people on Thursday, police said.\n\nThe harbor chief told a panel on Thursday that the boat could hold data on the route the smugglers took after their shooting rampage in December that killed 11 people in Valletta.", 11, ""},
		{"A bomb at a market in Bergen killed six people on Thursday, police said.\n\nThe harbor chief told a panel on Thursday that the boat could hold data on the route the smugglers took after their shooting rampage on Monday that killed 11 people in Valletta.", 11, "harbor chief"},
	} {
		x, err := Extract(kg.Article{Title: "Report", Body: tc.body, Published: pub})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, f := range x.Figures {
			if f.Value != tc.value {
				continue
			}
			found = true
			if f.Source != tc.source {
				t.Errorf("%q: %s %v source %q, want %q", tc.body, f.Measure, f.Value, f.Source, tc.source)
			}
		}
		if !found {
			t.Errorf("%q: no figure %v in %+v", tc.body, tc.value, x.Figures)
		}
	}
}
