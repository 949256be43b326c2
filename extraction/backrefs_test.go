package extraction

import "testing"

// TestBackReferences: descriptions that refer back stand for the names before them —
// "the auto giant" for the business whose name says the trade, "the giant" and "the
// upstart" for the ones the article called so, however far back, "the two nations" for the pair named last
// — as subjects of the verbs and nouns that already give a relation. A trade word that
// only precedes the verb's object ("The tech giant sued Vantro") says nothing of Vantro;
// a bare "the giant" with no business called so, three countries for "the two
// countries", and a pair that owns what follows give nothing.
func TestBackReferences(t *testing.T) {
	x := extract(t, "backref-giants")
	for _, r := range [][3]string{
		{"Halvor Motors Co", "agreesWith", "Quillo Inc"},
		{"Halvor Motors Co", "investsIn", "Quillo Inc"},
		{"Orvik Systems Inc", "sues", "Vantro Inc"},
		{"Halvor Motors Co", "hires", "Lodex Inc."},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Subject == "Vantro Inc" || r.Predicate == "investsIn" && r.Subject != "Halvor Motors Co" {
			t.Errorf("unwanted %+v: a trade word before a verb calls its object nothing; the auto giant is the Motors firm", r)
		}
	}
	y := extract(t, "backref-pairs")
	for _, r := range [][3]string{
		{"Peru", "supports", "Ecuador"},
		{"Chile", "supports", "Ecuador"},
		{"Dorrit Systems", "sues", "Vantro Inc"},
		{"Pell Media", "sues", "Vantro Inc"},
	} {
		if !hasRelation(y, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], y.Relations)
		}
	}
	for _, r := range y.Relations {
		if r.Object == "Uruguay" || r.Predicate == "praises" && r.Subject != "Kell Capital" {
			t.Errorf("unwanted %+v: three countries for \"the two countries\", or a pair that owns what follows", r)
		}
	}
}
