package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestJointSources: a poll two or more bodies put out together ("the Reuters/Ipsos
// poll", "an NBC/Wall Street Journal/Marist poll") is its figures' source under the
// joint name the sentence writes; a source glued to nothing, a source whose sentence
// glues another name to something else, and a sentence's determiner stay out of it.
func TestJointSources(t *testing.T) {
	for _, tc := range []struct {
		body   string
		value  float64
		source string
	}{
		{"A new NBC/Wall Street Journal/Marist poll showed Senator Dana Wilkes with 44 percent of the vote in Ohio.", 44, "NBC/Wall Street Journal/Marist"},
		{"About 31 percent of voters said they would back the measure, according to a Reuters/Ipsos poll conducted last week.", 31, "Reuters/Ipsos"},
		{"A CBS/YouGov poll of Florida voters found Governor Dana Wilkes at 38 percent.", 38, "CBS/YouGov"},
		{"A Gallup poll found 52 percent of adults favored the plan.", 52, "Gallup"},
		{"Reuters reported that 120 people were killed in the floods, with wind and/or rain cutting power to the valley.", 120, "Reuters"},
	} {
		x, err := Extract(kg.Article{Title: "Report", Body: tc.body})
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
				t.Errorf("%q: %v source %q, want %q", tc.body, f.Value, f.Source, tc.source)
			}
		}
		if !found {
			t.Errorf("%q: no figure %v in %+v", tc.body, tc.value, x.Figures)
		}
	}
}

// TestJointSourceReading: the string reading of jointSource's parts.
func TestJointSourceReading(t *testing.T) {
	for _, tc := range []struct {
		text      string
		slash     int // index of the slash
		before    string
		afterName string
	}{
		{"An NBC/Wall Street Journal/Marist poll", 6, "NBC", "Wall Street Journal"},
		{"In a Reuters/Ipsos poll", 12, "Reuters", "Ipsos"},
		{"site Re/code reported", 7, "Re", "code"},
		{"The A/B test", 5, "", "B"},
	} {
		if tc.text[tc.slash] != '/' {
			t.Fatalf("%q: no slash at %d", tc.text, tc.slash)
		}
		got := ""
		if a := partBefore(tc.text, tc.slash); a >= 0 {
			got = tc.text[a:tc.slash]
		}
		if got != tc.before {
			t.Errorf("%q: name before the slash %q, want %q", tc.text, got, tc.before)
		}
		got = ""
		if e := partAfter(tc.text, tc.slash+1); e >= 0 {
			got = tc.text[tc.slash+1 : e]
		}
		if got != tc.afterName {
			t.Errorf("%q: name after the slash %q, want %q", tc.text, got, tc.afterName)
		}
	}
}

// TestAnalystEstimatesNoun: "analyst estimates" is a noun phrase, not an analyst who
// estimates: a company's own forecast compared with it is the company's, and a result
// "beating analyst estimates" is given to no "beating analyst"; an analyst who
// estimates stays a source.
func TestAnalystEstimatesNoun(t *testing.T) {
	for _, tc := range []struct {
		body   string
		value  float64
		source string
	}{
		{"Talos Corp said it expects profit of $300 million for the year, far below the $410 million average of 27 analyst estimates compiled by Halvorsen Data.", 300000000, "Talos Corp"},
		{"Sales at the cloud unit rose to $2.5 billion, up 64 percent from a year ago, beating analyst estimates.", 2500000000, ""},
		{"The analyst estimates that the retailer sold 12 million tablets in the quarter.", 12000000, "analyst"},
	} {
		x, err := Extract(kg.Article{Title: "Report", Body: tc.body})
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
				t.Errorf("%q: %v source %q, want %q", tc.body, f.Value, f.Source, tc.source)
			}
		}
		if !found {
			t.Errorf("%q: no figure %v in %+v", tc.body, tc.value, x.Figures)
		}
	}
}
