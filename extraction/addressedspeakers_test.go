package extraction

import "testing"

// TestAddressedAndAnsweringSpeakers: the paper or person told something does not speak
// ("told Coastal Radio that …, but called …", "told The Harbor Post's Ann Bell", "told the
// Trade Department in a public letter"); a name inside a speaker's description does not
// speak ("an adviser to President Lena Moro, Dana Ruiz, said"); a paragraph of quotation
// after "Lund denied the accusation." is Lund's; "argues" introduces a quote.
func TestAddressedAndAnsweringSpeakers(t *testing.T) {
	want := map[string]string{
		"very real possibility.": "a port spokeswoman",
		"gift of the sea":        "Mark Ross",
		"routinely":              "Springfield University",
		"The plan is dead":       "Dana Ruiz",
		"It is over":             "Rob Hill",
		"This never happened. We have told the board everything.": "Victor Lund",
		"a betrayal of the town":                                  "Tom Quist",
	}
	wantSpeakers(t, quoteSpeakers(t, "addressed-speakers"), want)
}
