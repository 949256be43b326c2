package extraction

import (
	"testing"
	"time"

	"github.com/factgraph/kg"
)

// An invented report whose values are partly given as reported before.
const earlierReport = `The death toll from a market bombing in Varno climbed to 31 on Monday, hospital officials said.

The officials confirmed the latest toll, which rose from the toll of 24 reported late Sunday.

Initial reports said 40 people had been injured in the blast.

Rescuers had initially put the number of missing at 9.

The city council had previously said 300 shops would reopen.

The agency, which first reported the blast, said 12 people were arrested.

Officials said the economy grew at a 1.4 percent rate instead of the previously reported 1.0 percent pace.

About 2,000 residents were evacuated, the fire service said. Officials earlier had cited higher numbers — 2,500 people evacuated.`

func TestEarlierValues(t *testing.T) {
	a := kg.Article{Title: "Varno market toll climbs to 31", Body: earlierReport,
		Published: time.Date(2016, 2, 29, 9, 0, 0, 0, time.UTC)} // a Monday
	a.Identify()
	x := mustExtract(t, a)
	tests := []struct {
		measure    string
		value      float64
		superseded bool
		asOf       string
		why        string
	}{
		{"killed", 31, false, "", "the report's count now"},
		{"killed", 24, true, "2016-02-28T18:00:00Z/2016-02-29T00:00:00Z", "the count the toll rose from, reported late Sunday"},
		{"injured", 40, true, "", "initial reports said"},
		{"missing", 9, true, "", "initially put at"},
		{"pace", 1, true, "", "the previously reported pace"},
		{"rate", 1.4, false, "", "the value that replaced it"},
		{"shops", 300, false, "", "'previously said': said before, not replaced"},
		{"arrested", 12, false, "", "the cue is in another clause"},
		{"displaced", 2000, false, "", "the count now"},
		{"displaced", 2500, true, "", "the higher numbers officials had earlier cited, after a dash"},
	}
	for _, tt := range tests {
		f := findFigure(x, tt.measure, tt.value)
		if f == nil {
			t.Errorf("no %s %v figure (%s)", tt.measure, tt.value, tt.why)
			continue
		}
		if f.Superseded != tt.superseded || f.AsOf != tt.asOf {
			t.Errorf("%s %v: superseded %v as of %q, want %v as of %q (%s)", tt.measure, tt.value, f.Superseded, f.AsOf, tt.superseded, tt.asOf, tt.why)
		}
	}
}
