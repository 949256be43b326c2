package extraction

import "testing"

// TestTellerDescriptions: a figure inside the description of a speaker named after the
// verb ("said Ann Roe, a partner at Vale Capital, which manages $2.6 billion") is in the
// article's own voice; what the speaker goes on to tell ("adding that 30 routes would
// close") and a clause reported after "X said" stay the teller's
// (testdata/teller-descriptions.input, invented; main gave the first two to their
// speakers).
func TestTellerDescriptions(t *testing.T) {
	wantFigureSources(t, extract(t, "teller-descriptions"), []figureSource{
		{2.6e9, ""}, {2, ""}, {30, "Rita Lund"}, {12, "Nordport Ferries Inc"},
	})
}
