package extraction

import (
	"slices"
	"strings"
	"testing"

	"github.com/factgraph/kg"
)

// TestAgedBodyWords: an age opening a description before a role is the person's, and
// the lower-case words between it and the role name no body (describedages.go
// agedDescription); a definite description still names one.
func TestAgedBodyWords(t *testing.T) {
	for _, body := range []string{
		"“We waited all night,” said Mina Sorell, a 29-year-old Denver office worker.",
		"Oren Paskow, a 27-year-old university employee, filed the complaint.",
		"Tilde Arvas, a 68-year-old retired customer service representative, spoke first.",
	} {
		x := extractBody(t, body)
		for _, r := range x.Relations {
			if strings.Contains(r.Object, "year-old") || r.Predicate == "workerOf" || r.Predicate == "employeeOf" || r.Predicate == "representativeOf" {
				t.Errorf("%q: %s %s %s", body, r.Subject, r.Predicate, r.Object)
			}
		}
	}
}

// TestInitialsOpeningParagraph: a paragraph that opens with a name's initials and no
// comma, dash or agency after them ("KX Plc's unit", "USA Today reported") has no
// dateline, and a town before another name's initials ("SEOUL QZ Electronics") is the
// dateline alone (datelinenames.go); "KANSAS CITY" and "DENVER CITY" stay one town.
func TestInitialsOpeningParagraph(t *testing.T) {
	for _, c := range []struct {
		body, place string
		not         []string
	}{
		{"Oil prices rose on Monday.\n\nKX Plc's Canadian unit has declared a force majeure, traders said.", "", []string{"Kx"}},
		{"Oil prices rose on Monday.\n\nUSA Today reported that the bid was later deleted.", "", []string{"Usa"}},
		{"Oil prices rose on Monday.\n\nTQ-27 Uragan tweeted: “Huge convoy on the road.”", "", []string{"Tq-27"}},
		{"SEOUL QZ Electronics Inc said on Wednesday it will invest $40 million in new plants.", "Seoul", []string{"Seoul Qz"}},
		{"KANSAS CITY Flooding closed roads across the region on Monday, officials said.", "Kansas City", []string{"Kansas"}},
		{"DENVER CITY Flooding closed roads across the county on Monday, officials said.", "Denver City", []string{"Denver"}},
	} {
		x := extractBody(t, c.body)
		found := c.place == ""
		for _, e := range x.Entities {
			if e.Type == kg.Place && slices.Contains(c.not, e.Name) {
				t.Errorf("%q: place %q", c.body, e.Name)
			}
			found = found || e.Name == c.place && e.Type == kg.Place
		}
		if !found {
			t.Errorf("%q: no place %q: %+v", c.body, c.place, x.Entities)
		}
	}
}

// TestSpotNamedAfterTown: an article that opens on a spot named after a town the word
// lists know ("Lyon Airport") and names that town puts its event in the town's country,
// not in the first country it names elsewhere (spottowns.go).
func TestSpotNamedAfterTown(t *testing.T) {
	x := extractBody(t, "Lyon Airport will reopen for the first time in 12 days, when suicide bombings killed 16 at the check-in area.\n\n"+
		"The first flights will go to Faro, Portugal, and to Turin.\n\nPolice in Lyon said the road to the terminal would stay closed.")
	found := false
	for _, ev := range x.Events {
		found = found || ev.Place == "Lyon Airport" && ev.Country == "France"
	}
	if !found || hasRelation(x, "Lyon Airport", "locatedIn", "Portugal") {
		t.Errorf("want the bombing at Lyon Airport in France, not Portugal: %+v %+v", x.Events, x.Relations)
	}
}
