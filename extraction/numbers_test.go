package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestScaledDecimalsAreExact: a decimal times a scale word is the number the words say,
// to the cent: "$528.8 million" is 528,800,000, where float arithmetic gives
// 528,799,999.99999994 and a figure that equals no other report's.
func TestScaledDecimalsAreExact(t *testing.T) {
	a := kg.Article{Title: "Lottery pays out", Body: "Each of the three winning tickets is worth $528.8 million, the lottery said. " +
		"The state collected $0.07 billion in fees and 4.35 million people were evacuated from the coast."}
	x, err := Extract(a)
	if err != nil {
		t.Fatal(err)
	}
	want := map[float64]bool{528800000: false, 70000000: false, 4350000: false}
	for _, f := range x.Figures {
		if _, ok := want[f.Value]; ok {
			want[f.Value] = true
		}
	}
	for v, seen := range want {
		if !seen {
			t.Errorf("want a figure of exactly %.2f; figures: %+v", v, x.Figures)
		}
	}
}
