package extraction

import (
	"testing"
	"time"

	"github.com/factgraph/kg"
)

// TestTopicInClause: a figure takes the article's topic as its subject only when its
// sentence names the topic before it, in its own clause after it, or as the source of
// a closing ", Zentrix said"; a name in a phrase after the figure's clause ("…, taking
// business from makers such as Zentrix", "… while Zentrix …") is not its owner.
func TestTopicInClause(t *testing.T) {
	body := `Zentrix Corp makes electric scooters in Velm.

Rival makers delivered 500 scooters in March while Zentrix shipped only a few.

The scooter market grew by 9,000 units last year, taking business from small makers such as Zentrix.

The new plant will employ 700 workers, Zentrix said on Monday.

Zentrix hopes to sell more scooters next year.`
	a := kg.Article{Title: "Zentrix scooter sales", Body: body, Published: time.Date(2016, 3, 8, 9, 0, 0, 0, time.UTC)}
	a.Identify()
	x := mustExtract(t, a)
	subj := map[string]string{}
	for _, f := range x.Figures {
		subj[f.Text] = f.Subject
	}
	for text, want := range map[string]string{
		"500 scooters": "",        // another clause names the topic, after "while"
		"9,000 units":  "",        // the topic only in a trailing participle phrase
		"700 workers":  "Zentrix", // the topic as the source of a closing ", Zentrix said"
	} {
		got, ok := subj[text]
		if !ok {
			t.Errorf("no figure %q; got %v", text, subj)
			continue
		}
		if got != want {
			t.Errorf("figure %q: subject %q, want %q", text, got, want)
		}
	}
}

// TestSizeOwner: a count in a compound adjective after "the", "a" or "an" is the size of
// its noun: the entity the noun is, else no one's; not the clause subject's.
func TestSizeOwner(t *testing.T) {
	body := `Zentrix Corp makes electric scooters in Velm.

Zentrix will quit the 14-nation trade bloc next year.

Zentrix joined the 30-member Velm Scooter Alliance in 2014.

Zentrix has 400 workers and runs a 90-store chain.`
	a := kg.Article{Title: "Zentrix leaves bloc", Body: body, Published: time.Date(2016, 3, 8, 9, 0, 0, 0, time.UTC)}
	a.Identify()
	x := mustExtract(t, a)
	subj := map[string]string{}
	for _, f := range x.Figures {
		subj[f.Text] = f.Subject
	}
	for text, want := range map[string]string{
		"14-nation trade": "",
		"30-member Velm":  "Velm Scooter Alliance",
		"400 workers":     "Zentrix", // no compound adjective: the clause subject's
		"90-store chain":  "Zentrix", // a count of no members
	} {
		got, ok := subj[text]
		if !ok {
			t.Errorf("no figure %q; got %v", text, subj)
			continue
		}
		if got != want {
			t.Errorf("figure %q: subject %q, want %q", text, got, want)
		}
	}
}
