package extraction

import (
	"testing"
	"time"

	"github.com/factgraph/kg"
)

// An invented report whose numbers count nothing a report tracks, beside real figures.
const speechFiguresReport = `ORSK A gunman killed three people in the 4100 block of Maple Avenue on Monday, police said.

One of the dead, a father of two boys, worked at the plant, which has lost money for four straight quarters and will close within five business days.

"I am 100 percent sure he acted alone," a few dozen lawmakers heard the chief say, adding that 40 percent of the plant's 1,200 workers live nearby.`

func TestIdleNumbers(t *testing.T) {
	a := kg.Article{Title: "Shooting in Orsk", Body: speechFiguresReport,
		Published: time.Date(2016, 3, 1, 18, 0, 0, 0, time.UTC)}
	a.Identify()
	x := mustExtract(t, a)
	if findFigure(x, "killed", 3) == nil {
		t.Errorf("the toll of three is lost; figures: %+v", x.Figures)
	}
	for _, f := range x.Figures {
		switch f.Value {
		case 4100, 2, 4, 5, 100, 12:
			t.Errorf("an address, children, a run of periods, a certainty or a vague scale read as a figure: %+v", f)
		}
	}
	if len(x.Figures) < 2 {
		t.Errorf("real figures lost beside the idle ones: %+v", x.Figures)
	}
}
