package extraction

import "testing"

// TestReferredActToll: a toll whose clause ties it to a definite act noun ("in the
// blast") belongs to the act that noun refers back to; when that act is placed apart
// from the main event, the toll is filed under it, not under the main event.
func TestReferredActToll(t *testing.T) {
	const lead = "HOMS, Syria — Government troops launched an assault on rebel districts of Homs on Monday, killing 30 people, a monitoring group said. The offensive drove thousands from their homes. Aid groups asked for a pause in the fighting. "
	tests := []struct {
		name, text string
		other      bool // the 9 belong to an event at Latakia
	}{
		{"in the blast, the sentence before",
			"A suicide bomber drove his car into a police club in a quiet quarter of central Latakia on Monday, killing several people. The monitor said nine police officers were killed and 14 wounded in the blast.", true},
		{"the blast killed",
			"A suicide bomber blew himself up outside a police club in central Latakia on Monday. The monitor said the blast killed nine people.", true},
		{"in the explosion, two sentences back",
			"A car bomb went off near a police club in central Latakia on Monday. Islamic State said it was responsible. Nine people were killed in the explosion, the monitor said.", true},
		{"the referred act is the main event",
			"Residents fled the shelling. Nine soldiers were killed in the attack, the monitor said.", false},
		{"the referred act is at the main event's place",
			"A car bomb went off near a police club in central Homs on Monday. Nine people were killed in the blast, the monitor said.", false},
		{"an indefinite act noun",
			"A car bomb went off near a police club in central Latakia on Monday. Nine people were killed in a blast, the monitor said.", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := mustExtract(t, leadArticle("Syrian troops storm rebel districts of Homs", lead+tc.text))
			if len(x.Events) == 0 || !x.Events[0].Main || x.Events[0].Place != "Homs" {
				t.Fatalf("events %+v: want the Homs attack first", x.Events)
			}
			if f := figureOf(t, x, 30); f.Event != 0 {
				t.Errorf("the 30 killed: event %d of %+v, want the main event", f.Event, x.Events)
			}
			f := figureOf(t, x, 9)
			switch {
			case !tc.other && f.Event > 0 && x.Events[f.Event].Place == "Latakia":
				t.Errorf("the 9 killed: event %d of %+v, want it not at Latakia", f.Event, x.Events)
			case !tc.other && tc.name != "an indefinite act noun" && f.Event != 0:
				t.Errorf("the 9 killed: event %d of %+v, want the main event", f.Event, x.Events)
			case tc.other && (f.Event <= 0 || x.Events[f.Event].Place != "Latakia" || f.Place != "Latakia" || x.Events[f.Event].Date != "2016-03-21"):
				t.Errorf("the 9 killed: event %d (place %q) of %+v, want one at Latakia dated 2016-03-21", f.Event, f.Place, x.Events)
			}
		})
	}
}
