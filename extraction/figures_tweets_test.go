package extraction

import (
	"strings"
	"testing"
	"time"

	"github.com/factgraph/kg"
)

// TestTweetChatter: a figure inside an embedded tweet whose sentence speaks as "I" or to
// "you" is the writer's talk and no figure; an account's report in the third person
// stays, with the writer as its source, and so does one whose "you" is inside a
// quotation of the tweet's own in single marks.
func TestTweetChatter(t *testing.T) {
	body := `A storm closed the coast road at Brellin on Tuesday.

Brellin Fire Rescue tweeted: “Crews pulled 14 drivers from stranded cars on the coast road”

Tam Orrick tweeted: “I waited 45 minutes for a bus and met three grumpy gulls”

Lisa Venn tweeted: “Only u would bring 2 umbrellas to a hurricane party”

Nell Carder tweeted: “A deputy told 30 motorists 'turn your cars around now' at the bridge”

The road reopened on Wednesday.`
	a := kg.Article{Title: "Storm closes Brellin coast road", Body: body, Published: time.Date(2016, 3, 2, 0, 0, 0, 0, time.UTC)}
	a.Identify()
	x := mustExtract(t, a)
	got := map[float64]string{}
	for _, f := range x.Figures {
		got[f.Value] = f.Source
	}
	if src, ok := got[14]; !ok || src != "Brellin Fire Rescue" {
		t.Errorf("the account's 14 drivers: source %q (found %v); figures %v", src, ok, got)
	}
	if src, ok := got[30]; !ok || src != "Nell Carder" {
		t.Errorf("30 motorists: source %q (found %v); figures %v", src, ok, got)
	}
	for _, v := range []float64{45, 3, 2} {
		if _, ok := got[v]; ok {
			t.Errorf("figure %v read from a writer's own talk; figures %v", v, got)
		}
	}
}

// TestTweetRepeatsNoSource: a body figure without a source does not take the writer of a
// later tweet that repeats its number; the tweet's own figure keeps its writer.
func TestTweetRepeatsNoSource(t *testing.T) {
	body := `Crews pulled 14 drivers from stranded cars at Brellin on Tuesday.

Brellin Fire Rescue tweeted: “Crews pulled 14 drivers from stranded cars on the coast road”

The road reopened on Wednesday.`
	a := kg.Article{Title: "Flood closes Brellin coast road", Body: body, Published: time.Date(2016, 3, 2, 0, 0, 0, 0, time.UTC)}
	a.Identify()
	x := mustExtract(t, a)
	found := false
	for _, f := range x.Figures {
		if f.Value != 14 || strings.Contains(x.Sentences[f.Sentence].Text, "tweeted") {
			continue
		}
		found = true
		if f.Source != "" {
			t.Errorf("the body's 14 drivers took source %q from a later tweet", f.Source)
		}
	}
	if !found {
		t.Errorf("the body's 14 drivers not read: %+v", x.Figures)
	}
}
