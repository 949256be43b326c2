package extraction

import "testing"

// TestPaperShortNames: "the Journal" after the Coastal Ledger Journal is that paper, and
// "the Commission" after the Coastal Ferry Commission that body (a newspaper's or a
// body's last word alone, once its full name is given), and a hyphenated paper's
// name ("Lakeport Sun-Times") is an organization's
// (testdata/paper-short-names.input, invented; main made "Journal" and the Sun-Times
// people).
func TestPaperShortNames(t *testing.T) {
	x := extract(t, "paper-short-names")
	wantFigureSources(t, x, []figureSource{
		{400, "Coastal Ledger Journal"}, {3, "Coastal Ledger Journal"}, {12, "Lakeport Sun-Times"}, {5, "Coastal Ferry Commission"},
	})
	for _, e := range x.Entities {
		if e.Type == "Person" {
			t.Errorf("%q typed a person", e.Name)
		}
	}
}

// TestSpokeswomanForAPerson: "she told reporters" after "A spokeswoman for Harbor Prime
// Minister Tom Vell said" is the spokeswoman, not a woman named before her
// (testdata/spokeswoman-chain.input, invented; main gave the quote to Anna Berg).
func TestSpokeswomanForAPerson(t *testing.T) {
	wantSpeakers(t, quoteSpeakers(t, "spokeswoman-chain"), map[string]string{
		"We welcome the fact that the truce is holding": "a spokeswoman",
	})
}
