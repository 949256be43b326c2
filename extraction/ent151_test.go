package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestOfficeOfTails: the words before a title that end in "of" are no body's name cut
// there ("Office of", "Party of"): the title names the office ("the Office of Inspector
// General"), or the body before "of" is the holder's party, not whose office the title is.
func TestOfficeOfTails(t *testing.T) {
	x := extractBody(t, "The audit was done by the Veltran Agency's Office of Inspector General, officials said.\n\n"+
		"Lawmakers of the Progress Party of Prime Minister Olav Strand were alarmed on Monday.")
	for _, name := range []string{"Office of", "Progress Party of"} {
		if entityNamed(x, name) != nil {
			t.Errorf("stump %q made an entity", name)
		}
	}
	if e := entityNamed(x, "Office of Inspector General"); e == nil || e.Type != kg.Organization {
		t.Errorf("Office of Inspector General: want one Organization, got %+v", e)
	}
	if e := entityNamed(x, "Progress Party"); e == nil || e.Type != kg.Organization {
		t.Errorf("Progress Party: want an Organization, got %+v", e)
	}
	for _, r := range x.Relations {
		if r.Subject == "Olav Strand" && (r.Object == "Party of" || r.Object == "Progress Party") {
			t.Errorf("the party before \"of\" is not whose office: %+v", r)
		}
	}
	// near miss: a body's name that goes on past "of" stays whole
	y := extractBody(t, "Ministry of Finance spokesman Aldo Brenner said the plan was sound.")
	if entityNamed(y, "Ministry of Finance") == nil {
		t.Errorf("Ministry of Finance lost")
	}
}

// TestFirmTradeAfter: two surnames before a firm's staff or custom with no possessive
// ("Halvorsen Pratt analysts", "a Keller Brandt broker") name a firm; a person's staff
// takes the possessive and the person stays one.
func TestFirmTradeAfter(t *testing.T) {
	x := extractBody(t, "Demand will stay weak this year, Halvorsen Pratt analysts wrote in a note on Tuesday.\n\n"+
		"\"Prices have fallen,\" said Dana Ostrow, a Keller Brandt broker in the city.")
	wantTypes(t, x, map[string]kg.EntityType{"Halvorsen Pratt": kg.Organization, "Keller Brandt": kg.Organization})
	y := extractBody(t, "Senator Maria Lindqvist's advisers met on Tuesday. Maria Lindqvist said she would vote no.")
	if e := entityNamed(y, "Maria Lindqvist"); e == nil || e.Type != kg.Person {
		t.Errorf("Maria Lindqvist: want Person, got %+v", e)
	}
}

// TestSecondBodyAfterAnd: in a list, the words after "and" that follow a body joined at
// "of" are a second body ("Bureau of Land Records and U.S. Parks Service", "Varden
// Association of Realtors and Keller Brandt" where the article names Keller Brandt alone);
// a body's own "and" stays inside it ("Department of Health and Human Services").
func TestSecondBodyAfterAnd(t *testing.T) {
	x := extractBody(t, "Prices fell, according to data from the Varden Association of Realtors and Keller Brandt.\n\n"+
		"\"Sales are slow,\" said Dana Ostrow, a Keller Brandt broker.\n\n"+
		"The bill would cut all Bureau of Land Records and U.S. Parks Service staff.")
	for _, name := range []string{"Varden Association of Realtors", "Keller Brandt", "Bureau of Land Records", "U.S. Parks Service"} {
		if entityNamed(x, name) == nil {
			t.Errorf("%q: want its own entity", name)
		}
	}
	y := extractBody(t, "The Department of Health and Human Services said the rule would take effect in May.")
	if entityNamed(y, "Department of Health and Human Services") == nil {
		t.Errorf("Department of Health and Human Services split")
	}
}

// TestChamberParty: "Senate Democratic leader X" names the Senate, not a body called
// "Senate Democratic", and the party's leader leads no chamber; a caucus named in
// capitals ("House Republican Conference") stays whole.
func TestChamberParty(t *testing.T) {
	x := extractBody(t, "Senate Democratic leader Marta Quill told reporters on Tuesday the bill would fail.")
	if entityNamed(x, "Senate Democratic") != nil {
		t.Errorf("\"Senate Democratic\" made an entity")
	}
	if e := entityNamed(x, "Senate"); e == nil || e.Type != kg.Organization {
		t.Errorf("Senate: want an Organization, got %+v", e)
	}
	for _, r := range x.Relations {
		if r.Subject == "Marta Quill" && r.Predicate == "leaderOf" {
			t.Errorf("a party's leader in the chamber leads no chamber: %+v", r)
		}
	}
	y := extractBody(t, "The House Republican Conference met on Tuesday to pick its leaders.")
	if entityNamed(y, "House Republican Conference") == nil {
		t.Errorf("House Republican Conference split")
	}
}
