package extraction

import "testing"

// TestAimedEventIsNoNews: an event an effort aims to stop makes no report of it; an act
// of stopping one that is under way, or fighting a disaster, does.
func TestAimedEventIsNoNews(t *testing.T) {
	tests := []struct {
		name, title, body, want string
	}{
		{"talks to stop fighting", "Envoy says talks near a deal",
			"KARVO — Talks with the rebels are nearing an understanding, the envoy said on Monday. He spoke before a meeting in stepped-up efforts to stop a surge in fighting around Norland.", ""},
		{"a bid to end clashes", "Norland names new border envoy",
			"KARVO — Norland named a new envoy on Tuesday in a bid to end clashes along its border, officials said.", ""},
		{"the challenge of quelling protests", "Karvo's mayor faces a hard summer",
			"KARVO — The mayor spoke on Tuesday of the challenge of quelling protests over rents, aides said.", ""},
		{"police moved to end a protest", "Police end Karvo sit-in",
			"KARVO — Police moved to end a protest in Karvo on Tuesday, firing tear gas at hundreds of people, witnesses said.", "protest"},
		{"crews worked to contain a wildfire", "Crews battle Karvo wildfire",
			"KARVO — Crews worked to contain a wildfire near Karvo on Tuesday as winds rose, officials said.", "wildfire"},
		{"an aim, then fighting as news", "Fighting rages in Karvo",
			"Heavy fighting raged in Karvo on Tuesday despite efforts to end the clashes, residents said.", "clash"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := mainType(t, tt.title, tt.body); got != tt.want {
				t.Errorf("main event %q, want %q", got, tt.want)
			}
		})
	}
}
