package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestWeatherWords: a rain or snow noun a few words before a depth names it ("rainfall of
// up to 6 inches"), a depth in inches in a sentence about rain is the rainfall, bare
// degrees in a sentence about temperature are a temperature, signed by "minus", "below
// zero" or a joined minus sign; a hornet's length, a unit "of ice", an angle, a
// difference and a threshold are none of these.
func TestWeatherWords(t *testing.T) {
	type want struct {
		value   float64
		q       kg.Qualifier
		measure string
		unit    string
	}
	for _, tc := range []struct {
		body string
		want []want // every figure, in order
	}{
		{"A storm crossed Varnton on Monday. Rainfall of up to 6 inches is expected in the hills, forecasters said.",
			[]want{{6, kg.UpTo, "rainfall", "inches"}}},
		{"A storm crossed Varnton on Monday. The heaviest rain fell in Belmar, where up to 4 inches was recorded.",
			[]want{{4, kg.UpTo, "rainfall", "inches"}}},
		{"Forecasters in Varnton said snow totals reached 14 inches in Belmar on Monday.",
			[]want{{14, kg.Exact, "snowfall", "inches"}}},
		{"A cold wave gripped Varnton on Monday. Temperatures dropped to 12 degrees below zero in Belmar, the weather service said.",
			[]want{{-12, kg.Exact, "temperature", "degrees"}}},
		{"A heat wave gripped Varnton on Monday. The temperature reached 104 degrees in Belmar on Sunday.",
			[]want{{104, kg.Exact, "temperature", "degrees"}}},
		{"A cold wave gripped Varnton on Monday. The wind chill made it feel like minus 30 degrees in Belmar.",
			[]want{{-30, kg.Exact, "temperature", "degrees"}}},
		{"A cold wave gripped Varnton on Monday. Temperatures fell to -7 degrees Fahrenheit in Belmar.",
			[]want{{-7, kg.Exact, "temperature", "fahrenheit"}}},
		{"A blizzard hit Belmar on Saturday. Visibility dropped to about a half-mile in Varnton, police said.",
			[]want{{0.5, kg.About, "visibility", "miles"}}},
		{"A blizzard hit Belmar on Saturday. Drivers faced 1/10th of a mile visibility on Route 9.",
			[]want{{0.1, kg.Exact, "visibility", "miles"}}},
		{"A blizzard hit Belmar on Saturday. Visibility was down to one-quarter of a mile on the coast.",
			[]want{{0.25, kg.Exact, "visibility", "miles"}}},
		{"A blizzard hit Belmar on Saturday. Visibility was expected to be a quarter of a mile (400 meters) or less.",
			[]want{{0.25, kg.UpTo, "visibility", "miles"}}},
		{"A blizzard hit Belmar. The record there is 28 inches, set in 1922. Varnton may get 19-29 inches by Sunday.",
			[]want{{28, kg.Exact, "snowfall", "inches"}, {29, kg.UpTo, "snowfall", "inches"}, {19, kg.AtLeast, "snowfall", "inches"}}},
		{"A blizzard hit Belmar. The Varnton bridge is 40 feet high. The new pier will be 30 feet.", nil},
		{"Ulla Marsk ran a quarter mile in the snow on Monday.", nil},
		{"The Varnton beetle grows to almost two inches in length and can bite through a rain jacket.", nil},
		{"A storm hit Belmar on Monday. In addition to snow, Varnton could get half an inch of ice.", nil},
		{"The heat in Belmar made the ramp rise at a 30 degree angle.", nil},
		{"Temperatures in Belmar were 10 to 20 degrees warmer than normal on Monday.", nil},
		{"The Belmar shelter opens when temperatures drop below 32 degrees.", nil},
	} {
		x, err := Extract(kg.Article{Title: "Report", Body: tc.body})
		if err != nil {
			t.Fatal(err)
		}
		var got []want
		for _, f := range x.Figures {
			got = append(got, want{f.Value, f.Qualifier, f.Measure, f.Unit})
		}
		sameList(t, "figure", tc.body, got, tc.want)
	}
}
