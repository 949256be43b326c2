package extraction

import "testing"

// TestPricesThatOpenAClause: "At $X," opening a clause prices its subject ("At $349, the
// Lumo is the priciest reader"), per a unit after it ("at $2.10 a gallon,"), or values
// it when the clause says worth or valued; "trading at $29," is the verb's amount, not
// a price that opens a clause.
func TestPricesThatOpenAClause(t *testing.T) {
	x := mustExtract(t, leadArticle("Lumo launches a new reader",
		"KARVO — Lumo launched a new e-reader on Tuesday. At $349, the Lumo is the priciest reader the firm has made. But at $2.10 a gallon, few drivers will care about mileage. At $41 billion, the firm is now worth more than its rivals."))
	for _, tt := range []struct {
		value   float64
		measure string
	}{{349, "price"}, {2.1, "price per gallon"}, {41e9, "valuation"}} {
		if f := figureOf(t, x, tt.value); f.Measure != tt.measure {
			t.Errorf("%v: measure %q, want %q", tt.value, f.Measure, tt.measure)
		}
	}
}
