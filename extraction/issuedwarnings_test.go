package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestIssuedWarnings: a body that issues, posts or puts out a warning, a watch or an
// advisory "for" places warns each of them; a place that qualifies a noun after it, an
// issuer that is no organization, and a warning named after a capitalized word give
// nothing.
func TestIssuedWarnings(t *testing.T) {
	a := kg.Article{Title: "Storms move east", Body: "The Tarvo Weather Bureau issued a flash flood warning for parts of Ohio and Indiana on Sunday.\n\n" +
		"The Norland Met Office has also put out heat advisories through Tuesday for Kansas, with temperatures near 40 degrees.\n\n" +
		"Ana Kovac issued a warning for Tulsa residents.\n\n" +
		"The Dunmore Fire Agency posted a new \"red flag warning\" for Nevada and Utah, the agency said."}
	x, err := Extract(a)
	if err != nil {
		t.Fatal(err)
	}
	want := [][3]string{
		{"Tarvo Weather Bureau", "warns", "Ohio"},
		{"Tarvo Weather Bureau", "warns", "Indiana"},
		{"Norland Met Office", "warns", "Kansas"},
		{"Dunmore Fire Agency", "warns", "Nevada"},
		{"Dunmore Fire Agency", "warns", "Utah"},
	}
	for _, r := range want {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %v; relations: %+v", r, x.Relations)
		}
	}
	n := 0
	for _, r := range x.Relations {
		if r.Predicate == "warns" {
			n++
		}
	}
	if n != len(want) {
		t.Errorf("%d warns relations, want %d: %+v", n, len(want), x.Relations)
	}
}
