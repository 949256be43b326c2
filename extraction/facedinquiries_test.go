package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestFacedInquiries: an investigation a name faces or is under gives investigates to
// its investigator, named before the noun ("Tarvo Bank faces an ongoing Norland Trade
// Commission investigation") or by "by" after it ("Quill Finance is under investigation
// by the Ostmark Justice Ministry", "Brindle Corp faces a criminal inquiry by the Varnia
// Securities Board"). Near misses: a verb not asserted ("Pell Ltd could face an inquiry
// by the Varnia Securities Board"), and a place that only hosts what is investigated
// ("The derailment near Dunmore, Varnia, is under investigation by the Norland Rail Agency").
func TestFacedInquiries(t *testing.T) {
	a := kg.Article{Title: "Regulators circle", Body: "Tarvo Bank faces an ongoing Norland Trade Commission investigation.\n\n" +
		"Quill Finance is under investigation by the Ostmark Justice Ministry.\n\n" +
		"Brindle Corp faces a criminal inquiry by the Varnia Securities Board.\n\n" +
		"Pell Ltd could face an inquiry by the Varnia Securities Board.\n\n" +
		"The derailment near Dunmore, Varnia, is under investigation by the Norland Rail Agency."}
	x, err := Extract(a)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range [][3]string{
		{"Norland Trade Commission", "investigates", "Tarvo Bank"},
		{"Ostmark Justice Ministry", "investigates", "Quill Finance"},
		{"Varnia Securities Board", "investigates", "Brindle Corp"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %v; relations: %+v", r, x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Predicate == "investigates" && (r.Object == "Pell Ltd" || r.Object == "Dunmore") {
			t.Errorf("unwanted %+v: a verb not asserted, or a place that hosts what is investigated", r)
		}
	}
}
