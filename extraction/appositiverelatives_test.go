package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestAppositiveRelatives: a relative clause that an appositive holds acts for the name
// before the appositive, after "that" ("Corven Telecom, the large carrier that bought
// Lumo Networks") and with a verb in -s after "which" ("Tarvo Bank, a regional lender
// which owns Quill Finance"). Near misses: "that" that opens a clause of its own ("Dalen
// Corp, the filing said, argued that Ostrava Mining sued Pellam Steel" is no suit of
// Dalen Corp's), and a name that only qualifies a noun after the verb ("Ivo Marsh, a
// financier who owns the Norland hockey team" owns no Norland).
func TestAppositiveRelatives(t *testing.T) {
	a := kg.Article{Title: "Carriers and lenders", Body: "Analysts see Corven Telecom, the large carrier that bought Lumo Networks last year, as a likely bidder.\n\n" +
		"Tarvo Bank, a regional lender which owns Quill Finance, declined to comment.\n\n" +
		"Dalen Corp, the filing said, argued that Ostrava Mining sued Pellam Steel.\n\n" +
		"Ivo Marsh, a financier who owns the Norland hockey team Brisk Hawks, was not available."}
	x, err := Extract(a)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range [][3]string{
		{"Corven Telecom", "acquires", "Lumo Networks"},
		{"Tarvo Bank", "owns", "Quill Finance"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %v; relations: %+v", r, x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Subject == "Dalen Corp" && r.Predicate == "sues" || r.Subject == "Ivo Marsh" && r.Predicate == "owns" && r.Object == "Norland" {
			t.Errorf("unwanted %+v: a clause of its own, or a name that qualifies a noun", r)
		}
	}
}
