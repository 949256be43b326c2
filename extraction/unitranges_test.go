package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestUnitRanges: a range whose lower end carries its own percent or scale word is two
// figures, at least the one and up to the other ("20 percent to 25 percent", "between 6.4
// billion and 6.7 billion euros"), its hedge in its words; poll scores set side by side and
// a change "from about N percent to M percent" stay two exact figures; "in excess of" is
// "more than"; a depth in inches a sentence gives alone is a snowfall when it or the
// sentence before names snow, and a range's top is not the floor of the next range.
func TestUnitRanges(t *testing.T) {
	type want struct {
		value float64
		q     kg.Qualifier
		text  string
	}
	for _, tc := range []struct {
		body string
		want []want // every figure, in order
	}{
		{"Analysts at Pellor expect margins of 20 percent to 25 percent next year.",
			[]want{{25, kg.UpTo, "20 percent to 25 percent"}, {20, kg.AtLeast, "20 percent to 25 percent"}}},
		{"Pellor expects growth of 1% to 2% a year.",
			[]want{{2, kg.UpTo, "1% to 2%"}, {1, kg.AtLeast, "1% to 2%"}}},
		{"Economists at Pellor say wage growth of between 3.0 percent and 3.5 percent is needed.",
			[]want{{3.5, kg.UpTo, "between 3.0 percent and 3.5 percent"}, {3, kg.AtLeast, "between 3.0 percent and 3.5 percent"}}},
		{"Varnex said operating profit would be between 6.4 billion and 6.7 billion euros this year.",
			[]want{{6.7e9, kg.UpTo, "between 6.4 billion and 6.7 billion euros"}, {6.4e9, kg.AtLeast, "between 6.4 billion and 6.7 billion euros"}}},
		{"Traders at Pellor were looking at yields of around 4.2 percent to 4.3 percent on the bonds.",
			[]want{{4.3, kg.UpTo, "around 4.2 percent to 4.3 percent"}, {4.2, kg.AtLeast, "around 4.2 percent to 4.3 percent"}}},
		{"A Pellor poll showed Ulla Marsk trailing, 35 percent to 37 percent.",
			[]want{{35, kg.Exact, "35 percent"}, {37, kg.Exact, "37 percent"}}},
		{"Varnex would raise its tax rate from about 40 percent to 52 percent next year.",
			[]want{{40, kg.About, "about 40 percent"}, {52, kg.Exact, "52 percent"}}},
		{"Varnex paid in excess of $40 million for the Tarsk plant.",
			[]want{{4e7, kg.MoreThan, "in excess of $40 million"}}},
		{"A blizzard swept over the Tarsk coast on Saturday, and forecasters said Varnton could see 8 to 12 inches. Belmar was expected to get 12 to 18 inches.",
			[]want{{12, kg.UpTo, "8 to 12 inches"}, {8, kg.AtLeast, "8 to 12 inches"}, {18, kg.UpTo, "12 to 18 inches"}, {12, kg.AtLeast, "12 to 18 inches"}}},
		{"The Tarsk river rose on Saturday. Forecasters said it could rise 8 to 12 inches more.", nil},
	} {
		x, err := Extract(kg.Article{Title: "Report", Body: tc.body})
		if err != nil {
			t.Fatal(err)
		}
		var got []want
		for _, f := range x.Figures {
			got = append(got, want{f.Value, f.Qualifier, f.Text})
		}
		sameList(t, "figure", tc.body, got, tc.want)
	}
}
