package extraction

import (
	"slices"
	"testing"
	"time"

	"github.com/factgraph/kg"
)

// TestVicePresidentElect: "Vice President-elect" is its own office, not the
// president-elect's: "Vice President-elect Dana Ruiz" is vicePresidentElectOf her
// country, never presidentElectOf.
func TestVicePresidentElect(t *testing.T) {
	x := extractBody(t, "WASHINGTON (Reuters) - Vice President-elect Dana Ruiz met governors in Ohio on Monday. The United States will swear her in next month.")
	found := false
	for _, r := range x.Relations {
		if r.Subject == "Dana Ruiz" && r.Predicate == "presidentElectOf" {
			t.Errorf("a vice president-elect made president-elect: %+v", r)
		}
		if r.Subject == "Dana Ruiz" && r.Predicate == "vicePresidentElectOf" && r.Object == "United States" {
			found = true
		}
	}
	if !found {
		t.Errorf("Dana Ruiz vicePresidentElectOf United States missing; relations %+v", x.Relations)
	}
}

// TestFirmNamedInFullFirst: a firm named first in full with its suffix and then by its
// first word alone is one entity ("Korvath Ride Technology Co … Korvath"); a name that
// runs two firms together ("Korvath Motor Corp Lindqvist Motor Co") takes no short form.
func TestFirmNamedInFullFirst(t *testing.T) {
	x := extractBody(t, "Korvath Ride Technology Co said on Monday it raised $7 billion. Korvath, which runs a car-hailing app in Osterby, will use the money to expand. Two banks have backed Korvath since 2014.")
	if e := entityNamed(x, "Korvath"); e != nil {
		t.Errorf("Korvath split from Korvath Ride Technology Co: %+v; entities %v", e, entityNames(x))
	}
	if e := entityNamed(x, "Korvath Ride Technology Co"); e == nil {
		t.Errorf("Korvath Ride Technology Co not found; entities %v", entityNames(x))
	}
	// two firms named in full open with the word: the bare word is not the first one's
	x = extractBody(t, "Korvath Leisure Operating Co filed for bankruptcy last year. Its parent, Korvath Leisure Corp, said on Monday it would keep the port. Union workers at Korvath voted to strike, said Dana Ruiz, a spokeswoman for Korvath.")
	if e := entityNamed(x, "Korvath Leisure Operating Co"); e != nil && slices.Contains(e.Aliases, "Korvath") {
		t.Errorf("Korvath given to the first of two firms named in full: %+v", e)
	}
}

// TestFactionLeaderAppositive: an appositive that makes a person a team's, a party's or
// the opposition's leader "in" a country leads no country ("Dana Ruiz, team leader in
// Osterland"); a bare "leader of Osterland" still does.
func TestFactionLeaderAppositive(t *testing.T) {
	x := extractBody(t, `"The children have suffered enough," said Dana Ruiz, team leader in Greece. Aid groups said more help was needed.`)
	for _, r := range x.Relations {
		if r.Subject == "Dana Ruiz" && r.Predicate == "leaderOf" && r.Object == "Greece" {
			t.Errorf("a team leader made leader of a country: %+v", r)
		}
	}
	x = extractBody(t, `"The children have suffered enough," said Dana Ruiz, the leader of Greece. Aid groups said more help was needed.`)
	if !hasRelation(x, "Dana Ruiz", "leaderOf", "Greece") {
		t.Errorf("Dana Ruiz leaderOf Greece missing; relations %+v", x.Relations)
	}
}

// TestComingWeekday: a weekday that a future modal or a plan in its clause dates is
// the coming one ("will vote on Thursday" in a Tuesday report is two days on); a
// weekday after a past verb, a cause ("due to the closure on Sunday") or a past
// forecast ("were expected to reach … Saturday") is the one gone by. The report is
// dated Tuesday 8 March 2016.
func TestComingWeekday(t *testing.T) {
	wantFirstFigureDates(t, []bodyDate{
		{"Lawmakers in Osterby will vote on Thursday on a plan to cut 300 jobs at the port.", "2016-03-10"},
		{"The council is expected to approve on Friday a plan to cut 300 jobs at the port.", "2016-03-11"},
		{"The council said on Friday that it would cut 300 jobs at the port.", "2016-03-04"},
		{"Temperatures were expected to reach 96 degrees in Osterby on Saturday, forecasters said.", "2016-03-05"},
		{"About 300 travelers were stranded due to the border closure on Sunday, officials said.", "2016-03-06"},
	})
}

// TestFirstLadyNotPresident: "President Vossberg" is not "first lady Dana Vossberg", whom
// the article names in full: the first lady is the head's spouse, so the presidency stays
// with the surname's own entity.
func TestFirstLadyNotPresident(t *testing.T) {
	x := extractBody(t, "Nearly 1,000 guests, including first lady Dana Vossberg, attended the funeral in Osterby. President Vossberg spoke of her courage. Vossberg said the country owed her much.")
	for _, r := range x.Relations {
		if r.Subject == "Dana Vossberg" && r.Predicate == "presidentOf" {
			t.Errorf("the first lady made president: %+v", r)
		}
	}
	if e := entityNamed(x, "Dana Vossberg"); e != nil && slices.Contains(e.Aliases, "Vossberg") {
		t.Errorf("President Vossberg joined to the first lady: %+v", e)
	}
}

// TestComingWeekdayEvening: a report posted in the first hours of a day in UTC (01:30 on
// Tuesday) that says what "will" happen on the day before (Monday) speaks from Monday
// evening in the Americas: the day is the Monday, not the next week's.
func TestComingWeekdayEvening(t *testing.T) {
	a := kg.Article{Title: "Report", Body: "Three candidates will meet Monday night in Osterby before 2,000 voters.", Published: time.Date(2016, 3, 8, 1, 30, 0, 0, time.UTC)}
	a.Identify()
	x := mustExtract(t, a)
	if len(x.Figures) == 0 {
		t.Fatalf("no figure; %+v", x)
	}
	if got := x.Figures[0].Date; got != "2016-03-07" {
		t.Errorf("figure dated %q, want 2016-03-07", got)
	}
}

// TestHeldPlaceCountry: a place whose name holds a U.S. state or a country past a compass
// word or before a lower-case noun ("West Texas", "Ohio town") lies in no foreign
// report's country by default; "Northern Ireland", a nation of the United Kingdom, still
// takes its own.
func TestHeldPlaceCountry(t *testing.T) {
	x := extractBody(t, "CIUDAD JUAREZ, Mexico (Reuters) - The pope prayed at the border on Wednesday. Thousands of people gathered in West Texas to watch the Mass in Mexico on big screens, and Mexico's police said 200,000 people attended.")
	for _, r := range x.Relations {
		if r.Subject == "West Texas" && r.Object == "Mexico" {
			t.Errorf("West Texas put in the report's country: %+v", r)
		}
	}
}
