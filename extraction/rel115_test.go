package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// holtbyBody names both companies of the headlines below and states no deal between them.
const holtbyBody = "Varnex Corp said on Monday it had reached an agreement with Holtby Inc, whose shares rose 20 percent. Holtby Inc makes payment software for small shops. Varnex Corp is based in Ohio."

// TestHeadlineActs: the act a headline states between two names the body names, in the
// headline's present or with "to" and a verb, past a kind of body before the object.
func TestHeadlineActs(t *testing.T) {
	for _, c := range []struct{ title, body, s, p, o string }{
		{"Varnex to buy payments firm Holtby in $2 billion deal", holtbyBody, "Varnex Corp", "acquires", "Holtby Inc"},
		{"Varnex agrees to acquire Holtby for $2 billion", holtbyBody, "Varnex Corp", "acquires", "Holtby Inc"},
		{"Brindle Airlines Sues Kestro Over Inflight Wi-Fi", "Brindle Airlines filed papers in a Texas court on Friday. Kestro Inc said the claims had no merit.", "Brindle Airlines", "sues", "Kestro Inc"},
		{"Senator Ana Reyes endorses Tom Vell in video", "Ana Reyes spoke in Denver on Friday. Tom Vell thanked her for the support.", "Ana Reyes", "endorses", "Tom Vell"},
	} {
		x := extractTitled(t, c.title, c.body)
		if !hasRelation(x, c.s, c.p, c.o) {
			t.Errorf("%q: no %s %s %s: %+v", c.title, c.s, c.p, c.o, x.Relations)
		}
	}
}

// TestHeadlineActsNearMisses: a possessor after the verb, a noun after the object, a
// question or a quotation leave the headline without an act.
func TestHeadlineActsNearMisses(t *testing.T) {
	for _, title := range []string{
		"Varnex to buy Holtby's payments unit for $2 billion",
		"Varnex to buy Holtby shares from founders",
		"Varnex to buy Holtby?",
		"Varnex 'to buy Holtby' after talks",
	} {
		x := extractTitled(t, title, holtbyBody)
		if hasRelation(x, "Varnex Corp", "acquires", "Holtby Inc") {
			t.Errorf("%q: Varnex Corp acquires Holtby Inc: %+v", title, x.Relations)
		}
	}
}

// TestHeadlineActCompound: a name that opens a compound ("U.S.-Canada") is no object.
func TestHeadlineActCompound(t *testing.T) {
	x := extractTitled(t, "Varnex blasts U.S.-Canada trade deal", "Varnex Corp said on Monday the deal between the U.S. and Canada would cost it sales.")
	if hasRelation(x, "Varnex Corp", "criticizes", "United States") {
		t.Errorf("a compound's first name read as the object: %+v", x.Relations)
	}
	x = extractTitled(t, "Varnex blasts U.S. over trade deal", "Varnex Corp said on Monday the deal between the U.S. and Canada would cost it sales.")
	if !hasRelation(x, "Varnex Corp", "criticizes", "United States") {
		t.Errorf("no Varnex Corp criticizes United States: %+v", x.Relations)
	}
}

// TestNationalAttorneyGeneral: "U.S. Attorney General X" is the country's attorney
// general, not the title "U.S. Attorney" and a general; "U.S. Attorney X" stays a federal
// prosecutor.
func TestNationalAttorneyGeneral(t *testing.T) {
	x := extractBody(t, "U.S. Attorney General Dana Morrow said on Friday she would review the case.")
	if !hasRelation(x, "Dana Morrow", "attorneyGeneralOf", "United States") {
		t.Errorf("no Dana Morrow attorneyGeneralOf United States: %+v", x.Relations)
	}
	x = extractBody(t, "U.S. Attorney Dana Morrow said on Friday she would review the case.")
	for _, r := range x.Relations {
		if r.Predicate == "attorneyGeneralOf" || r.Predicate == "generalOf" {
			t.Errorf("a U.S. attorney read as %+v", r)
		}
	}
	if e := entityNamed(x, "Dana Morrow"); e == nil || e.Type != kg.Person {
		t.Errorf("Dana Morrow not a person: %+v", x.Entities)
	}
}

// TestPartyGovernorSeat: a party's word before a governor's title is a side, not a seat:
// the state comes from the sentence, the article, or a possessive before the side.
func TestPartyGovernorSeat(t *testing.T) {
	for _, c := range []struct{ body, s, o string }{
		{"Oregon will raise its minimum wage under a bill signed on Monday by Democratic Governor Lena Marsh.", "Lena Marsh", "Oregon"},
		{"The bill still needs the signature of Idaho's Republican Governor Tom Vell to become law.", "Tom Vell", "Idaho"},
	} {
		if x := extractBody(t, c.body); !hasRelation(x, c.s, "governorOf", c.o) {
			t.Errorf("%q: no %s governorOf %s: %+v", c.body, c.s, c.o, x.Relations)
		}
	}
	// two states in the sentence: which one is the governor's is left open
	x := extractBody(t, "Flights from Virginia to Maryland were halted, Republican Governor Tom Vell said.")
	for _, r := range x.Relations {
		if r.Predicate == "governorOf" {
			t.Errorf("a seat read among two states: %+v", r)
		}
	}
}
