package extraction

import (
	"testing"

	kg "github.com/factgraph/kg"
)

// TestSpacedAges: an age written with a space before "year-old" ("a 15 year-old", "a
// 3 month-old baby", "a 5 year-old war") is no figure, as "a 15-year-old" is not; the
// toll in the same sentence still is.
func TestSpacedAges(t *testing.T) {
	tests := []struct {
		sentence string
		age      float64
		toll     float64
	}{
		{"The 16 year-old, who was armed with a knife, wounded two teachers at the school.", 16, 2},
		{"A 3 month-old baby was among the 12 people hurt in the crash, police said.", 3, 12},
		{"The truce in the 6 year-old war, which has killed 4,000 people, held on Friday.", 6, 4000},
		{"Sixty-one people were evacuated from the 40 years-old tower, the fire service said.", 40, 61},
	}
	for _, tc := range tests {
		x := mustExtract(t, leadArticle("Harbour report", tc.sentence))
		if f := figureValued(x, tc.age); f != nil {
			t.Errorf("%q: an age read as a figure: %+v", tc.sentence, *f)
		}
		if figureValued(x, tc.toll) == nil {
			t.Errorf("%q: want the figure %v; figures: %+v", tc.sentence, tc.toll, x.Figures)
		}
	}
}

// figureValued returns the first figure of value v, or nil.
func figureValued(x *kg.Extraction, v float64) *kg.Figure {
	for i := range x.Figures {
		if x.Figures[i].Value == v {
			return &x.Figures[i]
		}
	}
	return nil
}
