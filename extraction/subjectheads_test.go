package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestChangeSubjectHeads: a percentage a verb of change gives measures the head of the
// verb's subject, up a chain of prepositions and past a meeting's dates ("the
// probability of a cut at the bank's June 14-15 meeting rose to 34 percent":
// probability, not meeting), but not past a noun of quantity ("the number of people");
// and "according to" after an amount is no noun ("dropped to 27 percent according to").
func TestChangeSubjectHeads(t *testing.T) {
	a := kg.Article{Title: "Varnian bank weighs a cut", Body: "The probability of a rate cut at the Varnian central bank's June 14-15 meeting rose to 34 percent, traders said. " +
		"The mayor's popularity in March dropped to 27 percent according to pollster Datavar. " +
		"Sales of tractors in Belmar rose 12 percent last year. " +
		"The number of visitors at the Belmar fair rose 8 percent this year."}
	x, err := Extract(a)
	if err != nil {
		t.Fatal(err)
	}
	want := map[float64]string{34: "probability", 27: "popularity", 12: "sales rise", 8: "visitors rise"}
	wantMeasures(t, x, want)
}
