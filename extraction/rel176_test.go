package extraction

import "testing"

// TestListedKin: a kin noun with no possessor after a comma or "and" takes the
// possessor of the kin phrase it continues, else the name before it (listedkin.go); not
// when that name is itself listed kin of a third, nor for a former partner.
func TestListedKin(t *testing.T) {
	for _, c := range []struct{ body, s, p, o string }{
		{"The records showed accounts held by Mayor Ivo Brandt's family, including his daughter Mira and son Kasimir.", "Kasimir", "childOf", "Ivo Brandt"},
		{"Tomas Velde, brother Anders Velde and two others were charged on Monday.", "Anders Velde", "siblingOf", "Tomas Velde"},
		{"Rolf Hagen and wife Greta Hagen fled the town on Friday.", "Greta Hagen", "spouseOf", "Rolf Hagen"},
	} {
		if x := extractBody(t, c.body); !hasRelation(x, c.s, c.p, c.o) {
			t.Errorf("%q: no %s %s %s: %+v", c.body, c.s, c.p, c.o, x.Relations)
		}
	}
	x := extractBody(t, "Jorund Falk celebrated with partner Lena Moss and son Lars on Sunday.")
	if hasRelation(x, "Lars", "childOf", "Lena Moss") {
		t.Errorf("the partner's listed son is the subject's: %+v", x.Relations)
	}
	x = extractBody(t, "The court heard of the visits of Ada Roe and ex-girlfriend Mila Stenn.")
	if hasRelation(x, "Mila Stenn", "partnerOf", "Ada Roe") {
		t.Errorf("a former partner after \"and\" is a third's: %+v", x.Relations)
	}
}

// TestPollTrails: in a poll sentence a candidate who trails others or stands behind one
// is led by them (polltrails.go); a pronoun object of "show" gives no trailer.
func TestPollTrails(t *testing.T) {
	for _, c := range []struct{ body, s, o string }{
		{"Ivo Brandt is still trailing Ada Vale and Tomas Kord in state polls.", "Ada Vale", "Ivo Brandt"},
		{"Ivo Brandt is still trailing Ada Vale and Tomas Kord in state polls.", "Tomas Kord", "Ivo Brandt"},
		{"The latest Vireo survey had Mila Stenn running 12 points behind Rolf Hagen in the north.", "Rolf Hagen", "Mila Stenn"},
	} {
		if x := extractBody(t, c.body); !hasRelation(x, c.s, "leadsInPoll", c.o) {
			t.Errorf("%q: no %s leadsInPoll %s: %+v", c.body, c.s, c.o, x.Relations)
		}
	}
	x := extractBody(t, "Ivo Brandt won the county although polls showed him trailing Ada Vale.")
	if hasRelation(x, "Ada Vale", "leadsInPoll", "Ivo Brandt") {
		t.Errorf("a pronoun gives no trailer: %+v", x.Relations)
	}
}
