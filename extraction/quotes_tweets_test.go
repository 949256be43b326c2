package extraction

import (
	"testing"
	"time"

	"github.com/factgraph/kg"
)

// TestTweetWriters: a tweet the loaders wrote as `Writer tweeted: “…”` is a
// quote of its writer, whatever the name looks like (an outlet with a number, a name in
// lower case, a name the article also gives in full), and a figure inside it is the
// writer's.
func TestTweetWriters(t *testing.T) {
	body := `The ferry Marlow Star ran aground off Tessel Point on Sunday. Harbour master Ilse Brandt was at the quay within the hour.

TESSEL 24 tweeted: “Ferry aground at Tessel Point, 40 passengers taken off by lifeboat”

Brandt tweeted: “All passengers are safe. The ferry will be towed at high tide.”

quaywatcher tweeted: “Never seen the harbour this busy”

The operator said it would inspect its fleet.`
	a := kg.Article{Title: "Ferry aground off Tessel Point", Body: body, Published: time.Date(2016, 3, 6, 0, 0, 0, 0, time.UTC)}
	a.Identify()
	x := mustExtract(t, a)
	want := map[string]string{
		"Ferry aground at Tessel Point, 40 passengers taken off by lifeboat": "TESSEL 24",
		"All passengers are safe. The ferry will be towed at high tide.":     "Ilse Brandt",
		"Never seen the harbour this busy":                                   "quaywatcher",
	}
	got := map[string]string{}
	for _, q := range x.Quotes {
		got[q.Text] = q.Speaker
	}
	for text, speaker := range want {
		if sp, ok := got[text]; !ok || sp != speaker {
			t.Errorf("quote %q: speaker %q (found %v), want %q", text, sp, ok, speaker)
		}
	}
	for _, f := range x.Figures {
		if f.Value == 40 && f.Source != "TESSEL 24" {
			t.Errorf("figure %q: source %q, want the tweet's writer", f.Text, f.Source)
		}
	}
}
