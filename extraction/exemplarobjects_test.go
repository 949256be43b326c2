package extraction

import "testing"

// TestExemplarObjects: the open verb's object is a plural kind of party whose examples
// follow "like", "such as" or "including" (exemplarobjects.go); a present-tense verb of
// stance between two names ("slams", "often targets": presentstances.go); a list of
// names joined by a repeated "and" (objects.go withMembers); a possessed object of
// "doubt". What must not be read: examples of things ("songs like"), examples of a kind
// another name owns ("Quill Media executives like"), a plural noun between two names
// ("hosts", "firms"), and a repeated "and" that opens a clause of its own.
func TestExemplarObjects(t *testing.T) {
	x := extract(t, "exemplar-objects")
	for _, r := range [][3]string{
		{"Lena Ortiz", "workWith", "Mara Lind"},
		{"Lena Ortiz", "workWith", "Tom Vance"},
		{"Halden Bank", "signDealsWith", "Birch Bank"},
		{"Halden Bank", "signDealsWith", "Quill Credit"},
		{"Norway", "court", "Talos Air"},
		{"Ann Harlow", "target", "Owen Pratt"},
		{"Rolf Eid", "slam", "Jan Berger"},
		{"Halden Bank", "beat", "Dunmore Holdings"},
		{"Kara Moss", "agreesWith", "Sven Aas"},
		{"Kara Moss", "meets", "Ida Lund"},
		{"Kara Moss", "meets", "Piet Varga"},
		{"Ann Harlow", "doubt", "Owen Pratt"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		switch {
		case r.Object == "Kessel Nights", r.Subject == "Lena Ortiz" && r.Object == "Jan Berger",
			r.Subject == "Kessel Times" && (r.Object == "Ida Lund" || r.Object == "Rolf Eid"),
			r.Subject == "Oslo" && r.Object == "Talos Air", r.Predicate == "firm",
			r.Subject == "Kara Moss" && r.Predicate == "meets" && r.Object == "Sven Aas":
			t.Errorf("unwanted %+v", r)
		}
	}
}
