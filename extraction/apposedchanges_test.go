package extraction

import "testing"

// TestApposedChanges: a change set after a comma names the amount before it, past the
// amount's noun and the time it was counted in ("4.1 million passengers last year, up 12
// percent": passengers rise), even when the clause gave the change a subject, and after a
// participle of change ("$1.2 billion, rising 17 percent"); a change after a dash names
// the subject of the change verb before it when no amount stands between ("Sales …
// have plummeted - down 14 percent"); a conversion in brackets is not what changed.
func TestApposedChanges(t *testing.T) {
	x := extract(t, "apposed-changes")
	wantMeasures(t, x, map[float64]string{12: "passengers rise", 22: "revenue rise", 35: "broadband subscribers rise",
		17: "operating income rise", 14: "sales fall", 8: "sales fall"})
	for _, f := range x.Figures {
		if f.Value == 3 && f.Measure == "square kilometers rise" {
			t.Errorf("a conversion read as what rose: %+v", f)
		}
	}
}
