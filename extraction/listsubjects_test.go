package extraction

import "testing"

// TestListSubjects: a list of subjects keeps a member that "the" opens ("Brunei, the
// Netherlands and Peru") or a body a named owner opens ("Lumo Inc and Northwind's Tarn
// Bank"), and a list of objects the latter too ("Lumo Inc and Alphabet's Kite Labs");
// "met in PLACE" meets no place, and a name deep in "as a breach of NAME resolutions" is
// no object.
func TestListSubjects(t *testing.T) {
	x := extract(t, "list-subjects")
	for _, r := range [][3]string{
		{"Norway", "condemns", "Tarnland"},
		{"Chile", "condemns", "Tarnland"},
		{"Brunei", "condemns", "Tarnland"},
		{"Netherlands", "condemns", "Tarnland"},
		{"Peru", "condemns", "Tarnland"},
		{"Halvorsen Systems", "criticizes", "Brisk Co"},
		{"Lumo Inc", "criticizes", "Brisk Co"},
		{"Tarn Bank", "criticizes", "Brisk Co"},
		{"Estonia", "criticizes", "Tarnland"},
		{"Philippines", "criticizes", "Tarnland"},
		{"Brisk Co", "sues", "Halvorsen Systems"},
		{"Brisk Co", "sues", "Lumo Inc"},
		{"Brisk Co", "sues", "Kite Labs"}, // an owner kg does not name, in a list of objects
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Subject == "Northwind" || r.Predicate == "meets" || r.Object == "Amber Council" {
			t.Errorf("unwanted %+v: an owner as a member, a meeting's place as whom, a name deep in a phrase", r)
		}
	}
}
