package extraction

import (
	"testing"
	"time"

	"github.com/factgraph/kg"
)

func extractTitled(t *testing.T, title, body string) *kg.Extraction {
	t.Helper()
	a := kg.Article{Title: title, Body: body, Published: time.Date(2016, 6, 19, 12, 0, 0, 0, time.UTC)}
	a.Identify()
	return mustExtract(t, a)
}

func mainEvent(x *kg.Extraction) *kg.Event {
	for i := range x.Events {
		if x.Events[i].Main {
			return &x.Events[i]
		}
	}
	return nil
}

// TestWeeklyLabel: a headline that opens with a weekly column's label ("Security News
// This Week:") gathers the week's items; the act its first sentence names is no main
// event. The same lead under a report's headline is one.
func TestWeeklyLabel(t *testing.T) {
	body := "Last Sunday, a gunman killed nine people at a bar in Gary, Indiana. " +
		"Everything else feels small next to it, but the rest of the security world was busy this week."
	for _, title := range []string{"Security Notes This Week: Hackers Rename the Moon", "Space Photos of the Week: A Star Gets Loud",
		"The Week in Review: Hackers Rename the Moon"} {
		if e := mainEvent(extractTitled(t, title, body)); e != nil {
			t.Errorf("%q: main event %+v, want none (a weekly column)", title, *e)
		}
	}
	for _, title := range []string{"Gunman kills nine at Gary bar", "Deal To Close Next Week: Gunman Kills Nine"} {
		if e := mainEvent(extractTitled(t, title, body)); e == nil || e.Type != "shooting" {
			t.Errorf("%q: main event %+v, want the shooting", title, e)
		}
	}
}

// TestHistoryFrame: "the most watched X in U.S. history" measures a record against a
// country's history; the country is not where the article is. The town the lead names
// next is, and a stadium the article names lies in it.
func TestHistoryFrame(t *testing.T) {
	x := extractTitled(t, "The cameras of the big game",
		"Last year's final was the most watched television program in U.S. history, with 114 million viewers. "+
			"This year's final in Santa Clara will be no exception. "+
			"Crews strung 36 cameras along the top deck of Harbor Stadium.")
	if !hasRelation(x, "Harbor Stadium", "locatedIn", "Santa Clara") {
		t.Errorf("no Harbor Stadium locatedIn Santa Clara: %+v", x.Relations)
	}
}

// TestChangedFrom: the value a change started from, when the new value after "to" is a
// bare number, is superseded; "from … to" with no verb of change is no change.
func TestChangedFrom(t *testing.T) {
	x := extractBody(t, "The group of lenders has been expanded from the original eight banks to 25, the people said. "+
		"Acme cut its staff from 120 workers to 80 last year. "+
		"The prizes went to 14 winners, ranging from 12 students to 30.")
	for _, c := range []struct {
		v          float64
		superseded bool
	}{{8, true}, {120, true}, {12, false}} {
		if f := figureOf(t, x, c.v); f.Superseded != c.superseded {
			t.Errorf("figure %v %q: superseded %v, want %v", c.v, f.Measure, f.Superseded, c.superseded)
		}
	}
}

// TestDenouncedActs: "to denounce the shootings of N" in a sentence that tells of another
// act besides is the incident denounced; an official denouncing the report's own act
// keeps its count on the main event.
func TestDenouncedActs(t *testing.T) {
	x := extractBody(t, "A gunman killed five police officers in Harbor City on Thursday night, police said. "+
		"Thousands took to the streets on Friday to denounce the fatal police shootings of two black men this week, "+
		"a day after a gunman killed five officers at a rally.")
	for _, f := range x.Figures {
		if f.Value == 2 && f.Event >= 0 {
			t.Errorf("figure %v %s joins event %+v: the incident denounced is another", f.Value, f.Measure, x.Events[f.Event])
		}
	}
	y := extractBody(t, "A gunman killed five police officers in Harbor City on Thursday night, police said. "+
		"Mayor Jane Roe on Friday denounced the shooting of six police officers as a cowardly act.")
	if f := figureOf(t, y, 6); f.Event < 0 || !y.Events[f.Event].Main {
		t.Errorf("the officials' denounced act is the report's own: %+v (events %+v)", f, y.Events)
	}
}
