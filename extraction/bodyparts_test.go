package extraction

import "testing"

// TestBodyParts: a body whose name ends in "Committee", "Council" … and opens with the
// name or an alias of another organization of the article is part of it ("House Budget
// Committee" of the House, "U.N. Security Council" of the United Nations, by its alias
// "U.N."); an opening that names no organization of the article gives nothing, even
// when a longer name starts with the same word ("Varnia Kestrel Council", "Kestrel
// Motors").
func TestBodyParts(t *testing.T) {
	x := extract(t, "body-parts")
	for _, r := range [][3]string{
		{"House Budget Committee", "partOf", "House"},
		{"UN Security Council", "partOf", "United Nations"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Subject == "Varnia Kestrel Council" && r.Predicate == "partOf" {
			t.Errorf("unwanted %+v: no organization of the article opens the name", r)
		}
	}
}
