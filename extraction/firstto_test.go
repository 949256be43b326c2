package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestFirstTo: the infinitive after a superlative description acts for the name it
// describes, in an appositive ("Ivo Marsh, the first Norland minister to visit Ostmark")
// or after "became" ("Ana Kovac became the first senator to endorse Tom Wade"). Near
// miss: a copula that is not asserted ("Lena Berg could become the first envoy to visit
// Varnia") gives nothing.
func TestFirstTo(t *testing.T) {
	a := kg.Article{Title: "Firsts", Body: "Ivo Marsh, the first Norland minister to visit Ostmark in 40 years, met traders on Monday.\n\n" +
		"Ana Kovac became the first senator to endorse Tom Wade.\n\n" +
		"Lena Berg could become the first envoy to visit Varnia."}
	x, err := Extract(a)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range [][3]string{
		{"Ivo Marsh", "visits", "Ostmark"},
		{"Ana Kovac", "endorses", "Tom Wade"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %v; relations: %+v", r, x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Subject == "Lena Berg" && r.Predicate == "visits" {
			t.Errorf("unwanted %+v: the copula is not asserted", r)
		}
	}
}
