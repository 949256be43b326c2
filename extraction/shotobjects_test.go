package extraction

import "testing"

// TestShotObjects: people a verb of shooting or stabbing takes as its object are
// counted as the passive counts them ("shot seven people": shot, as "seven people were
// shot"; "stabbed four people": stabbed); "the fatal shooting of two guards" killed
// them; "killing three of them" keeps its own verb, not the shot count's.
func TestShotObjects(t *testing.T) {
	x := extract(t, "shot-objects")
	want := map[float64]string{7: "shot", 3: "killed", 4: "stabbed", 2: "killed"}
	wantMeasures(t, x, want)
}
