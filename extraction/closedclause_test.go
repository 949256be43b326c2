package extraction

import "testing"

// TestClosedClauseSubjects checks that a verb after "and" without a subject of its own
// takes the subject of the clause the "and" closes (closedClauseSubject, clauses.go):
// past "said that", a description or a pronoun as that subject, an appositive opening
// the sentence, a pair of subjects; and that a doubted first verb, a subject inside a
// participle phrase and a pair of objects ("met A and B") give nothing new.
func TestClosedClauseSubjects(t *testing.T) {
	x := extract(t, "closed-clause-subjects")
	for _, r := range [][3]string{
		{"Talos Corp", "praises", "Brenner Holdings"},
		{"Quill Energy", "criticizes", "Halden Bank"},
		{"Ruth Kell", "praises", "Marrow Freight"},
		{"Omar Said", "praises", "Velland Rail"},
		{"Ada Moss", "visits", "Harlow Port"},
		{"Lars Odell", "visits", "Harlow Port"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		switch r.Object {
		case "Birch Labs", "Lindau", "Lars Odell", "Ada Moss":
			t.Errorf("unexpected %s %s %s", r.Subject, r.Predicate, r.Object)
		}
		if r.Subject == "Ines Vogt" || r.Subject == "Paul Riedel" {
			t.Errorf("unexpected %s %s %s (an object of the first verb as a subject)", r.Subject, r.Predicate, r.Object)
		}
	}
}
