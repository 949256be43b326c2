package schema

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestLeadToll: an event's toll in the first sentences of the body tells it as news;
// one further down, of another event, or in the headline does not.
func TestLeadToll(t *testing.T) {
	x := &kg.Extraction{
		Article:   kg.Article{Title: "Militants claim market bombing that killed dozens"},
		Sentences: []kg.Sentence{{Text: "At least 40 people were killed when a bomb went off at a market."}, {Text: "Police said the bomb was in a car."}, {Text: "A blast last month killed 20."}, {Text: "Militants claim market bombing that killed dozens"}},
		Events:    []kg.Event{{Type: "bombing", Place: "Karbala", Country: "Iraq", Main: true}, {Type: "bombing", Country: "Iraq", Date: "2016-04"}, {Type: "bombing", Place: "Najaf", Country: "Iraq"}},
		Figures: []kg.Figure{
			{Measure: "killed", Value: 40, Event: 0, Sentence: 0},
			{Measure: "killed", Value: 20, Event: 1, Sentence: 2},
			{Measure: "killed", Value: 24, Event: 2, Sentence: 3},
		},
	}
	for i, want := range []bool{true, false, false} {
		if got := leadToll(x, i); got != want {
			t.Errorf("event %d: leadToll = %v, want %v", i, got, want)
		}
	}
}
