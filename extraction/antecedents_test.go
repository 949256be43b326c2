package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestAntecedents: the old antecedent errors new relations carried (reader34): a town
// before a state is no given name of the byline's reporter, "PERSON of FIRM … said" is
// the person's saying, and "the NAME journal" is no person a "he" can take.
func TestAntecedents(t *testing.T) {
	x := extract(t, "antecedents")
	for _, r := range [][3]string{
		{"Tomas Ortega", "attend", "Yale"},
		{"Joan Pruett", "speakIn", "Denver"},
		{"Paul Hatch", "speakIn", "Tulsa"},
		{"Alan Briggs", "speakIn", "Omaha"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		switch r.Subject {
		case "Lawrence Smith", "Redrock Energy", "Bluewater Oil", "Lancet Neurology":
			if r.Subject == "Redrock Energy" && r.Predicate == "locatedIn" && r.Object == "Dallas" {
				continue // "Redrock Energy, a gas company based in Dallas": the text's own fact
			}
			t.Errorf("unwanted %+v: an old antecedent error", r)
		}
	}
	for _, e := range x.Entities {
		if e.Name == "Lancet Neurology" && e.Type == kg.Person {
			t.Errorf("%s typed Person: a journal's name", e.Name)
		}
		if e.Name == "Lawrence Smith" && len(e.Aliases) > 0 {
			t.Errorf("Lawrence Smith has aliases %v: the town Lawrence is no mention of him", e.Aliases)
		}
	}
}
