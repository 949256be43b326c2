package extraction

import "testing"

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
