package extraction

import "testing"

// TestListBodies: a list of people closed by "NAME of BODY" shares the body (listshare.go
// listClosedBy), and not where the last name's own title holds the office or the list
// lies after "between".
func TestListBodies(t *testing.T) {
	x := extract(t, "list-bodies")
	for _, r := range [][3]string{
		{"Anna Vole", "memberOf", "Harbor Institute"}, // "A, B, and C of the Harbor Institute"
		{"Peter Lark", "memberOf", "Harbor Institute"},
		{"Maria Dent", "memberOf", "Harbor Institute"},
		{"Erik Holm", "memberOf", "Quill Foundation"}, // "A and B of the Quill Foundation"
		{"Lena Sorli", "memberOf", "Quill Foundation"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		switch {
		case r.Subject != "Jan Kord" && r.Object == "Lusk Police Department":
			t.Errorf("unwanted %+v: the officer's title is Kord's alone", r)
		case r.Subject == "Ida Berg" && r.Object == "Quill Foundation":
			t.Errorf("unwanted %+v: a list after \"between\" is no list of members", r)
		}
	}
}
