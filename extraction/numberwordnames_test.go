package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestNumberWordNames: a number word capitalised in mid-sentence inside a name ("the
// Seven Oaks hotel", "hedge fund Three Rivers", "The Nine Lanterns") is part of the
// name, no count; a count that opens the sentence after a dateline or a quotation mark
// keeps its figure.
func TestNumberWordNames(t *testing.T) {
	type want struct {
		value   float64
		measure string
	}
	for _, tc := range []struct {
		body string
		want []want
	}{
		{"The talks were held at Belmar's Seven Oaks hotel on Tuesday.", nil},
		{"He is chairman of the hedge fund Three Rivers Capital, which is based in Varnton.", nil},
		{"Marlow starred in both Ben-Hur and The Nine Lanterns.", nil},
		{"Park operator Six Harbors Entertainment Corp is adding rides in Varnton.", nil},
		{"VARNTON Nine Belmarans are among the suspects detained on Tuesday.", []want{{9, "arrested"}}},
		{"\"Six Belmaran tanks were destroyed,\" the ministry said.", []want{{6, "belmaran tanks"}}},
	} {
		x, err := Extract(kg.Article{Title: "Report", Body: tc.body})
		if err != nil {
			t.Fatal(err)
		}
		var got []want
		for _, f := range x.Figures {
			got = append(got, want{f.Value, f.Measure})
		}
		sameList(t, "figure", tc.body, got, tc.want)
	}
}
