package extraction

import (
	"testing"
	"time"

	"github.com/factgraph/kg"
)

// TestTweetWriterNames: the writer of an embedded tweet is one name, however it looks
// (a "$" inside it, a possessive, a title), a title inside it gives no role, and an
// honorific before a full name is left out.
func TestTweetWriterNames(t *testing.T) {
	body := `The Varden Pier festival drew a record crowd on Saturday.

K$RL Vanto tweeted: “Best night on the pier in years”

Marten’s Harbour Daily tweeted: “Lanterns are up along the whole pier”

Dr. Oda Lindqvist tweeted: “Remember to drink water, it is hot out there”

Mayor Grub tweeted: “I declare the pier open for ever”

The organisers said they would return next summer.`
	a := kg.Article{Title: "Record crowd on Varden Pier", Body: body, Published: time.Date(2016, 7, 2, 0, 0, 0, 0, time.UTC)}
	a.Identify()
	x := mustExtract(t, a)
	names := map[string]bool{}
	for _, e := range x.Entities {
		names[e.Name] = true
	}
	for _, want := range []string{"K$RL Vanto", "Marten’s Harbour Daily", "Oda Lindqvist", "Mayor Grub"} {
		if !names[want] {
			t.Errorf("no entity %q; entities %v", want, names)
		}
	}
	for _, cut := range []string{"RL Vanto", "Harbour Daily", "Grub"} {
		if names[cut] {
			t.Errorf("entity %q: the writer's name cut", cut)
		}
	}
	for _, r := range x.Relations {
		if r.Subject == "Grub" || r.Subject == "Mayor Grub" {
			t.Errorf("relation %v from the title in a writer's name", r)
		}
	}
}
