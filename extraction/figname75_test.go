package extraction

import "testing"

// TestLevelsAfterMoves: an amount of money after "to" a few words past a move in percent is
// the level of what moved, a time or a comma between (levelmoves.go); a clause between
// is another statement.
func TestLevelsAfterMoves(t *testing.T) {
	checkFigures(t, "Shares and sales", map[string][]string{
		"Northwind Inc. shares fell 4.5 percent, to $78.36.":                     {"share price 78.36 USD"},
		"Its total revenue was up 51 percent, to $560.6 million, the firm said.": {"revenue 5.606e+08 USD"},
		"Acme has seen its market value tumble 35 percent over the past year to $2.4 billion.": {
			"market value 2.4e+09 USD (background)"},
	}, "share price 9.75 USD")
	checkFigures(t, "Shares", map[string][]string{"Acme shares rose 2 percent and the company raised its target to $9.75.": nil}, "share price 9.75 USD")
}

// TestRelativeActs: "the $N [subject] VERB" names the amount by its past amount verb
// (relativeacts.go); "reported" names nothing.
func TestRelativeActs(t *testing.T) {
	checkFigures(t, "Money", map[string][]string{
		"Prosecutors said he used the $38.5 million he raised to make trades.":   {"funds raised 3.85e+07 USD"},
		"The deal dwarfs the $1.4 billion that Northwind paid to settle a suit.": {"payment 1.4e+09 USD"},
		"The fund will distribute the roughly $5 million raised online.":         {"funds raised 5e+06 USD"},
	}, "reported 9e+08 USD")
	checkFigures(t, "Money", map[string][]string{"The prize went beyond the $900 million reported earlier.": nil}, "reported 9e+08 USD")
}
