package extraction

import "testing"

// TestTaggedBodyTitles: an officer's title after a body's name and its tag in brackets —
// a ticker or the body's acronym — is held at that body ("Acme Corp (ACM.N) CFO X",
// "Widget Agency (WA) administrator X", "Acme Inc's (ACM.O) Chief Executive X", "Safety
// Office (SO) employees X and Y"); an acronym of another name is no tag of the body.
func TestTaggedBodyTitles(t *testing.T) {
	for _, c := range []struct{ body, subj, pred, obj string }{
		{"The results were strong. Mueller met Environmental Safety Agency (ESA) administrator Tom Wade on Monday.", "Tom Wade", "administratorOf", "Environmental Safety Agency"},
		{"The results were strong. Mueller met Northwind Holdings (NWH) director Tom Wade on Monday.", "Tom Wade", "directorOf", "Northwind Holdings"},
		{"The results were strong. Globex Inc's (GBX.O) Chief Executive Ada Lind said margins would improve.", "Ada Lind", "chiefExecutiveOf", "Globex Inc"},
		{"The results were strong. Office of Widget Safety (OWS) employees Ada Lind and Tom Wade were charged.", "Tom Wade", "employeeOf", "Office of Widget Safety"},
	} {
		if x := extractBody(t, c.body); !hasRelation(x, c.subj, c.pred, c.obj) {
			t.Errorf("%q: no %s %s %s: %+v", c.body, c.subj, c.pred, c.obj, x.Relations)
		}
	}
	x := extractBody(t, "The results were strong. Mueller met Northwind Holdings (KBT) director Tom Wade on Monday.")
	if hasRelation(x, "Tom Wade", "directorOf", "Northwind Holdings") {
		t.Errorf("KBT is no tag of Northwind Holdings: %+v", x.Relations)
	}
}

// TestAndOtherHolders: a person named before "and other" and a body's plural role noun
// holds that role at the body; a plural that is no role gives nothing.
func TestAndOtherHolders(t *testing.T) {
	x := extractBody(t, "The results were strong. Ada Lind and other Globex Inc executives declined to comment.")
	if !hasRelation(x, "Ada Lind", "executiveOf", "Globex Inc") {
		t.Errorf("no Ada Lind executiveOf Globex Inc: %+v", x.Relations)
	}
	x = extractBody(t, "The results were strong. Ada Lind and other Globex Inc shareholders declined to comment.")
	for _, r := range x.Relations {
		if r.Subject == "Ada Lind" && r.Object == "Globex Inc" {
			t.Errorf("shareholders is no role held at Globex Inc: %+v", r)
		}
	}
}
