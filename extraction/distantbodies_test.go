package extraction

import "testing"

// TestDistantBodies: a description of a body's kind ("the study committee", "the
// museum", "the Norwegian fund") stands for the one body of that kind the article names,
// however far back, when no name fits in the sentences just before it; with two such
// bodies, or with no "the" ("fund manager Bo Lind": a trade), it stands for none.
func TestDistantBodies(t *testing.T) {
	x := extract(t, "distant-bodies")
	for _, r := range [][3]string{
		{"Ann Cole", "chairmanOf", "Velmar Study Committee"},
		{"Lia Marr", "managingDirectorOf", "Norwegian Sovereign Development Fund"},
		{"Tom Reed", "spokesmanOf", "Karvo Air Museum"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Subject == "Nils Berg" && (r.Object == "Perrin Arts Committee" || r.Object == "Dorrit Budget Committee") {
			t.Errorf("unwanted %s %s %s: two committees fit \"the committee\"", r.Subject, r.Predicate, r.Object)
		}
		if r.Subject == "Bo Lind" && r.Object == "Norwegian Sovereign Development Fund" {
			t.Errorf("unwanted %s %s %s: a hedge fund manager's bare \"fund\" is a trade", r.Subject, r.Predicate, r.Object)
		}
	}
}
