package ledger

import (
	"slices"
	"testing"

	"github.com/factgraph/kg/schema"
)

var marketBombing = mentionOf("bombing", "Varno", "Kelvia", "2016-02-28")

// lateSunday is the evening of Sunday 28 February 2016.
const lateSunday = "2016-02-28T18:00:00Z/2016-02-29T00:00:00Z"

func TestEarlierCounts(t *testing.T) {
	rose := "Officials confirmed the latest death toll, which rose from the toll of 24 reported late Sunday."
	other := "Seven other civilians were killed in attacks elsewhere, officials said late Sunday."
	wire := func(published string) rep {
		return rep{id: "w", publisher: "Wire", published: published, mentions: []schema.MentionRecord{marketBombing},
			figures: []fig{{measure: "killed", value: 30, source: "police", text: "The death toll rose to 30, police said."}}}
	}
	daily := func(earlier fig) rep {
		return rep{id: "d", publisher: "Daily", published: "2016-02-29 09:00", mentions: []schema.MentionRecord{marketBombing},
			figures: []fig{{measure: "killed", value: 35, source: "officials", text: "The death toll climbed to 35 on Monday, officials said."}, earlier}}
	}
	earlier := fig{measure: "killed", value: 24, replaced: true, asOf: lateSunday, text: rose, phrase: "24", offset: 100}
	tests := []struct {
		name    string
		reports []rep
		want    []string
	}{
		{"an earlier count is revised by the report's count now, and conflicts with another outlet's of its time",
			[]rep{wire("2016-02-28 18:58"), daily(earlier)}, []string{"conflict 30-24", "revision 24-35"}},
		{"another outlet's count a day before is not of its time",
			[]rep{wire("2016-02-27 12:00"), daily(earlier)}, []string{"revision 24-35"}},
		{"an undated earlier count is held against no other outlet",
			[]rep{wire("2016-02-28 18:58"), daily(fig{measure: "killed", value: 24, replaced: true, text: rose, phrase: "24", offset: 100})}, []string{"revision 24-35"}},
		{"a count of others is no earlier count of the toll",
			[]rep{wire("2016-02-28 18:58"), daily(fig{measure: "killed", value: 24, replaced: true, asOf: lateSunday, text: other, phrase: "Seven other civilians", offset: 100})}, nil},
		{"an earlier count above the count now does not hide the count now",
			[]rep{{id: "w", publisher: "Wire", published: "2016-02-29 08:00", mentions: []schema.MentionRecord{marketBombing},
				figures: []fig{{measure: "killed", value: 60, source: "police"}}},
				daily(fig{measure: "killed", value: 50, replaced: true, text: "Officials had initially put the toll at 50.", phrase: "50", offset: 100})},
			[]string{"conflict 60-35", "revision 50-35"}},
		{"the same outlet's count is its own",
			[]rep{func() rep { r := wire("2016-02-28 18:58"); r.publisher = "Daily"; return r }(), daily(earlier)}, []string{"revision 24-35"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := findings(derive(t, tt.reports...))
			if !slices.Equal(got, tt.want) {
				t.Errorf("findings %v, want %v", got, tt.want)
			}
		})
	}
}
