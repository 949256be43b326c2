package extraction

import "testing"

// TestMarketExtremes: an amount that a high or a low measures is named by what reached
// it, as a bare market level is ("The British pound hit a seven-year low": pound low;
// "Shares … hit a low of $4.50": share price low; gold per ounce); a high of something
// no market quotes keeps its own words.
func TestMarketExtremes(t *testing.T) {
	x := extract(t, "market-extremes")
	wantMeasures(t, x, map[float64]string{1.4057: "pound low", 4.5: "share price low", 1260.6: "gold high per ounce"})
	for _, f := range x.Figures {
		if f.Value == 12e6 && (f.Measure == "share price high" || f.Measure == "company high") {
			t.Errorf("sales record named as a market high: %+v", f)
		}
	}
}
