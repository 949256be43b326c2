package extraction

import (
	"github.com/factgraph/kg"
	"strings"
	"testing"
	"time"
)

// TestHowOften: "N times" after a past verb counts how often it was done ("was shot
// four times", "spoke … at least three times", "as it did at least 40 times", "crossed
// the strait 12 times"; an irregular participle too, and after "then"); a multiple
// ("five times more likely", "three times the weight") counts nothing.
func TestHowOften(t *testing.T) {
	x := extract(t, "how-often")
	for _, want := range []struct {
		measure string
		value   float64
	}{{"times shot", 4}, {"times spoke", 3}, {"times did", 40}, {"times crossed", 12}, {"times struck", 2}} {
		if findFigure(x, want.measure, want.value) == nil {
			t.Errorf("want %v %s; figures: %+v", want.value, want.measure, x.Figures)
		}
	}
	for _, f := range x.Figures {
		if f.Value == 5 || strings.HasSuffix(f.Measure, "then") || f.Measure == "times lift" {
			t.Errorf("a multiple or a wrong verb read: %+v", f)
		}
	}
}

// TestBodyMembers: "a BODY of NUM NOUN" counts the body's members ("the jury of five
// women and seven men", "a bloc of 14 coastal states", "a field of 11"); "a group of
// two", a manner, counts nothing.
func TestBodyMembers(t *testing.T) {
	x := extract(t, "body-members")
	for _, want := range []struct {
		measure string
		value   float64
	}{{"women in the jury", 5}, {"men in the jury", 7}, {"field members", 11}} {
		if findFigure(x, want.measure, want.value) == nil {
			t.Errorf("want %v %s; figures: %+v", want.value, want.measure, x.Figures)
		}
	}
	for _, f := range x.Figures {
		if f.Value == 2 {
			t.Errorf("a manner read as a body: %+v", f)
		}
	}
}

// timesReport: counts of "times" that a multiple or a rate only seems to share words with.
const timesReport = `Harlan Voss has been married three times previously, his spokesman said.

The Velden arena is used 8 or 10 times a year, the council said.

Such a ring can only be held in place by a moon with 10 times the mass of Kerrin.

The new chips are expected to be 40 times more powerful than the old ones, analysts said.

The inmate was given 12 times the usual dose, a prison doctor said.

"We've turned it over 20 times in two games," the coach said.

The two leaders embraced and kissed one another three times before the talks.`

// TestTimesMultiplesAndRates: "three times previously" and "8 or 10 times a year" count
// how often something was done; "10 times the mass", "40 times more powerful" and "12
// times the usual dose" are multiples, on the passive verb's path too ("be held … 10
// times the mass"); "turned it over 20 times" is no hedged count of turns; "kissed one
// another three times" adds nothing to an earlier count.
func TestTimesMultiplesAndRates(t *testing.T) {
	a := kg.Article{Title: "Arena and ring", Body: timesReport,
		Published: time.Date(2016, 5, 3, 12, 0, 0, 0, time.UTC)}
	a.Identify()
	x := mustExtract(t, a)
	for _, want := range []struct {
		measure string
		value   float64
	}{{"times married", 3}, {"times used", 10}} {
		if findFigure(x, want.measure, want.value) == nil {
			t.Errorf("want %v %s; figures: %+v", want.value, want.measure, x.Figures)
		}
	}
	if f := findFigure(x, "times kissed", 3); f == nil || f.Scope.Kind != "" {
		t.Errorf("want 3 times kissed, no increment (\"one another\" is a reciprocal); figures: %+v", x.Figures)
	}
	for _, f := range x.Figures {
		if f.Value == 40 || f.Value == 12 || f.Value == 20 || f.Value == 10 && f.Measure != "times used" {
			t.Errorf("a multiple read as how often: %+v", f)
		}
	}
}
