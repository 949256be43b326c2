package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestPossessedModels: a model's code after a maker's possessive is the maker's product,
// typed Other ("Norvik Inc's KT55", "Halden Corp's new RX9"), and so is "Model" with one
// capital ("Kestrel Motors Inc's Model K", once the article calls Model K a car).
func TestPossessedModels(t *testing.T) {
	x := extractBody(t, "Norvik Inc's KT55 sold out on Monday. Halden Corp's new RX9 costs 900 dollars. "+
		"Kestrel Motors Inc unveiled the Model K car in May. Buyers said Kestrel Motors Inc's Model K was late.")
	for _, r := range [][3]string{
		{"KT55", "productOf", "Norvik Inc"},
		{"RX9", "productOf", "Halden Corp"},
		{"Model K", "productOf", "Kestrel Motors Inc"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %v in %+v", r, x.Relations)
		}
	}
	if e := entityNamed(x, "RX9"); e == nil || e.Type != kg.Other {
		t.Errorf("RX9 should be Other: %+v", e)
	}
}

// TestPossessedModelsNearMiss: a quarter's code is no model ("Orvane Inc's Q3 results"),
// an airline's code is a flight ("Nordic Airways Ltd's NA45"), and a code after "its" may be
// a trade show's ("its E5 booth").
func TestPossessedModelsNearMiss(t *testing.T) {
	x := extractBody(t, "Orvane Inc's Q3 results were weak, analysts said. Nordic Airways Ltd's NA45 landed late on Friday. "+
		"Pellar Games Inc said its E5 booth would show one game.")
	for _, r := range x.Relations {
		if r.Predicate == "productOf" {
			t.Errorf("unexpected %+v", r)
		}
	}
	if e := entityNamed(x, "Q3"); e != nil && e.Type == kg.Other {
		t.Errorf("Q3 typed Other: %+v", e)
	}
}
