package extraction

import "testing"

// TestTickerAmounts: a wire's ticker in parentheses after a company's name ("Velland
// Rail Inc (VRL.N)") stands outside the clause, so the amount after it still hangs on
// the verb before it: "paid Velland Rail Inc (VRL.N) $40 million" is a payment, "buy
// … Norvale Inc (NRV.O) for $2.1 billion" and "acquired by Tessmark AG (TSMG.DE) for
// $900 million" acquisition prices.
func TestTickerAmounts(t *testing.T) {
	x := extract(t, "ticker-amounts")
	want := map[float64]string{40e6: "payment", 2.1e9: "acquisition price", 900e6: "acquisition price"}
	wantMeasures(t, x, want)
}
