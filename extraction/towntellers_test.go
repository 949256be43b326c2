package extraction

import (
	"testing"

	kg "github.com/factgraph/kg"
)

// TestTownTellers: a teller whose phrase ends on "in Town, State," tells what follows
// the verb; the state's comma is no apposition's ("Police in Elmtown, Ohio, said").
func TestTownTellers(t *testing.T) {
	checkSourceCases(t, []sourceCase{
		{body: "Karvo College in Elmtown, Ohio, said two of its students were killed in the attack.", value: 2, source: "Karvo College"},
		{body: "Police in Elmtown, Ohio, said three men were shot on Tuesday.", value: 3, source: "police"},
		{body: "Four people died, the sheriff of Elm County, Ohio, said.", value: 4, source: "sheriff"},
		{body: "In Elmtown, Ohio, officials said five people died.", value: 5, source: "officials"},
	})
}

// TestStormBodies: a name that opens on a storm word ("Storm", "Hurricane") but ends on a
// body's last word is the body ("the Storm Prediction Center"), and its alias "the
// Hurricane Center" joins "the National Hurricane Center"; "Tropical Storm Alva" stays
// a storm.
func TestStormBodies(t *testing.T) {
	x := mustExtract(t, kg.Article{Title: "Storms", Body: "Six people died, the Storm Prediction Center in Elmtown, Ohio, estimated.\n\n" +
		"The National Hurricane Center tracked Tropical Storm Alva on Monday. The Hurricane Center said Alva would weaken."})
	for name, typ := range map[string]kg.EntityType{"Storm Prediction Center": kg.Organization, "National Hurricane Center": kg.Organization, "Tropical Storm Alva": kg.Other} {
		if e := entityNamed(x, name); e == nil || e.Type != typ {
			t.Errorf("%s: %+v, want type %s", name, e, typ)
		}
	}
	if e := entityNamed(x, "Hurricane Center"); e != nil {
		t.Errorf("Hurricane Center is an entity of its own: %+v", e)
	}
	if f := figureOf(t, x, 6); f.Source != "Storm Prediction Center" {
		t.Errorf("six died: source %q, want Storm Prediction Center", f.Source)
	}
}
