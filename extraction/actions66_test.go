package extraction

import "testing"

// TestPurposeSubjects (actions66): the subject of an infinitive of purpose after a place or
// an outlet one went to is the traveller ("traveled to Ostmark to meet Vale", "went on
// Karstad News to call on Kord"), not the place; after "called on Vale to", Vale. A
// sentence that opens with the pronoun of the sentence before tells of the same person
// ("He went on to describe Vale …. He criticized Vale's budget"), and a pronoun is
// none of the people its verb acts on ("Berg unveiled a budget. He attacked Berg's
// plans": the one named before Berg). "took X to task" is
// criticism, "took X to court" and a suit or complaint filed or brought against X a suit;
// "tells" an outlet by name or by call letters is spokeTo (a person told is not); a second
// name joined at "of" after "and" is a name of its own.
func TestPurposeSubjects(t *testing.T) {
	x := extract(t, "purpose-subjects")
	for _, r := range [][3]string{
		{"Jan Kord", "meets", "Piet Vale"},
		{"Mara Lind", "urges", "Jan Kord"},
		{"Piet Vale", "asks", "Tarn Commission"},
		{"Ola Sund", "criticizes", "Piet Vale"},
		{"Lars Dahl", "attacks", "Rolf Berg"},
		{"Halden Group", "sues", "Brisk Co"},
		{"Petra Vik", "sues", "Tarn Labs"},
		{"Vesper Energy", "sues", "Brisk Co"},
		{"Petra Vik", "told", "Reuters"},
		{"Petra Vik", "told", "KNTV"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Subject == "Ostmark" || r.Subject == "Karstad News" || r.Subject == "Tomas Brandt" && r.Predicate == "asks" {
			t.Errorf("unwanted %+v: a place or an outlet as the subject of a purpose", r)
		}
		if r.Subject == "Ida Lund" && heard(r.Predicate) {
			t.Errorf("unwanted %+v: a person told is no outlet", r)
		}
	}
	names := map[string]bool{}
	for _, e := range x.Entities {
		names[e.Name] = true
	}
	for _, n := range []string{"Bureau of Tarn Mines", "Bureau of Land Safety"} {
		if !names[n] {
			t.Errorf("missing entity %q; entities: %+v", n, x.Entities)
		}
	}
}
