package extraction

import "testing"

// TestNamedOfPlaces: a state's body named "HEAD of PLACE" is part of the place; a
// society or club named so, and an embassy named "in PLACE", is in it. An embassy named
// "of" a country stands in another country: nothing.
func TestNamedOfPlaces(t *testing.T) {
	x := extract(t, "named-of-places")
	for _, r := range [][3]string{
		{"Monetary Authority of Portugal", "partOf", "Portugal"},
		{"Humane Society of Ohio", "locatedIn", "Ohio"},
		{"Commonwealth Club of Denver", "locatedIn", "Denver"},
		{"U.S. Embassy in Lima", "locatedIn", "Lima"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Subject == "Embassy of France" && r.Object == "France" {
			t.Errorf("unwanted %+v: an embassy stands in another country", r)
		}
	}
}
