package extraction

import (
	"testing"
	"time"

	"github.com/factgraph/kg"
)

// Ranges of money with a sign and a scale at both ends, and a change that is no range.
const moneyRangeReport = `Orvane said on Tuesday it sees second-quarter revenue of $1.05 billion to $1.09 billion, and the average loss per customer ranges from $25,000 to $75,000.

Its costs rose from $1 billion to $2 billion last year.`

func TestMoneyRanges(t *testing.T) {
	a := kg.Article{Title: "Orvane results", Body: moneyRangeReport,
		Published: time.Date(2016, 4, 19, 18, 0, 0, 0, time.UTC)}
	a.Identify()
	x := mustExtract(t, a)
	has := func(v float64, q kg.Qualifier) bool {
		for _, f := range x.Figures {
			if f.Value == v && f.Qualifier == q {
				return true
			}
		}
		return false
	}
	for _, want := range []struct {
		v float64
		q kg.Qualifier
	}{{1.05e9, kg.AtLeast}, {1.09e9, kg.UpTo}, {25000, kg.AtLeast}, {75000, kg.UpTo}, {2e9, kg.Exact}} {
		if !has(want.v, want.q) {
			t.Errorf("no %q %v; figures: %+v", want.q, want.v, x.Figures)
		}
	}
	if has(1e9, kg.AtLeast) {
		t.Errorf("a change (\"from $1 billion to $2 billion\") read as a range: %+v", x.Figures)
	}
}
