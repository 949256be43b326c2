package extraction

import "testing"

// TestActOwnDate: a lead that dates a claim or an arrest ("claimed responsibility for
// the bombing on Tuesday") gives way to the day the article gives the act itself
// ("Sunday's bombing", "the bombing on Sunday night"), and the arrests of the lead's day
// stay on the act's event; without such a day, or when the date comes before the claim,
// the lead's day stands.
func TestActOwnDate(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"possessive weekday",
			"KARVO, Norland — Rebels claimed responsibility for the bombing in Karvo on Tuesday as police arrested two men there. Sunday's bombing killed 12 people at a market.",
			"2016-03-20"},
		{"weekday after the noun",
			"KARVO, Norland — Rebels claimed responsibility for the bombing in Karvo on Tuesday as police arrested two men there. The bombing on Sunday night killed 12 people at a market.",
			"2016-03-20"},
		{"no day of the act",
			"KARVO, Norland — Rebels claimed responsibility for the bombing in Karvo on Tuesday as police arrested two men there. The bombing killed 12 people at a market.",
			"2016-03-22"},
		{"the act's day comes first",
			"KARVO, Norland — A bomb exploded in a market in Karvo on Tuesday, killing 12 people, and police arrested two men there. Sunday's bombing in Bolton killed three.",
			"2016-03-22"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := mustExtract(t, leadArticle("Rebels claim Karvo bombing", tc.body))
			main := -1
			for i, e := range x.Events {
				if e.Main {
					main = i
				}
			}
			if main < 0 || x.Events[main].Date != tc.want {
				t.Fatalf("main event of %+v: want one dated %s", x.Events, tc.want)
			}
			if f := figureOf(t, x, 2); f.Event != main {
				t.Errorf("the two arrested: event %d of %+v, want the main event %d", f.Event, x.Events, main)
			}
		})
	}
}

// TestLaterAftermath: a lead that dates only an arrest or a funeral, naming the act in a
// phrase after it ("arrested two men in connection with the bombings in Karvo"), leaves the
// act undated (the cross-report layer takes it for the incident it follows); a claim, or
// an arrest "hours after" the act, keeps the lead's day. The sentences are invented.
func TestLaterAftermath(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"arrests in connection with the act",
			"KARVO, Norland — Police arrested two men on Tuesday in connection with the bombings in Karvo that killed 12 people, prosecutors said.",
			""},
		{"funeral of a victim",
			"KARVO, Norland — Hundreds attended the funeral on Tuesday of a victim of the bombing in Karvo that killed 12 people.",
			""},
		{"hours after",
			"KARVO, Norland — A bomb exploded in a market in Karvo, killing 12 people. Police arrested two men on Tuesday, hours after the bombing.",
			"2016-03-22"},
		{"a claim",
			"KARVO, Norland — Rebels on Tuesday claimed the bombing in Karvo that killed 12 people.",
			"2016-03-22"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := mustExtract(t, leadArticle("Karvo bombing", tc.body))
			for _, e := range x.Events {
				if e.Main {
					if e.Date != tc.want {
						t.Errorf("main event %+v: want date %q", e, tc.want)
					}
					return
				}
			}
			t.Errorf("no main event in %+v", x.Events)
		})
	}
}
