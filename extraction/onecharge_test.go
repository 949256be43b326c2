package extraction

import "testing"

// TestOneCharge: "one count of" and "one charge of" are a count of one charge, as "two
// counts of" is a count of two; "one" elsewhere ("one witness", "one ledger") stays no
// count.
func TestOneCharge(t *testing.T) {
	x := extract(t, "one-charge")
	if findFigure(x, "count", 1) == nil || findFigure(x, "counts", 2) == nil || findFigure(x, "charge", 1) == nil {
		t.Errorf("want one count, two counts and one charge; figures: %+v", x.Figures)
	}
	for _, f := range x.Figures {
		if f.Value == 1 && f.Measure != "count" && f.Measure != "charge" {
			t.Errorf("not a count: %+v", f)
		}
	}
}
