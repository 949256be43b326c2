package extraction

import (
	"testing"
	"time"

	"github.com/factgraph/kg"
)

// An invented report of a restaurant siege that tells, in passing, of the group's
// attack on a base the week before, and of bombings that hit another town.
const pastActReport = `HOMS, Syria — Gunmen stormed a restaurant in Homs on Thursday, killing at least 3 people, police said.

The Dravo Front claimed responsibility for the siege.

The Dravo Front attacked army peacekeepers in the south of the country last week. The militant group said it had killed about 100 soldiers and seized weapons.

Car bombings claimed by the Dravo Front hit Aleppo on Thursday, killing more than 20 people.

Police said 12 people were wounded in the restaurant.`

func TestFiguresOfPastAndPassingActs(t *testing.T) {
	a := kg.Article{Title: "Gunmen storm restaurant in Homs", Body: pastActReport,
		Published: time.Date(2016, 1, 22, 9, 0, 0, 0, time.UTC)}
	a.Identify()
	x := mustExtract(t, a)
	main := func(f *kg.Figure) bool { return f.Event >= 0 && x.Events[f.Event].Main }
	for _, tt := range []struct {
		measure string
		value   float64
		main    bool
		why     string
	}{
		{"killed", 3, true, "the siege's own toll"},
		{"injured", 12, true, "the siege's wounded"},
		{"killed", 100, false, "the group's claim for last week's attack (the sentence before)"},
		{"killed", 20, false, "bombings that hit Aleppo: another town's"},
	} {
		f := findFigure(x, tt.measure, tt.value)
		if f == nil {
			t.Errorf("no %s %v (%s); figures: %+v", tt.measure, tt.value, tt.why, x.Figures)
			continue
		}
		if main(f) != tt.main {
			t.Errorf("%s %v: of the main event %v, want %v (%s); events %+v", tt.measure, tt.value, main(f), tt.main, tt.why, x.Events)
		}
	}
}
