package extraction

import "testing"

// TestApposedKindRuns: the kind in a body's apposition may be modified by two words joined
// with "and" ("a U.S. electric and gas company"), be a kind of body bodyKinds leave out
// ("a Chicago think tank") and go on with a participle ("a Boston biotech firm valued
// at"); a kind that a later noun takes over ("a Denver charity event") gives nothing.
func TestApposedKindRuns(t *testing.T) {
	x := extract(t, "apposed-kind-runs")
	for _, want := range [][2]string{{"Corvane", "United States"}, {"Kestrel Labs Inc", "Boston"}, {"Halden Group", "Chicago"}, {"Marlo Systems", "Seattle"}} {
		if !hasRelation(x, want[0], "locatedIn", want[1]) {
			t.Errorf("want %s locatedIn %s; relations: %+v", want[0], want[1], x.Relations)
		}
	}
	if hasRelation(x, "Tarvo", "locatedIn", "Denver") {
		t.Errorf("Tarvo locatedIn Denver: want none (an event, not a charity)")
	}
}
