package extraction

import (
	"testing"
	"time"

	"github.com/factgraph/kg"
)

// TestCommodityAmounts: an amount in a commodity's unit (barrels, bpd, tonnes, tons,
// gallons, ounces) is measured by what its clause says it is of, and keeps the unit; with
// nothing to say, the unit's noun stays the measure and the figure is kept. A margin "by N
// points" after winning or losing is a margin.
func TestCommodityAmounts(t *testing.T) {
	type want struct {
		measure, unit string
	}
	for body, w := range map[string]want{
		"Crude stocks at Harbor Point fell by 4.2 million barrels last week.":        {"crude stocks fall", "barrels"},
		"Northland exported about 2.5 million barrels per day of crude before 2012.": {"crude exports", "bpd"},
		"The tanker spilled about 5,000 gallons of fuel into the bay on Saturday.":   {"fuel", "gallons"},
		"The plant released 176 million metric tons of methane in 2014.":             {"methane", "tonnes"},
		"At around 3 ounces, the new sole is still heavier than the old one.":        {"weight in ounces", "ounces"},
		"Governor Dana Ruiz lost Northland by 11 points on Tuesday.":                 {"margin", ""},
	} {
		a := kg.Article{Title: "Markets and votes", Body: body,
			Published: time.Date(2016, 3, 8, 9, 0, 0, 0, time.UTC)}
		a.Identify()
		x := mustExtract(t, a)
		if len(x.Figures) != 1 {
			t.Errorf("%q: %d figures %+v, want one", body, len(x.Figures), x.Figures)
			continue
		}
		if f := x.Figures[0]; f.Measure != w.measure || f.Unit != w.unit {
			t.Errorf("%q: measure %q unit %q, want %q %q", body, f.Measure, f.Unit, w.measure, w.unit)
		}
	}
}
