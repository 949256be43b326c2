package extraction

import "testing"

// TestQuotedTitlesAreNoQuotes: a programme's title in quotation marks (read as a work
// by quotedTitleAt) and a label of an event after "the" are names the sentence uses,
// not words its speaker said; a short phrase the speaker says stays a quote.
func TestQuotedTitlesAreNoQuotes(t *testing.T) {
	a := emphasised("Mayor speaks on television",
		`Mayor Dana Ruiz said on Channel Nine's "Morning Hour with Ann Lowe" that the bridge would reopen. `+
			`Ruiz said the case recalled the "Flood of the Decade" in the valley. `+
			`"We will rebuild this town," Ruiz said.`)
	x := mustExtract(t, a)
	var rebuild int
	for _, q := range x.Quotes {
		switch q.Text {
		case "Morning Hour with Ann Lowe", "Flood of the Decade":
			t.Errorf("a title or a label is kept as a quote: %+v", q)
		case "We will rebuild this town":
			rebuild++
		}
	}
	if rebuild != 1 {
		t.Errorf("want the rebuild quote once, got %d: %+v", rebuild, x.Quotes)
	}
}

// TestShortPhrasesOfASpeaker: a short phrase quoted after "a" or "an" in the clause of a
// speaker's verb of saying (or before "he said") is the speaker's; after "according to
// a", after a participle that names a thing, or in a clause that names another party,
// it is a term, not a quote.
func TestShortPhrasesOfASpeaker(t *testing.T) {
	a := emphasised("Storm closes the port",
		`Harbour master Dana Ruiz said the closure was a "minor hiccup" for the town. `+
			`The ferries will run again on Friday at a "slower pace", she said. `+
			`Ruiz built a machine called a "tide gate" last year. `+
			`Ruiz said the Acme board had agreed to a "limited review" of the damage. `+
			`Ruiz said repairs follow the plan according to a "harbour manual".`)
	x := mustExtract(t, a)
	got := map[string]string{}
	for _, q := range x.Quotes {
		got[q.Text] = q.Speaker
	}
	for _, want := range []string{"minor hiccup", "slower pace"} {
		if got[want] != "Dana Ruiz" {
			t.Errorf("%q: want Dana Ruiz's quote, got %q (%+v)", want, got[want], x.Quotes)
		}
	}
	for _, term := range []string{"tide gate", "limited review", "harbour manual"} {
		if _, ok := got[term]; ok {
			t.Errorf("%q is a term, not a quote: %+v", term, x.Quotes)
		}
	}
}
