package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestStormMeasures: snow and rain in inches, feet or centimetres are a snowfall or a
// rainfall, a speed in a sentence about wind is the wind speed (never the bare unit),
// each in the text's unit; a measure given again in brackets in other units is no
// figure, nor is a dimension or a river's rise, nor a car's speed as wind: that is a speed, in
// its unit (unitmeasures.go).
func TestStormMeasures(t *testing.T) {
	type want struct {
		value   float64
		measure string
		unit    string
		scope   kg.ScopeKind
	}
	for _, tc := range []struct {
		body string
		want []want // every figure of the sentence
	}{
		{"The blizzard dropped 14 inches of snow on Varnton overnight.", []want{{14, "snowfall", "inches", ""}}},
		{"Parts of Belmar could see up to 2 feet of fresh snow by Sunday.", []want{{2, "snowfall", "feet", kg.Estimate}}},
		{"Tarsk got 9 inches as the snow kept falling on Tuesday.", []want{{9, "snowfall", "inches", ""}}},
		{"The storm dumped 6 inches (15 cm) of snow on Ostrel.", []want{{6, "snowfall", "inches", ""}}},
		{"Four inches of rain fell on Belmar in an hour.", []want{{4, "rainfall", "inches", ""}}},
		{"The river at Tarsk rose 4 feet after days of rain.", nil},
		{"The 1922 storm buried Varnton under a record 28 inches (71 cm).", nil},
		{"Parts of Tarsk received more than 2 feet (60 cm) of rain in the deluge.", []want{{2, "rainfall", "feet", ""}}},
		{"Snow piled against a wall 12 feet high in Varnton.", nil},
		{"Wind gusts of up to 60 mph (97 kph) battered Ostrel.", []want{{60, "wind speed", "mph", ""}}},
		{"Winds reached 80 miles per hour on the Belmar coast.", []want{{80, "wind speed", "mph", ""}}},
		{"Police in Tarsk said the van reached 90 mph on the highway.", []want{{90, "speed in mph", "mph", ""}}},
		{"Storm Ulla, with winds of 70 mph, was moving east at 20 mph on Sunday.", []want{{70, "wind speed", "mph", ""}, {20, "speed in mph", "mph", ""}}},
	} {
		x, err := Extract(kg.Article{Title: "Storm report", Body: tc.body})
		if err != nil {
			t.Fatal(err)
		}
		var got []want
		for _, f := range x.Figures {
			got = append(got, want{f.Value, f.Measure, f.Unit, f.Scope.Kind})
		}
		sameList(t, "figure", tc.body, got, tc.want)
	}
}

// TestPluralAndAgentSources: a described plural whose singular can speak ("energy
// companies reported", "according to local utilities"), forecasters and scientists, and
// the agent of a participle after the noun it reports ("a toll confirmed by the
// coroner's office") are sources; "the two companies" are the two its sentence names,
// and "the companies" alone names no one; "NAME, said it would …" stays NAME's, not a
// noun at the end of the clause after "said".
func TestPluralAndAgentSources(t *testing.T) {
	for _, tc := range []struct {
		body   string
		source string
	}{
		{"More than 5,000 homes in Varnton lost power, energy companies reported.", "energy companies"},
		{"About 2,000 customers in Belmar lost power, according to local utilities.", "local utilities"},
		{"Nine people died in the Tarsk floods, meteorologists said.", "meteorologists"},
		{"The storm killed six people in Ostrel, a toll confirmed by the coroner's office.", "coroner's office"},
		{"Norvex Corp's purchase of Quillon Inc will be funded with $2 billion of debt, the two companies said.", "Norvex Corp and Quillon Inc"},
		{"Last year, a man said by Varnian officials to have been inspired by the group killed 14 people in Belmar.", ""},
		{"The companies put the value of the deal at about $4 billion.", ""},
		{"In March, another big pump maker, Norvex Corp, said it would invest $3 billion over four years to help companies track water use.", "Norvex Corp"},
	} {
		x, err := Extract(kg.Article{Title: "Report", Body: tc.body})
		if err != nil {
			t.Fatal(err)
		}
		if len(x.Figures) == 0 {
			t.Errorf("%q: no figure", tc.body)
			continue
		}
		if got := x.Figures[0].Source; got != tc.source {
			t.Errorf("%q: source %q, want %q", tc.body, got, tc.source)
		}
	}
}
