package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestMonthRangesAreDates: the days of a meeting after a month's name ("the June 14-15
// meeting", "from March 3 to 5") are a date, not a range of figures; a range after
// another word still is ("rose to 14-15 percent").
func TestMonthRangesAreDates(t *testing.T) {
	a := kg.Article{Title: "Varnian bank weighs rates", Body: "Traders expect the Varnian central bank to hold rates at its June 14-15 meeting. " +
		"The Belmar summit, held from March 3 to 5, drew 300 delegates. " +
		"Unemployment in Varnia rose to 14-15 percent last year, the bureau said."}
	x, err := Extract(a)
	if err != nil {
		t.Fatal(err)
	}
	got := map[float64]bool{}
	for _, f := range x.Figures {
		got[f.Value] = true
	}
	for _, v := range []float64{3, 5} {
		if got[v] {
			t.Errorf("day %v of a date range read as a figure: %+v", v, x.Figures)
		}
	}
	if got[15] && !got[300] {
		t.Errorf("day of a date range read as a figure: %+v", x.Figures)
	}
	for _, f := range x.Figures {
		if f.Value == 15 && f.Unit == "" {
			t.Errorf("day 15 of 'June 14-15' read as a figure: %+v", f)
		}
	}
	if !got[300] || !got[14] {
		t.Errorf("want 300 delegates and the 14-15 percent range kept: %+v", x.Figures)
	}
}
