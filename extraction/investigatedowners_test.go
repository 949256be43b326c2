package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestInvestigatedOwners: an investigation into the conduct a possessive names
// investigates its owner ("the Norland Trade Commission's probe into Tarvo Bank's
// lending practices"). Near misses: a death ("an investigation by the Ostmark Justice
// Ministry into Wade's death" looks into a death, not into Wade), and an act that is no
// investigation ("Halvorsen Systems' acquisition of Quill Finance's card unit" acquires
// no Quill Finance).
func TestInvestigatedOwners(t *testing.T) {
	a := kg.Article{Title: "Probes", Body: "The Norland Trade Commission's probe into Tarvo Bank's lending practices began in May.\n\n" +
		"Banker Tom Wade died in May, his lawyer said. An investigation by the Ostmark Justice Ministry into Wade's death found no foul play.\n\n" +
		"Halvorsen Systems' acquisition of Quill Finance's card unit closed on Monday."}
	x, err := Extract(a)
	if err != nil {
		t.Fatal(err)
	}
	if !hasRelation(x, "Norland Trade Commission", "investigates", "Tarvo Bank") {
		t.Errorf("missing Norland Trade Commission investigates Tarvo Bank; relations: %+v", x.Relations)
	}
	for _, r := range x.Relations {
		if r.Predicate == "investigates" && r.Object != "Tarvo Bank" || r.Object == "Quill Finance" && r.Predicate == "acquires" {
			t.Errorf("unwanted %+v: a death, or a unit of the owner", r)
		}
	}
}
