package extraction

import "testing"

// TestSayingFirstVerb checks who acts after "and" when the first verb says
// (closedClauseSubject, clauses.go): the speaker, past a plain noun-phrase object
// ("declared a state of emergency and activated"), and past a reported clause when the
// second verb says or urges too ("said the violence had grown and urged"); nobody when a
// reported clause is followed by another kind of verb, when the saying is doubted, or
// when the second verb reports a clause of its own ("and warned that").
func TestSayingFirstVerb(t *testing.T) {
	x := extract(t, "saying-first")
	for _, r := range [][3]string{
		{"Gina Lind", "activate", "Varnian Guard"},
		{"Talos Corp", "praises", "Brenner Holdings"},
		{"Omar Said", "urges", "Marrow Freight"},
		{"Corvid Labs", "praises", "Paul Riedel"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		switch r.Object {
		case "Velland Rail", "Halden Bank", "Ostmark Bank":
			t.Errorf("unexpected %s %s %s", r.Subject, r.Predicate, r.Object)
		}
		if r.Subject == "Lars Odell" {
			t.Errorf("unexpected %s %s %s (the speaker for a reported clause's verb)", r.Subject, r.Predicate, r.Object)
		}
	}
}
