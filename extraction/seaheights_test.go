package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestSeaHeights: waves and a storm surge measured in feet or meters are figures of their
// own measure ("waves building to 15 feet", "waves of 10 to 14 feet", "1 to 3 feet of
// surge"), a range whose lower end is "one" is a range ("One to 3 feet"), and "a foot of
// snow" is one foot of snowfall; a wave's distance from a swimmer is no height.
func TestSeaHeights(t *testing.T) {
	type want struct {
		value   float64
		q       kg.Qualifier
		measure string
		text    string
	}
	for _, tc := range []struct {
		body string
		want []want // every figure, in order
	}{
		{"Hurricane Ulla churned off the coast on Monday. Forecasters said waves were building to 15 feet along the shore.",
			[]want{{15, kg.Exact, "waves", "15 feet"}}},
		{"Hurricane Ulla churned off the coast on Monday. The weather service warned of waves of 10 to 14 feet on the beaches.",
			[]want{{14, kg.UpTo, "waves", "10 to 14 feet"}, {10, kg.AtLeast, "waves", "10 to 14 feet"}}},
		{"Tarsk officials warned of waves up to 9 meters on Monday.",
			[]want{{9, kg.UpTo, "waves", "up to 9 meters"}}},
		{"Hurricane Ulla neared Varnton on Monday. One to 3 feet of surge could reach the Varnton bay, forecasters said.",
			[]want{{3, kg.UpTo, "storm surge", "One to 3 feet of surge"}, {1, kg.AtLeast, "storm surge", "One to 3 feet of surge"}}},
		{"Hurricane Ulla neared Varnton on Monday. A storm surge of 4 to 6 feet was expected in Belmar.",
			[]want{{6, kg.UpTo, "storm surge", "4 to 6 feet"}, {4, kg.AtLeast, "storm surge", "4 to 6 feet"}}},
		{"A blizzard was moving up the coast on Friday. Forecasters said Belmar could see a foot of snow by Sunday.",
			[]want{{1, kg.Exact, "snowfall", "a foot of snow"}}},
		{"Ulla Marsk swam in the bay on Monday, the waves 10 feet away from her.", nil},
	} {
		x, err := Extract(kg.Article{Title: "Report", Body: tc.body})
		if err != nil {
			t.Fatal(err)
		}
		var got []want
		for _, f := range x.Figures {
			got = append(got, want{f.Value, f.Qualifier, f.Measure, f.Text})
		}
		sameList(t, "figure", tc.body, got, tc.want)
	}
}
