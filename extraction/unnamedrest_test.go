package extraction

import "testing"

// TestUnnamedRest: a list of objects closed by "and others" ("sued A, B and others") holds
// for each named member, and a list that "as well as" opens runs on to its own "and"
// ("sent it to A, as well as to B, C, D and others"); when it does not close, the member
// right after "as well as" still holds (withMembers, objects.go).
func TestUnnamedRest(t *testing.T) {
	x := extract(t, "unnamed-rest")
	for _, r := range [][3]string{
		{"Harbor Power", "sues", "Acme Corp"},
		{"Harbor Power", "sues", "Birch Partners"},
		{"Kestrel Labs", "criticizes", "Quill Ventures"},
		{"Kestrel Labs", "criticizes", "Zephyr Foods"},
		{"Ida Berg", "meets", "Erik Holm"},
		{"Ida Berg", "meets", "Anton Lund"},
		{"Ola Rask", "thank", "Nils Vik"},
		{"Ola Rask", "thank", "Siri Dahl"}, // the list after "as well as" does not close
		{"Tom Wade", "blames", "Karl Holt"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Subject == "Ola Rask" && r.Object == "Karvo Mills" {
			t.Errorf("unwanted %+v: the list after \"as well as\" never closes", r)
		}
	}
}
