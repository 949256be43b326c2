package extraction

import "testing"

// TestScorePairs: two percentages set side by side as a contest's result, the larger
// first ("won … by 61 percent to 37 percent", "passed 54 percent to 46 percent"), are
// vote shares, no range, though the sentence names no poll or vote; a change "from 6
// percent to 5.2 percent" keeps its own measure.
func TestScorePairs(t *testing.T) {
	x := extract(t, "score-pairs")
	want := map[float64]string{61: "vote share", 37: "vote share", 54: "vote share", 46: "vote share",
		6: "jobless rate", 5.2: "jobless rate"}
	wantMeasures(t, x, want)
}
