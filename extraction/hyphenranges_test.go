package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestHyphenMoneyRanges: a money range whose two ends a hyphen joins, each with its own
// sign and scale word ("$4.21 billion-$4.35 billion", "$900 million-$1.2 billion"), is
// two figures, at least the one and up to the other; a lower end larger than the upper
// or an upper end without its scale word is no such range.
func TestHyphenMoneyRanges(t *testing.T) {
	type want struct {
		value float64
		q     kg.Qualifier
		text  string
	}
	for _, tc := range []struct {
		body string
		want []want // every figure, in order
	}{
		{"Varnex forecast revenue of $4.21 billion-$4.35 billion for the year.",
			[]want{{4.35e9, kg.UpTo, "$4.21 billion-$4.35 billion"}, {4.21e9, kg.AtLeast, "$4.21 billion-$4.35 billion"}}},
		{"Varnex said it would take a charge of $40 million-$45 million in the second quarter.",
			[]want{{4.5e7, kg.UpTo, "$40 million-$45 million"}, {4e7, kg.AtLeast, "$40 million-$45 million"}}},
		{"Pellor expects revenue of $900 million-$1.2 billion next year.",
			[]want{{1.2e9, kg.UpTo, "$900 million-$1.2 billion"}, {9e8, kg.AtLeast, "$900 million-$1.2 billion"}}},
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
