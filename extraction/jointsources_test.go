package extraction

import "testing"

// TestJointSources: a poll two or more bodies put out together ("the Reuters/Ipsos
// poll", "an NBC/Wall Street Journal/Marist poll") is its figures' source under the
// joint name the sentence writes; a source glued to nothing, a source whose sentence
// glues another name to something else, and a sentence's determiner stay out of it.
func TestJointSources(t *testing.T) {
	checkSourceCases(t, []sourceCase{
		{body: "A new NBC/Wall Street Journal/Marist poll showed Senator Dana Wilkes with 44 percent of the vote in Ohio.", value: 44, source: "NBC/Wall Street Journal/Marist"},
		{body: "About 31 percent of voters said they would back the measure, according to a Reuters/Ipsos poll conducted last week.", value: 31, source: "Reuters/Ipsos"},
		{body: "A CBS/YouGov poll of Florida voters found Governor Dana Wilkes at 38 percent.", value: 38, source: "CBS/YouGov"},
		{body: "A Gallup poll found 52 percent of adults favored the plan.", value: 52, source: "Gallup"},
		{body: "Reuters reported that 120 people were killed in the floods, with wind and/or rain cutting power to the valley.", value: 120, source: "Reuters"},
	})
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
	checkSourceCases(t, []sourceCase{
		{body: "Talos Corp said it expects profit of $300 million for the year, far below the $410 million average of 27 analyst estimates compiled by Halvorsen Data.", value: 300000000, source: "Talos Corp"},
		{body: "Sales at the cloud unit rose to $2.5 billion, up 64 percent from a year ago, beating analyst estimates.", value: 2500000000, source: ""},
		{body: "The analyst estimates that the retailer sold 12 million tablets in the quarter.", value: 12000000, source: "analyst"},
	})
}
