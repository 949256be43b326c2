package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestDateOfAnotherActInClause: a date in the phrase of another place's act in the
// figure's clause ("the attacks in Nice last November") is that act's, not the date of
// the toll before it; the act whose phrase holds the date keeps it, and an act placed
// only in a country ("the U.S. consulate") does not take its town's act's date.
func TestDateOfAnotherActInClause(t *testing.T) {
	wantFigureDates(t, []figureDate{
		{"Police held nine people they link to the Lyon bombings that killed 12 people and to the attacks in Nice last November that killed 40.", 12, ""},
		{"Police held nine people they link to the Lyon bombings that killed 12 people and to the attacks in Nice last November that killed 40.", 40, "2015-11"},
		{"Police held nine people they link to the Lyon bombings that killed 12 people and to November militant attacks in Nice that killed 40.", 12, ""},
		{"A 2004 militant attack on the U.S. consulate in Jeddah killed five locally hired employees and four gunmen.", 5, "2004"},
	})
}

// figureDate is a body, the value of one of its figures and the date that figure wants.
type figureDate struct {
	body  string
	value float64
	want  string
}

// wantFigureDates checks the date of each case's figure of its value (every figure of
// that value, and at least one).
func wantFigureDates(t *testing.T, cases []figureDate) {
	t.Helper()
	for _, c := range cases {
		x := extractBody(t, c.body)
		found := false
		for _, f := range x.Figures {
			if f.Value != c.value {
				continue
			}
			found = true
			if f.Date != c.want {
				t.Errorf("%q: figure %v dated %q, want %q", c.body, c.value, f.Date, c.want)
			}
		}
		if !found {
			t.Errorf("%q: no figure of %v; figures %+v", c.body, c.value, x.Figures)
		}
	}
}

// TestRecalledActInEventlessReport: in a report with no event of its own, a toll whose
// act's own phrase places it in a town joins that act's event; not an act placed only in
// a country, nor an act after "in the wake of" another toll's verb; an act that "after"
// governs takes no date from the clause (the clause's date is what followed).
func TestRecalledActInEventlessReport(t *testing.T) {
	lead := "Regulators approved the merger of two phone makers on Friday. The deal ends a year of talks.\n\nShares of both rose. Analysts expect more deals.\n\n"
	for _, c := range []struct {
		body, event string
		value       float64
	}{
		{"Harlow said he could not confirm the man had anything to do with this week's deadly attacks in Lyon, which killed 31 people.", "attack · Lyon, France", 31},
		{"The case grew after prosecutors sought the phone of one of the two killers in the Lyon massacre, which left 14 people dead.", "attack · Lyon, France", 14},
		{"Omar Farrow killed 49 people and wounded 53 in the deadliest mass shooting in modern U.S. history.", "", 49},
		{"In Lyon, where five officers were murdered in the wake of the shootings in Nice, the chief spoke on July 11.", "", 5},
		{"Two days after bomb attacks at Lyon airport killed 31 people, a guard was murdered, media reported on Tuesday.", "attack · Lyon, France", 31},
	} {
		x := extractBody(t, lead+c.body)
		found := false
		for _, f := range x.Figures {
			if f.Value != c.value {
				continue
			}
			found = true
			label := ""
			if f.Event >= 0 {
				label = x.Events[f.Event].Label()
			}
			if label != c.event {
				t.Errorf("%q: figure %v of event %q, want %q", c.body, c.value, label, c.event)
			}
		}
		if !found {
			t.Errorf("%q: no figure of %v; figures %+v", c.body, c.value, x.Figures)
		}
	}
}

// TestGroupBesideRecalledToll: a group's count beside a recalled act's toll stays a part
// of it ("about a dozen Americans" injured beside "271 wounded" in attacks on Lyon
// airport), though the toll now has an event and the group's count none.
func TestGroupBesideRecalledToll(t *testing.T) {
	body := "Parts of Denver airport were evacuated on Tuesday. Travelers waited for hours.\n\n" +
		"Airports tightened security, hours after at least 31 people were killed and 271 wounded in attacks on Lyon airport and a metro train.\n\n" +
		"A spokesman told CNN on Wednesday that it now appeared that about a dozen Americans were injured."
	x := extractBody(t, body)
	found := false
	for _, f := range x.Figures {
		if f.Value != 12 {
			continue
		}
		found = true
		if f.Scope.Kind != kg.GroupPart {
			t.Errorf("about a dozen Americans: scope %+v, want a group", f.Scope)
		}
	}
	if !found {
		t.Errorf("no figure of 12; figures %+v", x.Figures)
	}
}

// bodyDate is a body and the date its first figure wants.
type bodyDate struct{ body, want string }

// wantFirstFigureDates checks the date of each case's first figure.
func wantFirstFigureDates(t *testing.T, cases []bodyDate) {
	t.Helper()
	for _, c := range cases {
		x := extractBody(t, c.body)
		if len(x.Figures) == 0 {
			t.Errorf("%q: no figure", c.body)
			continue
		}
		if got := x.Figures[0].Date; got != c.want {
			t.Errorf("%q: figure dated %q, want %q", c.body, got, c.want)
		}
	}
}
