package extraction

import (
	"testing"
	"time"

	"github.com/factgraph/kg"
)

// TestCurrenciesAndPounds: a currency word or a country's currency phrase after an amount
// names its currency ("900 reais", "2 million Swiss francs"), a scale hyphened to a
// currency modifies as money ("a 130 million-pound deal"), and pounds that weigh are a
// weight, not sterling; pounds that pay stay GBP.
func TestCurrenciesAndPounds(t *testing.T) {
	type want struct {
		value   float64
		unit    string
		measure string
	}
	for body, w := range map[string]want{
		"The clinic charges a fee of 900 reais for the test.":                       {900, "BRL", ""},
		"Prosecutors seized a payment of 2 million Swiss francs from the official.": {2e6, "CHF", ""},
		"Northwind announced a 130 million-pound settlement with tax officials.":    {130e6, "GBP", ""},
		"Agents seized 1,350 pounds of marijuana at the border crossing.":           {1350, "pounds", "marijuana"},
		"The new robot weighs 180 pounds and walks on two legs.":                    {180, "pounds", "weight in pounds"},
		"The bag held almost 70 pounds (32 kg) of cocaine.":                         {70, "pounds", ""},
		"The company paid a fine of 500 pounds to the council.":                     {500, "GBP", ""},
	} {
		a := kg.Article{Title: "Amounts", Body: body,
			Published: time.Date(2016, 3, 8, 9, 0, 0, 0, time.UTC)}
		a.Identify()
		x := mustExtract(t, a)
		found := false
		for _, f := range x.Figures {
			if f.Value == w.value {
				found = true
				if f.Unit != w.unit || w.measure != "" && f.Measure != w.measure {
					t.Errorf("%q: measure %q unit %q, want %q %q", body, f.Measure, f.Unit, w.measure, w.unit)
				}
			}
		}
		if !found {
			t.Errorf("%q: no figure of %v in %+v", body, w.value, x.Figures)
		}
	}
}
