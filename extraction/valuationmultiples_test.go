package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestValuationMultiples: "N times forward earnings" values a stock at a multiple of its
// earnings, a figure; "broken 15 times" stays a count of times.
func TestValuationMultiples(t *testing.T) {
	a := kg.Article{Title: "Varncorp shares", Body: "Varncorp shares were trading at 50 times forward 12-month earnings, analysts at Belmar Bank said. " +
		"The stock of Tarsk Mining trades at 17 times its expected earnings."}
	x, err := Extract(a)
	if err != nil {
		t.Fatal(err)
	}
	want := map[float64]string{50: "forward earnings multiple", 17: "expected earnings multiple"}
	for _, f := range x.Figures {
		if m, ok := want[f.Value]; ok && f.Measure == m {
			delete(want, f.Value)
		}
	}
	for v, m := range want {
		t.Errorf("no figure %v %s: %+v", v, m, x.Figures)
	}
}
