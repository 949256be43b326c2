package extraction

import "testing"

// TestProtestedActs: a count in the incident a protest is about ("to protest against the
// fatal shootings of two black men") joins no event of the report's, whose own toll keeps
// its event; a protest "after" a shooting names no protested act.
func TestProtestedActs(t *testing.T) {
	x := extractBody(t, "A gunman killed five police officers in Harbor City on Thursday night, police said. "+
		"The march was organized to protest against the fatal shootings of two black men by police this week. "+
		"Crowds rallied in the capital over the shooting of three students.")
	if f := figureOf(t, x, 5); f.Event < 0 || !x.Events[f.Event].Main {
		t.Errorf("the toll is not the main event's: %+v (events %+v)", f, x.Events)
	}
	for _, f := range x.Figures {
		if (f.Value == 2 || f.Value == 3) && f.Event >= 0 {
			t.Errorf("figure %v %s joins event %+v: the incident protested is another", f.Value, f.Measure, x.Events[f.Event])
		}
	}
}
