package extraction

import "testing"

// TestAdverbDescriptions: a description after "is" or "was" holds its role with an adverb
// of time or addition before its article ("was previously the chief financial officer
// of …", "is also a director of …").
func TestAdverbDescriptions(t *testing.T) {
	x := extract(t, "adverb-descriptions")
	for _, r := range [][3]string{
		{"Mara Quill", "chiefFinancialOfficerOf", "Bellwether Foods"},
		{"Tomas Reyes", "directorOf", "Crane Bank"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("want %v; relations: %+v", r, x.Relations)
		}
	}
}
