package extraction

import (
	"testing"
	"time"

	"github.com/factgraph/kg"
)

// One death written without a numeral, beside deaths only wished or spoken of.
func TestLoneVictim(t *testing.T) {
	a := kg.Article{Title: "Officer killed in Orsk", Body: `ORSK A gunman killed an Orsk police officer on Friday, police said.

The gunman had threatened to kill a guard, and killing a police officer can be an aggravating factor, prosecutors said.`,
		Published: time.Date(2016, 3, 19, 18, 0, 0, 0, time.UTC)}
	a.Identify()
	x := mustExtract(t, a)
	n := 0
	for _, f := range x.Figures {
		if f.Measure == "killed" && f.Value == 1 {
			n++
			if f.Scope.Kind != kg.GroupPart {
				t.Errorf("one person killed read as the whole toll: %+v", f)
			}
		}
	}
	if n != 1 {
		t.Errorf("want one figure of one killed (the officer), got %d: %+v", n, x.Figures)
	}
}
