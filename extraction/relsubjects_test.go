package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestRelativeClauseSubjects: a plural verb after "which" takes no single place as the
// figure's subject; "who" after a place or a body in a prepositional phrase is the person
// described; a place after a body's name "in" gives way to the body; a possessive opening
// the counted phrase owns the figure; a place after "a" qualifies the noun after it
// ("An Ohio jury") and is no subject. A singular place before "which has" keeps it.
func TestRelativeClauseSubjects(t *testing.T) {
	a := kg.Article{Title: "Notes from the week", Body: "Halvorsen Systems said it will keep several offices in Norway, which employ about 700 people. " +
		"The debate pitted Ann Fields against Tom Ridley, a former senator from Ohio who had won six of the last nine contests. " +
		"Greta Lindqvist, a chemist at Uppsala University who published three papers last year, spoke first. " +
		"Mark Dale attempts to regain the title from Sam Ortiz, who last year ended Dale's run of seven straight victories. " +
		"Aid groups are still working in Chad, which hosts about 300,000 refugees. " +
		"An Ohio jury awarded $40 million to Ann Fields on Friday."}
	x, err := Extract(a)
	if err != nil {
		t.Fatal(err)
	}
	want := map[float64]string{700: "", 6: "Tom Ridley", 3: "Greta Lindqvist", 7: "Mark Dale", 300000: "Chad", 40000000: ""}
	not := map[float64]string{700: "Norway", 6: "Ohio", 3: "Uppsala University", 7: "Sam Ortiz", 40000000: "Ohio"}
	seen := map[float64]bool{}
	for _, f := range x.Figures {
		w, ok := want[f.Value]
		if !ok {
			continue
		}
		seen[f.Value] = true
		if f.Subject == not[f.Value] {
			t.Errorf("%v (%s): subject %q, the name before the relative pronoun", f.Value, f.Measure, f.Subject)
		}
		if w != "" && f.Subject != w {
			t.Errorf("%v (%s): subject %q, want %q", f.Value, f.Measure, f.Subject, w)
		}
	}
	for v := range want {
		if !seen[v] {
			t.Errorf("no figure %v: %+v", v, x.Figures)
		}
	}
}
