package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// figureOf returns the first figure of the value v, failing the test when none.
func figureOf(t *testing.T, x *kg.Extraction, v float64) kg.Figure {
	t.Helper()
	for _, f := range x.Figures {
		if f.Value == v {
			return f
		}
	}
	t.Fatalf("no figure of %v: %+v", v, x.Figures)
	return kg.Figure{}
}

// TestDateOfAnEventPhrase: a figure of a past act takes the date its own phrase gives
// ("attacks in Paris in November that killed 130"), not the first date of a clause
// that names two acts ("last month", the other's); a relative clause of the act's
// start ("which broke out on Saturday") dates the start, not the toll.
func TestDateOfAnEventPhrase(t *testing.T) {
	x := mustExtract(t, leadArticle("Norland arrests four over plot",
		"KARVO — Police arrested four men on Tuesday suspected of planning an attack in the capital, prosecutors said. The militant group has claimed a bombing that killed 32 people in Bolton last month and attacks in Paris in November that killed 130 people."))
	if f := figureOf(t, x, 130); f.Date != "2015-11" {
		t.Errorf("Paris's 130: date %q, want 2015-11", f.Date)
	} else if f.Event < 0 || x.Events[f.Event].Date != "2015-11" {
		t.Errorf("Paris's 130: event %d of %+v, want one dated 2015-11", f.Event, x.Events)
	}
	x = mustExtract(t, leadArticle("Wildfire forces thousands from homes",
		"KARVO, Norland — A wildfire raged through hills near Karvo on Wednesday, forcing thousands of people from their homes. The Pine Ridge fire, which broke out on Saturday, has already claimed two lives, officials said."))
	if f := figureOf(t, x, 2); f.Event < 0 || !x.Events[f.Event].Main {
		t.Errorf("the fire's two lives: event %d of %+v, want the main event", f.Event, x.Events)
	}
}

// TestAnyWeekday: "on a Friday evening" is no particular Friday; "at a Thursday
// protest" is the protest's day.
func TestAnyWeekday(t *testing.T) {
	x := mustExtract(t, leadArticle("The race the government lost",
		"KARVO — The government was warned months ago, officials said on Monday. It was with shock, after 130 people died on a Friday evening in the capital of Norland, that the government acted."))
	if f := figureOf(t, x, 130); f.Date != "" {
		t.Errorf("died on a Friday evening: date %q, want none", f.Date)
	}
	x = mustExtract(t, leadArticle("Son pleads for peace",
		"KARVO — The son's plea comes days after a gunman killed five police officers at a Thursday protest in Bolton."))
	if f := figureOf(t, x, 5); f.Date != "2016-03-17" {
		t.Errorf("at a Thursday protest: date %q, want 2016-03-17", f.Date)
	}
}

// TestLastWeekdayOfTheSameDay: "last Wednesday" in a Wednesday report is a week
// before; "on Wednesday" is the day itself.
func TestLastWeekdayOfTheSameDay(t *testing.T) {
	x := mustExtract(t, leadArticle("Second blast hits Karvo",
		"KARVO — A bomb killed 12 people at a market in Karvo on Wednesday, police said. A blast at the same market last Wednesday killed seven people."))
	if f := figureOf(t, x, 12); f.Date != "2016-03-23" {
		t.Errorf("on Wednesday: date %q, want 2016-03-23", f.Date)
	}
	if f := figureOf(t, x, 7); f.Date != "2016-03-16" {
		t.Errorf("last Wednesday: date %q, want 2016-03-16", f.Date)
	}
}

// TestListAmountMonths: each amount of a list dated by its own "in MONTH" ("down 15
// percent in January, 9.1 percent in December"), not by the list's first; a month of
// what will be is no past month ("will cost $399 in October").
func TestListAmountMonths(t *testing.T) {
	x := mustExtract(t, leadArticle("Carmaker's sales slide",
		"KARVO — Norland sales of the carmaker fell 15 percent in February, 9.1 percent in January and 25 percent in December, according to Bloomberg. The company said on Tuesday that its new headset will cost $399 in October."))
	for _, tt := range []struct {
		v    float64
		want string
	}{{15, "2016-02"}, {9.1, "2016-01"}, {25, "2015-12"}} {
		if f := figureOf(t, x, tt.v); f.Date != tt.want {
			t.Errorf("%v percent: date %q, want %q", tt.v, f.Date, tt.want)
		}
	}
	if f := figureOf(t, x, 399); f.Date == "2015-10" {
		t.Errorf("$399 in October (will cost): date %q, want no past October", f.Date)
	}
}

// TestSincePhraseDates: a date that ends a phrase "since" opens tells when a comparison
// or a count starts, not when the sentence's figure holds ("its steepest fall since the
// company's listing in 2011"); a date right after "since" stays as before, a figure
// inside the phrase keeps its date ("the highest since an 8.5 billion profit in 2014"),
// and so does the year a "when" clause tells of. A toll counted since then belongs to
// no event.
func TestSincePhraseDates(t *testing.T) {
	x := mustExtract(t, leadArticle("Harbor Line shares slump",
		"KARVO — Shares of Harbor Line fell to a three-year low of $41.20 on Wednesday. The stock sank 18 percent, its sharpest decline since the company's public listing in 2011, traders said."))
	if f := figureOf(t, x, 18); f.Date != "" {
		t.Errorf("sank 18 percent since the listing in 2011: date %q, want none", f.Date)
	}
	x = mustExtract(t, leadArticle("Norland budget grows",
		"KARVO — Norland will raise military spending by 4 percent this year, the finance ministry said. The increase is the smallest since at least 2010 when spending climbed 9.5 percent."))
	if f := figureOf(t, x, 9.5); f.Date != "2010" {
		t.Errorf("since at least 2010 when spending climbed 9.5 percent: date %q, want 2010", f.Date)
	}
	x = mustExtract(t, leadArticle("Clashes kill eight in Norland's north",
		"KARVO — Eight soldiers were killed in clashes with rebels near Karvo on Friday, the army said. More than 30,000 people, most of them rebels, have been killed since the rebels took up arms in 1984."))
	f := figureOf(t, x, 30000)
	if f.Event >= 0 || f.Scope.Kind != kg.Background {
		t.Errorf("killed since the rebels took up arms in 1984: event %d, scope %+v; want no event, background", f.Event, f.Scope)
	}
}
