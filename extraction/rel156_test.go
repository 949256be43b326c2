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
