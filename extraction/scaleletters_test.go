package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestScaleLetters: a capital C or F after a number in a sentence about the weather is a
// temperature's scale, signed by "below zero" before or after it; in brackets after a
// temperature it restates it and is no figure of its own; the letter is never an entity.
// A unit symbol, a clock time, an era, letters and a street address's compass point
// ("16,000 m/s", "9 p.m", "500 B.C.", "two R's", "222 N. Kennedy Drive") are no measure.
func TestScaleLetters(t *testing.T) {
	type want struct {
		value   float64
		measure string
		unit    string
	}
	for _, tc := range []struct {
		body string
		want []want
	}{
		{"A cold wave gripped Varnton. Temperatures were expected to dip as low as 60 F below zero (-51 C) on the trail.",
			[]want{{-60, "temperature", "fahrenheit"}}},
		{"A cold wave gripped Varnton. Forecasts call for temperatures pushing 10 below zero Fahrenheit (-23 c) along the coast.",
			[]want{{-10, "temperature", "fahrenheit"}}},
		{"A warm spell reached Varnton. Temperatures rose to 56 degrees Fahrenheit (13 C) in Belmar.",
			[]want{{56, "temperature", "fahrenheit"}}},
		{"A warm spell reached Varnton. Temperatures stayed at 0 degrees Fahrenheit (-18 Celsius) in Belmar.",
			[]want{{0, "temperature", "fahrenheit"}}},
		{"The runner reached 7.0 m/s on the Varnton track, then 6.5 m/s.", nil},
		{"The Belmar pantry opens from 10 a.m. to 3 p.m on Fridays, and closes at 11 o’clock on Sundays.", nil},
		{"The Varnton tablets date to 2600 B.C., the museum said.", nil},
		{"The word has two R’s and two S’s.", nil},
		{"The parade steps off at Belmar Hall, 222 N. Kennedy Drive.", nil},
	} {
		x, err := Extract(kg.Article{Title: "Report", Body: tc.body})
		if err != nil {
			t.Fatal(err)
		}
		var got []want
		for _, f := range x.Figures {
			got = append(got, want{f.Value, f.Measure, f.Unit})
		}
		sameList(t, "figure", tc.body, got, tc.want)
		for _, e := range x.Entities {
			if e.Name == "C" || e.Name == "F" {
				t.Errorf("%q: entity %q, a scale or unit letter", tc.body, e.Name)
			}
		}
	}
}

// TestTurkmenIsAPeople: "Turkmen" before a group noun names a people, as "Kurdish" does,
// not the country Turkmenistan.
func TestTurkmenIsAPeople(t *testing.T) {
	x, err := Extract(kg.Article{Title: "Report", Body: "A Turkmen rebel commander in Latakia said 3,600 Turkmens fled the shelling."})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range x.Entities {
		if e.Name == "Turkmenistan" {
			t.Errorf("entity %+v: a people is not the country", e)
		}
	}
}
