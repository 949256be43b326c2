package extraction

import (
	"testing"
	"time"

	"github.com/factgraph/kg"
)

// namedHeadsReport is invented: counts whose noun a place's name modifies after an
// adjective ("new Kansas companies", "former Texas officials"), a place's name before
// two coordinated modifiers ("Kansas state and local officials"), and a place that
// "has" its population.
const namedHeadsReport = `Since January, 115 new Kansas companies have joined the Prairie Growers Association, the group said.

Four former Texas officials were charged on Tuesday.

On Wednesday, three Kansas state and local officials were charged.

Denver, which has about 690,000 people, was under the control of an emergency manager.`

func TestNamedHeads(t *testing.T) {
	a := kg.Article{Title: "Growers and officials in Kansas", Body: namedHeadsReport,
		Published: time.Date(2016, 5, 7, 18, 0, 0, 0, time.UTC)}
	a.Identify()
	x := mustExtract(t, a)
	got := figureTexts(x)
	for _, want := range []string{
		"kansas companies=115 new Kansas companies",
		"former texas officials=Four former Texas officials",
		"officials=three Kansas state and local officials",
		"population=about 690,000 people",
	} {
		if !got[want] {
			t.Errorf("missing figure %q; got %v", want, got)
		}
	}
}
