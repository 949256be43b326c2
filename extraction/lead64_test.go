package extraction

import (
	"testing"
)

// TestHonorificsWithoutDot: British style writes "Mr Ygeman", "Ms Roe", "Dr Holt" with
// no full stop; the honorific is no part of the name, which is the person the article
// named in full before. A name that only looks alike keeps its words ("Drum Tower").
func TestHonorificsWithoutDot(t *testing.T) {
	x := extractBody(t, "Interior Minister Anders Velgren spoke on Monday. "+
		"Mr Velgren said 400 people had applied. Dr Jane Holt, a surgeon at the clinic, said 12 people were hurt. "+
		"Ms Holt later said the Drum Tower was closed.")
	for _, e := range x.Entities {
		switch e.Name {
		case "Mr Velgren", "Dr Jane Holt", "Ms Holt":
			t.Errorf("entity %q (%s): an honorific is no part of a name", e.Name, e.Type)
		}
	}
	if e := entityNamed(x, "Anders Velgren"); e == nil || e.Mentions < 2 {
		t.Errorf("Mr Velgren is Anders Velgren: %+v", x.Entities)
	}
	if e := entityNamed(x, "Jane Holt"); e == nil || e.Type != "Person" || e.Mentions < 2 {
		t.Errorf("Dr Jane Holt is the person Jane Holt, named twice: %+v", x.Entities)
	}
	if e := entityNamed(x, "Drum Tower"); e == nil {
		t.Errorf("no Drum Tower: %+v", x.Entities)
	}
}

// TestPronounSpeakerNotNamedInQuote: "he said" after a quote is not a person the quote
// itself names in the third person; the chain goes back to whoever spoke before. A
// quote that names no one keeps the nearest person.
func TestPronounSpeakerNotNamedInQuote(t *testing.T) {
	x := extractBody(t, "Foreign Minister Alan Brisk said he had \"no insight at all\" into the plan. "+
		"Western capitals were surprised by Omar Vell's decision to withdraw. "+
		"\"Nobody knows what Mr Vell intends when he acts,\" he said.\n\n"+
		"Senator Rita Okafor spoke on Monday. Voters were surprised by Dan Pelt's decision to quit. "+
		"\"Nobody knows what comes next,\" he said.")
	speakers := map[string]string{}
	for _, q := range x.Quotes {
		speakers[q.Text] = q.Speaker
	}
	if sp := speakers["Nobody knows what Mr Vell intends when he acts"]; sp != "Alan Brisk" {
		t.Errorf("speaker of the quote naming Vell = %q, want Alan Brisk; quotes %+v", sp, x.Quotes)
	}
	if sp := speakers["Nobody knows what comes next"]; sp != "Dan Pelt" {
		t.Errorf("speaker of the quote naming no one = %q, want Dan Pelt (the last man named); quotes %+v", sp, x.Quotes)
	}
}
