package extraction

import (
	"strings"
	"testing"
	"time"

	"github.com/factgraph/kg"
)

// TestScaledDecimalsAreExact: a decimal times a scale word is the number the words say,
// to the cent: "$528.8 million" is 528,800,000, where float arithmetic gives
// 528,799,999.99999994 and a figure that equals no other report's; the lower end of a
// range takes the upper end's scale just as exactly ("between 2.1 and 2.3 million").
func TestScaledDecimalsAreExact(t *testing.T) {
	a := kg.Article{Title: "Lottery pays out", Body: "Each of the three winning tickets is worth $528.8 million, the lottery said. " +
		"The state collected $0.07 billion in fees and 4.35 million people were evacuated from the coast. " +
		"Between 2.1 and 2.3 million people have fled the region, the agency said."}
	x, err := Extract(a)
	if err != nil {
		t.Fatal(err)
	}
	want := map[float64]bool{528800000: false, 70000000: false, 4350000: false, 2100000: false}
	for _, f := range x.Figures {
		if _, ok := want[f.Value]; ok {
			want[f.Value] = true
		}
	}
	for v, seen := range want {
		if !seen {
			t.Errorf("want a figure of exactly %.2f; figures: %+v", v, x.Figures)
		}
	}
}

// TestMoveLevels: a money amount after a verb of change, then "to" and an amount five times
// as large, is a move and the level it reached, not a range ("shed $2.05 to $41.30": no
// figure of at least $2.05 or up to $41.30; "cut its price target by $15 to $140" the same);
// a range of amounts after a move stays a range ("rose $1 to $2 a trip").
func TestMoveLevels(t *testing.T) {
	x := extract(t, "move-levels")
	for _, v := range []float64{41.3, 140} {
		found := false
		for _, f := range x.Figures {
			if f.Value == v {
				found = true
				if f.Qualifier != kg.Exact {
					t.Errorf("a level, not a range's end: %+v", f)
				}
			}
		}
		if !found {
			t.Errorf("no figure of %v; figures: %+v", v, x.Figures)
		}
	}
	for _, f := range x.Figures {
		if (f.Value == 2.05 || f.Value == 15) && f.Qualifier == kg.AtLeast {
			t.Errorf("a move, not a range's start: %+v", f)
		}
		if f.Value == 2 && f.Qualifier != kg.UpTo {
			t.Errorf("want the range's upper end: %+v", f)
		}
	}
}

// TestChangeObjects checks that a verb of change before a plural that is also a verb of
// the amount lists ("cut fares", "reduced costs", "reduce charges") keeps the plural as
// its object, that the base forms "reduce", "trim" and "boost" are verbs of change, and
// that a second object after ", and" takes the verb said once ("ferry tolls").
func TestChangeObjects(t *testing.T) {
	x := extract(t, "change-objects")
	want := map[float64]string{12: "fares fall", 8: "costs fall", 5: "dredging budget fall", 3: "charges fall", 10: "spending rise", 6: "spending fall", 4: "price cuts rise", 9: "cost", 2: "bus tolls fall", 7: "ferry tolls fall"}
	for v, m := range want {
		found := false
		for _, f := range x.Figures {
			if f.Value == v {
				found = true
				if f.Measure != m {
					t.Errorf("figure %v: measure %q, want %q", v, f.Measure, m)
				}
			}
		}
		if !found {
			t.Errorf("no figure of %v; figures: %+v", v, x.Figures)
		}
	}
}

// TestChangeSubjects checks that an amount after "after rising" takes the subject of the
// verb before it even when that verb is a small move with its direction ("edged down"),
// and that the top of a percent range ("by 5 to 15 percent") names no lone "15 percent"
// in another sentence.
func TestChangeSubjects(t *testing.T) {
	x := extract(t, "change-subjects")
	var high, lone bool
	for _, f := range x.Figures {
		if f.Value == 4.3 {
			high = true
			if f.Measure != "bridge tolls" {
				t.Errorf("$4.30: measure %q, want %q", f.Measure, "bridge tolls")
			}
		}
		if f.Value == 15 && f.Text == "15 percent" {
			lone = true
		}
	}
	if !high {
		t.Errorf("no figure of $4.30; figures: %+v", x.Figures)
	}
	if lone {
		t.Errorf("the lone 15 percent took the range's measure; figures: %+v", x.Figures)
	}
}

