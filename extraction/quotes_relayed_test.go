package extraction

import "testing"

// TestRelayedAndDescribedSpeakers: a quote an agency relays is its speaker's ("the
// agency quoted X as saying", "X was quoted by the Herald as saying"), and an unnamed
// speaker is the description the report gives ("said a dealmaker who had worked on the
// deal", "a source close to the matter said"); an unnamed speaker the rules cannot
// describe is no one, not the speaker of the quote before. An indefinite agent noun
// alone is a speaker too ("another banker said" → "a banker"), a thing said is not ("a
// logbook comment said").
func TestRelayedAndDescribedSpeakers(t *testing.T) {
	want := map[string]string{
		"The price was never going to work":   "a dealmaker who had worked on the deal",
		"We will keep looking":                "a source with direct knowledge of the situation",
		"It would have been a miracle":        "a source close to the matter",
		"Nobody trusts the board":             "",
		"We will not bend":                    "Harold Venn",
		"The port is closed":                  "Marta Quell",
		"Nobody will leave the port tonight.": "Harold Venn",
		"The buyers are nervous":              "a Harlow manager",
		"It would be a shock":                 "",
	}
	wantSpeakers(t, quoteSpeakers(t, "relayed-speakers"), want)
}
