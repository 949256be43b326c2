package extraction

import "testing"

// TestAgencyBeforeTitle: an agency's initials that open a paragraph before a title ("FAA
// Administrator Dora Velk") are the body she heads, not a dateline's town; a town in
// capitals before a title ("BOSTON Mayor Lena Ortiz") stays a dateline.
func TestAgencyBeforeTitle(t *testing.T) {
	x := extract(t, "agency-titles")
	for _, r := range [][3]string{
		{"Dora Velk", "administratorOf", "FAA"},
		{"Owen Marsh", "commissionerOf", "FCC"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, e := range x.Entities {
		if (e.Name == "FAA" || e.Name == "Faa" || e.Name == "FCC" || e.Name == "Fcc") && e.Type == "Place" {
			t.Errorf("agency %s read as a dateline's place", e.Name)
		}
	}
	boston := false
	for _, e := range x.Entities {
		boston = boston || e.Name == "Boston" && e.Type == "Place"
	}
	if !boston || hasRelation(x, "Lena Ortiz", "mayorOf", "BOSTON") {
		t.Errorf("BOSTON before a title should stay a dateline's town; entities: %+v", x.Entities)
	}
}