// TestDeadlineAheadDatesNothing: a day later in the year than the publication after "by"
// or "until" is a deadline ahead ("will elect the leader by Sept. 9" in a July report),
// not last year's date of what the sentence tells; the figures of such a sentence get no
// date rather than one a year back.
func TestDeadlineAheadDatesNothing(t *testing.T) {
	a := kg.Article{Title: "Party to pick leader", Published: time.Date(2016, 7, 11, 0, 0, 0, 0, time.UTC),
		Body: "Party lawmakers will first narrow a field of five candidates down to two, and members will elect the leader by Sept. 9, officials said. " +
			"The regulator said it would now rule on the $4 billion merger until Aug. 18."}
	x, err := Extract(a)
	if err != nil {
		t.Fatal(err)
	}
	if len(x.Figures) == 0 {
		t.Fatal("no figures read")
	}
	for _, f := range x.Figures {
		if strings.HasPrefix(f.Date, "2015") {
			t.Errorf("a deadline ahead dated a year back: %+v", f)
		}
	}
}

// TestForecastSubjects checks that a figure after "is forecast to grow", "are projected
// to top" or "has since slid" is named by the clause's subject, not by the forecast
// participle, and that the subject of "is projected to cost" is no actor (no source).
func TestForecastSubjects(t *testing.T) {
	x := extract(t, "forecast-subjects")
	want := map[float64]string{3e9: "exports", 80e6: "orchard sales", 900e6: "cost", 700e6: "market value"}
	got := map[float64]bool{}
	for _, f := range x.Figures {
		m, ok := want[f.Value]
		if !ok {
			continue
		}
		got[f.Value] = true
		if f.Measure != m {
			t.Errorf("%v: measure %q, want %q", f.Value, f.Measure, m)
		}
		if f.Value == 900e6 && f.Source != "" {
			t.Errorf("%v: source %q, want none", f.Value, f.Source)
		}
	}
	for v := range want {
		if !got[v] {
			t.Errorf("no figure of %v; figures: %+v", v, x.Figures)
		}
	}
}

// TestQuoteCodeSubjects checks that a wire's quote code between a subject and its verb
// of change (".OSXR", "XAG=", "VRN=D4") does not hide the subject: the figure is the
// index's fall or the currency's value, the code's source suffix ("D4") names no entity,
// and a place after "outside" is not what the index measures.
func TestQuoteCodeSubjects(t *testing.T) {
	x := extract(t, "quote-code-subjects")
	want := map[float64]string{0.8: "basic resources index fall", 0.4: "spot silver fall", 1.4665: "varn", 1.2: "broadest index rise"}
	got := map[float64]bool{}
	for _, f := range x.Figures {
		m, ok := want[f.Value]
		if !ok {
			continue
		}
		got[f.Value] = true
		if f.Measure != m {
			t.Errorf("%v: measure %q, want %q", f.Value, f.Measure, m)
		}
		if f.Value == 1.2 && f.Subject == "Ostberg" {
			t.Errorf("%v: subject %q, the place left out", f.Value, f.Subject)
		}
	}
	for v := range want {
		if !got[v] {
			t.Errorf("no figure of %v; figures: %+v", v, x.Figures)
		}
	}
	for _, e := range x.Entities {
		if e.Name == "D4" {
			t.Errorf("the code's suffix D4 is an entity")
		}
	}
}

// TestClosingMoves checks the change verbs of a gap ("narrowed to", "widened to"), a
// closing price after a move ("gained 30 cents to close at $18.20", "rose 2.2 percent,
// closing at $9.75": the share price, not "closing") and "was last down".
func TestClosingMoves(t *testing.T) {
	x := extract(t, "closing-moves")
	want := map[float64]string{41e9: "trade deficit", 2.7: "spread", 3.3: "budget gap fall", 22.5: "share price",
		18.2: "share price", 9.75: "share price", 0.6: "crown fall", 1.104: "crown"}
	got := map[float64]bool{}
	for _, f := range x.Figures {
		m, ok := want[f.Value]
		if !ok {
			continue
		}
		got[f.Value] = true
		if f.Measure != m {
			t.Errorf("%v: measure %q, want %q", f.Value, f.Measure, m)
		}
	}
	for v := range want {
		if !got[v] {
			t.Errorf("no figure of %v; figures: %+v", v, x.Figures)
		}
	}
}
