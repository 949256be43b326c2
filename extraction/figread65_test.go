package extraction

import "testing"

// checkFigures runs figureKeys on each body and wants each of its keys; none of them
// may hold a key of unwanted.
func checkFigures(t *testing.T, title string, cases map[string][]string, unwanted ...string) {
	t.Helper()
	for body, want := range cases {
		keys := figureKeys(t, title, body)
		for _, w := range want {
			if !keys[w] {
				t.Errorf("%q: figures %v, want %q", body, keys, w)
			}
		}
		for _, u := range unwanted {
			if keys[u] {
				t.Errorf("%q: figure %q, want none", body, u)
			}
		}
	}
}

// TestGroupShares: a percentage that is the subject of its clause is a share of the
// group an opening "Of …," or "Among …," names, or of the group of the share before it.
func TestGroupShares(t *testing.T) {
	checkFigures(t, "Who rides the bus", map[string][]string{
		"Of the city's bus riders, 40 percent are women, 25 percent have a car, and 12 percent were students.": {
			"bus riders 40 percent", "bus riders 25 percent", "bus riders 12 percent"},
		"Of the 5,200 claims filed in the county, 45% were approved.":                         {"claims 45 percent"},
		"Of Springfield's car owners, 35 percent have a garage, and 20 percent are women.":    {"car owners 35 percent", "car owners 20 percent"},
		"Among the town's teachers, 18 percent said they would leave.":                        {"teachers 18 percent"},
		"About 30 percent of the club's members were retired, while 55 percent had children.": {"members 30 percent", "members 55 percent"},
	})
}

// TestPrepositionAfterAmount: a preposition right after an amount ("ahead of",
// "according to", "following", "versus", "via") names nothing the amount measures.
func TestPrepositionAfterAmount(t *testing.T) {
	checkFigures(t, "Shares and towns", map[string][]string{
		"The shares closed up 4.2 percent ahead of the results.":           {"share price rise 4.2 percent"},
		"The town had a population of 12,000 according to a census.":       {"population 12000"},
		"Its shares fell by 9 percent following news of the deal.":         {"share price fall 9 percent"},
		"The company said profit slipped 3 percent versus a year earlier.": {"profit fall 3 percent"},
	}, "ahead 4.2 percent", "according 12000", "following news 9 percent", "versus 3 percent")
}

// TestCausedMoves: after a causative verb ("pushed", "helped", "saw") the change is
// its object's, and a bare verb of change after that object is a verb: the level it
// reached is read too.
func TestCausedMoves(t *testing.T) {
	checkFigures(t, "Profits rise", map[string][]string{
		"Lower costs pushed quarterly net profit up 9 percent.": {"quarterly net profit rise 9 percent"},
		"Strong demand helped annual revenue rise 7 percent from a year earlier to 55 billion yen.": {
			"annual revenue rise 7 percent", "annual revenue 5.5e+10 JPY"},
		"The retailer saw holiday sales fall 4 percent.":                                   {"holiday sales fall 4 percent"},
		"Hopes of a new game have lifted the company's market value by more than a third.": {"market value rise 33.3 percent"},
	})
}

// TestFromValueCurrency: the value a change started from, written with its scale but
// not its currency, takes the currency of the value reached; one the sentence dates to
// an earlier period is background, not a superseded outlook.
func TestFromValueCurrency(t *testing.T) {
	checkFigures(t, "Profit outlook", map[string][]string{
		"Sales climbed to 12.4 billion euros from 11.8 billion a year earlier.": {"sales 1.24e+10 EUR", "sales 1.18e+10 EUR (background)"},
		"The company kept its outlook for operating profit to grow to 320 billion yen from 68.5 billion in the previous year.": {
			"operating profit 6.85e+10 JPY (background)"}, // the infinitive's subject, not the outlook (amountverbs.go)
	}, "barrels 68.5")
}
