package extraction

import "testing"

// TestRegionWordBeforePlace: a word for a part of the place ("eastern", "downtown")
// between "in" and the place leaves the venue, the site or the body's presence in that
// place; a bare name after "a" and a verb, in a region of a large place, is no seat.
func TestRegionWordBeforePlace(t *testing.T) {
	for _, c := range []struct{ body, subj, pred, obj string }{
		{"Federal agents said the Tarrow National Wildlife Refuge in eastern Oregon would remain closed.", "Tarrow National Wildlife Refuge", "locatedIn", "Oregon"},
		{"Regulators worried about the Calloway Hotel in downtown Dayton, which overlooks the river.", "Calloway Hotel", "locatedIn", "Dayton"},
		{"Grant spoke on the eve of the Wexmoor Airshow in southern England.", "Wexmoor Airshow", "locatedIn", "England"},
	} {
		if x := extractBody(t, c.body); !hasRelation(x, c.subj, c.pred, c.obj) {
			t.Errorf("%q: no %s %s %s: %+v", c.body, c.subj, c.pred, c.obj, x.Relations)
		}
	}
	x := extractBody(t, "Militants killed a Drell Company in northern Iraq on Tuesday.")
	if hasRelation(x, "Drell Company", "locatedIn", "Iraq") {
		t.Errorf("a bare name in a country's region after a verb is no seat: %+v", x.Relations)
	}
}

// TestDescribedSites: a venue's, an event's or a site's appositive description with a
// site's noun, "in" and a place puts the site in the place, whatever type the name got
// (Other, an unknown Place, a Person with no first name), and in the town's state too.
// A man's description is his own.
func TestDescribedSites(t *testing.T) {
	for _, c := range []struct{ body, subj, obj string }{
		{"Guests crowded into Lindmoor, a music and technology festival in Dayton, Ohio, last week.", "Lindmoor", "Dayton"},
		{"Guests crowded into Lindmoor, a music and technology festival in Dayton, Ohio, last week.", "Lindmoor", "Ohio"},
		{"She took classes at the Brave Owl Workshop, a comedy theater in Dayton where she met him.", "Brave Owl Workshop", "Dayton"},
		{"He taught at Vell Academy, an Islamic school in Lusk, until May.", "Vell Academy", "Lusk"},
		{"Stock was sold at Quorra Kids, a boutique located in Dayton.", "Quorra Kids", "Dayton"},
	} {
		if x := extractBody(t, c.body); !hasRelation(x, c.subj, "locatedIn", c.obj) {
			t.Errorf("%q: no %s locatedIn %s: %+v", c.body, c.subj, c.obj, x.Relations)
		}
	}
	x := extractBody(t, "\"It is late,\" said Tom Vell, a hotel clerk at a resort in Dayton.")
	if hasRelation(x, "Tom Vell", "locatedIn", "Dayton") {
		t.Errorf("a man is no site: %+v", x.Relations)
	}
}

// TestSitesAt: a named site or unit after "the" and before "at" and a place stands on
// that place; a team, a university's unit at its short name and a one-word name do not.
func TestSitesAt(t *testing.T) {
	for _, c := range []struct{ body, subj, obj string }{
		{"The planes departed the Tarrow Air Museum at Kessel Airport on a photo flight.", "Tarrow Air Museum", "Kessel Airport"},
		{"The soldiers were from the 412th Brigade Support Battalion at Fort Brannock, the army said.", "412th Brigade Support Battalion", "Fort Brannock"},
	} {
		if x := extractBody(t, c.body); !hasRelation(x, c.subj, "locatedIn", c.obj) {
			t.Errorf("%q: no %s locatedIn %s: %+v", c.body, c.subj, c.obj, x.Relations)
		}
	}
	for _, c := range []struct{ body, subj, obj string }{
		{"The Carolina Panthers meet the Denver Broncos at Kessel Stadium in Santa Clara.", "Denver Broncos", "Kessel Stadium"},
		{"Ann Roe, director of the Vell Center for Internet Law at Harlow, praised the decision.", "Vell Center for Internet Law", "Harlow"},
	} {
		if x := extractBody(t, c.body); hasRelation(x, c.subj, "locatedIn", c.obj) {
			t.Errorf("%q: %s is not located at %s: %+v", c.body, c.subj, c.obj, x.Relations)
		}
	}
}
