package extraction

import "testing"

// TestForPrices: money "for" which something changes hands, with no verb next to it:
// a deal whose verb stands past an apposition and a ticker is its sale price; a thing
// offered or shipped "for" an amount its price, as is one with the amount in brackets
// after it; a suit "for" an amount is no price, nor a conversion or a year's amount in
// brackets.
func TestForPrices(t *testing.T) {
	x := extract(t, "for-prices")
	wantMeasures(t, x, map[float64]string{1.3e9: "sale price", 900: "price", 1400: "price", 349: "price", 45: "price", 12: "price", 18: "price"})
	for _, f := range x.Figures {
		if (f.Value == 70e6 || f.Value == 31e6 || f.Value == 480e6) && f.Measure == "price" {
			t.Errorf("a suit's amount, a conversion or a year's amount read as a price: %+v", f)
		}
	}
}
