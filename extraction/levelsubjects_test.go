package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestLevelSubjects: an amount a linking verb and a level adjective give ("remains low
// at", "was flat at", "were steady at") measures the verb's subject, not the adjective.
func TestLevelSubjects(t *testing.T) {
	a := kg.Article{Title: "Varnian markets", Body: "The Fed's benchmark remains low at 0.75 percent. " +
		"Income from the Belmar mines was flat at $500 million for the quarter. " +
		"Shares of Tarsk Mining were steady at $34.76 in early trading."}
	x, err := Extract(a)
	if err != nil {
		t.Fatal(err)
	}
	want := map[float64]string{0.75: "benchmark", 500000000: "income", 34.76: "share price"}
	wantMeasures(t, x, want)
}
