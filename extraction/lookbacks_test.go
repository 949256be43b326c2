package extraction

import "testing"

// TestLookBackToll: a toll whose own clause names another place than the event's with a
// past time or an ordinal comparison is another incident's, told in a look-back, even
// when the lead names that place; the event's own toll, and a toll of its own place,
// stay on it.
func TestLookBackToll(t *testing.T) {
	const lead = "LYON, France — A truck plowed into a crowd in Lyon on Monday night, killing 40 people. The attack revived memories of Marseille. "
	tests := []struct {
		name, sentence string
		other          bool   // the 90 belong to another event than the main one
		date           string // that event's date
	}{
		{"ordinal comparison", "It was the worst attack in France since gunmen killed 90 people in Marseille.", true, ""},
		{"span before after", "The attack came just eight months after gunmen killed 90 people in Marseille.", true, "2015-07"},
		{"span as a modifier", "Troops are worn out by a four-month state of emergency declared after militants killed 90 people in Marseille.", true, "2015-11"},
		{"a year", "Lyon mourned a year after gunmen killed 90 people in Marseille.", true, "2015"},
		{"a past year", "The country has been on edge since militants killed 90 people in Marseille in 2015.", true, "2015"},
		{"a past month, no act named", "In all, 90 people were killed in Marseille last November.", true, "2015-11"},
		{"the event's own place", "The attack came two days after the driver rented the truck that killed 90 people in Lyon.", false, ""},
		{"no look-back", "Officials said later that 90 people were killed in Lyon.", false, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := mustExtract(t, leadArticle("Truck kills 40 in Lyon", lead+tc.sentence))
			if len(x.Events) == 0 || !x.Events[0].Main || x.Events[0].Place != "Lyon" {
				t.Fatalf("events %+v: want the Lyon attack first", x.Events)
			}
			if f := figureOf(t, x, 40); f.Event != 0 {
				t.Errorf("the 40 killed: event %d of %+v, want the main event", f.Event, x.Events)
			}
			f := figureOf(t, x, 90)
			switch {
			case !tc.other && f.Event != 0:
				t.Errorf("the 90 killed: event %d of %+v, want the main event", f.Event, x.Events)
			case tc.other && (f.Event <= 0 || x.Events[f.Event].Place != "Marseille" || x.Events[f.Event].Date != tc.date):
				t.Errorf("the 90 killed: event %d of %+v, want one at Marseille dated %q", f.Event, x.Events, tc.date)
			}
		})
	}
}
