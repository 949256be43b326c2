package extraction

import "testing"

// TestSubjectLists: a verb stated once for a list of subjects holds for each member
// (actionSubject, relations.go): people with titles inside the list, a title after a
// word of time ("and former Mayor Sam Lind") or owned by a place ("and Norland's Foreign
// Minister Erik Holm", the person and not the owner), bodies and places; and a paragraph
// whose last word is a company suffix holding its full stop ("… criticized Fjordbot
// Corp.") is a sentence, not a heading (closingAbbrev, sentences.go). A list subject
// never acts on one of its own members.
func TestSubjectLists(t *testing.T) {
	x := extract(t, "subject-lists")
	for _, r := range [][3]string{
		{"Alice Moore", "criticizes", "Harbor Power"},
		{"Tom Wade", "criticizes", "Harbor Power"},
		{"Carl Diaz", "criticizes", "Harbor Power"},
		{"Norland", "sues", "Quill Partners"},
		{"Velland", "sues", "Quill Partners"},
		{"Velland", "signAccordWith", "Norland"},
		{"Sudria", "signAccordWith", "Norland"},
		{"Karvo", "signAccordWith", "Norland"},
		{"Alan Berg", "meets", "Leo Brun"},
		{"Hans Dahl", "meets", "Leo Brun"},
		{"Dina Holt", "blames", "Petra Aas"}, // "and former Mayor Sam Lind"
		{"Sam Lind", "blames", "Petra Aas"},
		{"Ida Vik", "thank", "Nils Rud"}, // "and Norland's Foreign Minister Erik Holm"
		{"Erik Holm", "thank", "Nils Rud"},
		{"Dina Holt", "criticizes", "Fjordbot Corp."}, // the paragraph ends on "Corp."
		{"Erik Lunde", "criticizes", "Fjordbot Corp."},
		{"Fred Sand", "criticizes", "Fjordbot Corp."},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		switch {
		case r.Subject == "Norland" && r.Predicate == "thank":
			t.Errorf("unwanted %+v: the minister, not his country, thanked", r)
		case r.Subject == r.Object:
			t.Errorf("unwanted %+v: a list subject acting on its own member", r)
		}
	}
}
