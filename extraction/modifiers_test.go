package extraction

import (
	"testing"
)

// TestNameModifiers: a place before a body's kind ("German automaker X"), a "-based"
// place, a plural kind before "such as" and a list, an organization's possessive over a
// name ("X's Kettle app"), a person's possessive over a party, "NAME's aunt/uncle, NAME"
// "X – married to Y", "PLACE resident NAME" and "NAME, a 61-year-old native of PLACE"
// each give their relation; a rival after a possessive does not, nor a name that
// modifies a noun ending in -eed ("X's Quillon feed"), one common word ("X's Kernel
// sales") or a ticker ("X's DOVR.O shares"). A second role after "and" holds for its
// own body ("the chairman of A and owner of B"); "India-focussed" is no place.
func TestNameModifiers(t *testing.T) {
	x := extract(t, "name-modifiers")
	for _, r := range [][3]string{
		{"Halvorsen Motoren", "locatedIn", "Germany"},
		{"Brindle Rides Inc", "locatedIn", "Ohio"},
		{"Fjellstrom ASA", "locatedIn", "Norway"},
		{"Quillon", "locatedIn", "United States"},
		{"Marrowbank", "locatedIn", "United States"},
		{"Tessaly Labs", "locatedIn", "United States"},
		{"Kettle", "partOf", "Halvorsen Motoren"},
		{"Petra Ulven", "memberOf", "Harbour Party"},
		{"Henrik Sorensen", "relativeOf", "Oskar Lindqvist"},
		{"Mara Vinter", "spouseOf", "Jonas Vinter"},
		{"Jonas Vinter", "spouseOf", "Mara Vinter"},
		{"Ingrid Falk", "residentOf", "Oslo"},
		{"Nils Aasen", "nativeOf", "Sweden"},
		{"Mikkel Strand", "chairmanOf", "Brindle Rides Inc"},
		{"Mikkel Strand", "ownerOf", "Oslo Vikings"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Subject == "Veltrax Inc" && r.Predicate == "partOf" {
			t.Errorf("unwanted %+v: a rival is no part", r)
		}
		if r.Subject == "Quillon" && r.Predicate == "partOf" {
			t.Errorf("unwanted %+v: the name modifies \"feed\", a noun, not a participle", r)
		}
		if r.Object == "Dovrel Corp" && r.Predicate == "partOf" {
			t.Errorf("unwanted %+v: a common word or a ticker is no unit", r)
		}
		if r.Subject == "Mikkel Strand" && r.Predicate == "chairmanOf" && r.Object == "Oslo Vikings" {
			t.Errorf("unwanted %+v: he owns the team", r)
		}
		if r.Object == "India-focussed" {
			t.Errorf("unwanted %+v: a market focus is no place", r)
		}
	}
}
