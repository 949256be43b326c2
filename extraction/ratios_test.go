package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestRatiosAreNoCounts: the terms of a ratio ("nine of every 10 rural voters", "one in
// five customers", "six in 10 farmers", "1 out of every 20 ballots") count no one; a
// whole beside a part ("seven of 11 districts") and a plain count stay figures.
func TestRatiosAreNoCounts(t *testing.T) {
	x := extract(t, "ratios")
	for _, f := range x.Figures {
		switch f.Value {
		case 9, 10, 1, 5, 6, 20:
			t.Errorf("a ratio's term read as a figure: %+v", f)
		}
	}
	if f := findFigure(x, "voters", 46000); f == nil {
		t.Errorf("turnout of 46,000 voters lost: %+v", x.Figures)
	}
}

// TestPartsOfAWhole: "12 of the 40 polling stations" counts a part of the stations, a
// scope never held against a count of them all; "seven of 11 districts" (no article)
// still counts the 11.
func TestPartsOfAWhole(t *testing.T) {
	x := extract(t, "ratios")
	if f := findFigure(x, "polling stations", 12); f == nil || f.Scope.Kind != kg.GroupPart {
		t.Errorf("12 of the 40 polling stations = %+v, want a part (group scope)", f)
	}
	if f := findFigure(x, "districts", 11); f == nil || f.Scope.Kind != kg.Whole {
		t.Errorf("11 districts = %+v, want the whole", f)
	}
}
