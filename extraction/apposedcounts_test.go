package extraction

import (
	"testing"
	"time"

	"github.com/factgraph/kg"
)

// apposedCountsReport is invented: a count followed by an apposition that names the
// counted again, and the asides that must still end the scan for a predicate.
const apposedCountsReport = `The flood in Varnia has forced some 9,000 residents, the entire population of Olsby, to flee for safety.

Two hikers, a man and a woman, died in the avalanche, the Tenmere Fire Department said.

The storm damaged 40 houses, the mayor said, and 12 people were later evacuated to shelters.`

func TestApposedCounts(t *testing.T) {
	a := kg.Article{Title: "Flood and avalanche in Varnia", Body: apposedCountsReport,
		Published: time.Date(2016, 5, 7, 18, 0, 0, 0, time.UTC)}
	a.Identify()
	x := mustExtract(t, a)
	got := figureTexts(x)
	for _, want := range []string{"displaced=some 9,000 residents", "killed=Two hikers"} {
		if !got[want] {
			t.Errorf("missing figure %q; got %v", want, got)
		}
	}
	for k := range got {
		if k == "rescued=40 houses" || k == "sheltered=40 houses" {
			t.Errorf("the aside \", the mayor said,\" must end the scan: %q", k)
		}
	}
}
