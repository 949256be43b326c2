package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestOtherCounts: a toll count of others beside another count of the same toll, or
// joined to a named person, is a part ("group: others"), never the whole toll; after a
// count of another toll it stays whole; a count of sites is no toll of people.
func TestOtherCounts(t *testing.T) {
	const lead = "PORTVILLE, Ore. — A gas explosion tore through a warehouse in Portville on Monday, killing three people and injuring 40, officials said.\n\n"
	tests := []struct {
		name, text, fig, measure, scope string
	}{
		{"a named person and others", "Police said the owner, Harold Brink, had ignored warnings. Brink and four others were arrested on Tuesday.", "four others", "arrested", "group: others"},
		{"a pronoun and others", "Police questioned the foreman. He and two others were arrested on Tuesday.", "two others", "arrested", "group: others"},
		{"beside a count of the same toll", "Nine of the injured were firefighters and five others were neighbors.", "five others", "injured", "group: others"},
		{"a part of the dead", "1 killed; 2 others presumed dead after the blast, officials said.", "2 others", "killed", "group: others"},
		{"after another toll's count", "The blast killed two workers and injured 12 others, the fire chief said.", "12 others", "injured", ""},
		{"another toll, no verb before", "Two workers were killed and 12 others were injured in the blast, the fire chief said.", "12 others", "injured", ""},
		{"another verb's count", "The blast hurled debris that struck down two men and injured 12 others nearby.", "12 others", "injured", ""},
		{"sites where people were trapped", "Rescuers searched the warehouse and nine other locations where people were believed trapped.", "nine other locations", "locations", ""},
		{"homes evacuated stay displaced", "Seven homes were evacuated, the fire chief said.", "Seven homes", "displaced", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := mustExtract(t, leadArticle("Warehouse explosion kills three in Portville", lead+tc.text))
			var got *kg.Figure
			for i := range x.Figures {
				if x.Figures[i].Text == tc.fig {
					got = &x.Figures[i]
				}
			}
			if got == nil {
				t.Fatalf("no figure %q: %+v", tc.fig, x.Figures)
			}
			if got.Measure != tc.measure || got.Scope.String() != tc.scope {
				t.Errorf("%q: measure %q scope %q, want %q %q", tc.fig, got.Measure, got.Scope.String(), tc.measure, tc.scope)
			}
		})
	}
}
