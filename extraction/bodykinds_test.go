package extraction

import (
	"testing"
	"time"

	"github.com/factgraph/kg"
)

// bodyKindsReport is invented: bodies named only by their kind ("the fire service", "the
// coast guard", "the disaster management authority") tell figures and quotes.
const bodyKindsReport = `Nearly 300 homes were destroyed in Harbor County, the fire service said.

At least 12 fishermen were missing on Tuesday, the coast guard said.

Some 4,000 people were moved to shelters, the disaster management authority said.

"The water is still rising," said one prison guard.`

func TestBodyKindSources(t *testing.T) {
	a := kg.Article{Title: "Floods hit Harbor County", Body: bodyKindsReport,
		Published: time.Date(2016, 3, 8, 9, 0, 0, 0, time.UTC)}
	a.Identify()
	x := mustExtract(t, a)
	sources := map[float64]string{}
	for _, f := range x.Figures {
		sources[f.Value] = f.Source
	}
	for value, want := range map[float64]string{300: "fire service", 12: "coast guard", 4000: "disaster management authority"} {
		if got, ok := sources[value]; !ok || got != want {
			t.Errorf("figure %v: source %q (found %v), want %q", value, got, ok, want)
		}
	}
	if len(x.Quotes) != 1 || x.Quotes[0].Speaker != "a prison guard" {
		t.Errorf("quotes %+v, want one by \"a prison guard\"", x.Quotes)
	}
}
