package extraction

import "testing"

// TestCoordinatedLists: a verb's object stated once for a list of names holds for each
// member (withMembers, objects.go), for the controlled actions and the open relations
// alike: a member with a hyphened given name ("Han Ki-moon"), after the verb's own
// preposition ("met with A and B"), with a title owned by a place or after "former",
// after "as well as", after "and the", and of another acting type ("Quill Partners,
// Anna Tveit and Birch Ltd"). Not a name in a compound ("the Velland-backed Sudria
// militia"), not the engineers of "Ostburg Power (OSP) engineers", not
// both ends of "between A and B".
func TestCoordinatedLists(t *testing.T) {
	x := extract(t, "coordinated-lists")
	for _, r := range [][3]string{
		{"Tom Wade", "meets", "Harald Brun"},
		{"Tom Wade", "meets", "Han Ki-moon"}, // a hyphened given name
		{"Tom Wade", "meets", "Jan Kord"},
		{"Tom Wade", "meets", "Lena Sorli"}, // "met with A and B"
		{"Tom Wade", "meets", "Petra Aas"},
		{"Tom Wade", "meets", "Ida Berg"},
		{"Tom Wade", "meets", "Erik Holm"}, // "Norland's Foreign Minister Erik Holm"
		{"Tom Wade", "meets", "Maren Dahl"},
		{"Tom Wade", "meets", "Anton Lund"}, // "former Mayor Anton Lund"
		{"Ola Rask", "thank", "Nils Vik"},   // an open relation
		{"Ola Rask", "thank", "Siri Dahl"},
		{"Ola Rask", "thank", "Tore Lie"},
		{"Ola Rask", "invite", "Kari Moe"},
		{"Ola Rask", "invite", "Arne Lund"}, // "as well as"
		{"Karvo Workers Union", "inform", "Halvorsen Agency"},
		{"Karvo Workers Union", "inform", "Brekke Council"}, // "and the"
		{"Fjordbot Inc", "hires", "Quill Partners"},
		{"Fjordbot Inc", "hires", "Anna Tveit"},
		{"Fjordbot Inc", "hires", "Birch Ltd"},
		{"Tom Wade", "blames", "Karl Holt"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		switch {
		case r.Object == "Ostburg Power":
			t.Errorf("unwanted %+v: the engineers were blamed", r)
		case r.Subject == "Ola Rask" && r.Object == "Karvo":
			t.Errorf("unwanted %+v: \"between A and B\" is one relation's two ends", r)
		case r.Subject == "Velland" && r.Predicate == "allyOf":
			t.Errorf("unwanted %+v: \"the Velland-backed militia\" is no member of the list", r)
		case r.Object == "Norland" && r.Predicate == "meets":
			t.Errorf("unwanted %+v: the minister, not his country, was met", r)
		}
	}
}
