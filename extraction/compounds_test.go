package extraction

import (
	"testing"
	"time"

	"github.com/factgraph/kg"
)

// An invented report whose numbers are fused into compound adjectives.
const compoundReport = `VARNO The 513-seat chamber voted on Sunday, and the 28-nation bloc said it would send a 5,000-strong force to the 17,000-island archipelago.

Officials closed a 5-mile (8-km) stretch of beach and later reopened a two-mile stretch of the road.

After a 70-minute meeting, the three-judge panel issued a 200-page report on a 64-bit chip, and a 15-month-old boy was found in a 10-story building.

The 40,000-strong rapid reaction force and a two-party system were also discussed.`

func TestCompoundFigures(t *testing.T) {
	a := kg.Article{Title: "Vote in Varno", Body: compoundReport,
		Published: time.Date(2016, 4, 17, 18, 0, 0, 0, time.UTC)}
	a.Identify()
	x := mustExtract(t, a)
	for _, want := range []struct {
		measure string
		value   float64
	}{
		{"seats", 513}, {"nations", 28}, {"force", 5000}, {"islands", 17000}, {"stretch", 5}, {"stretch", 2},
	} {
		if findFigure(x, want.measure, want.value) == nil {
			t.Errorf("no %s %v; figures: %+v", want.measure, want.value, x.Figures)
		}
	}
	for _, f := range x.Figures {
		switch f.Value {
		case 8, 70, 3, 200, 64, 15, 10, 40000:
			t.Errorf("a restatement, duration, kind or size read as a figure: %+v", f)
		}
	}
}
