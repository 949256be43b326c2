package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestSecondAmounts: the second amount of a comparison takes the first one's measure
// as an earlier value ("lost $3.6 billion last year, compared to $1.9 billion in 2014";
// "14 meetings this year, compared with nine last year"); an amount added to others is
// an increment of what its verb or its list names ("owes another $1.7 billion", "and
// another $50 million later"), and a count added at another place is a count of its own
// even when its number is the first one's ("killed 14 at the airport and another 14 at
// the metro station"); "net income attributable to Tarvo" is net income.
func TestSecondAmounts(t *testing.T) {
	x := extract(t, "second-amounts")
	for _, want := range []struct {
		measure string
		value   float64
		unit    string
		scope   kg.ScopeKind
		qual    kg.Qualifier
	}{
		{"loss", 1.9e9, "USD", kg.Background, kg.Exact},
		{"capital spending", 3.55e9, "USD", kg.Background, kg.Exact},
		{"net income", 3.8e9, "USD", kg.Whole, kg.Exact},
		{"net income", 3.26e9, "USD", kg.Background, kg.Exact},
		{"debt", 1.7e9, "USD", kg.Increment, kg.Exact},
		{"funding request", 1.2e9, "USD", kg.Increment, kg.Exact},
		{"payment", 50e6, "USD", kg.Increment, kg.Exact},
		{"offer", 700e9, "JPY", kg.Whole, kg.Exact},
		{"meetings", 9, "", kg.Background, kg.Exact},
		{"arrests", 290, "", kg.Background, kg.About},
	} {
		f := findFigure(x, want.measure, want.value)
		if f == nil || f.Unit != want.unit || f.Scope.Kind != want.scope || f.Qualifier != want.qual {
			t.Errorf("want %s %v %s (%s %s); got %+v; figures: %+v", want.qual, want.value, want.unit, want.measure, want.scope, f, x.Figures)
		}
	}
	killed := 0
	for _, f := range x.Figures {
		if f.Value == 14 && kg.MeasureClass(f.Measure) == "killed" {
			killed++
		}
		if f.Value == 8 && f.Scope.Kind == kg.Increment {
			t.Errorf("a share beside others is no increment: %+v", f)
		}
	}
	if killed != 2 {
		t.Errorf("want two counts of 14 killed (the airport's and the station's), got %d: %+v", killed, x.Figures)
	}
}
