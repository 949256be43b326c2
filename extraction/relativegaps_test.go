package extraction

import "testing"

// TestRelativeGaps: a relative clause whose object is its antecedent ("Birch Labs, which
// Harbor Power acquired in 2014,": gaps.go objectGap), and the verb after "to" whose
// subject stands before a relative clause ("The Sea Lark, which left Kiel in May, is due
// to stop at Genoa": relativeAsideSubject); a relative clause with a subject of its own
// gives its verb to that subject, not to the antecedent (relativeOwnSubject). Each wanted
// relation fails on main.
func TestRelativeGaps(t *testing.T) {
	x := extract(t, "relative-gaps")
	for _, r := range [][3]string{
		{"Harbor Power", "acquires", "Birch Labs"},
		{"Karl Brandt", "founderOf", "Corvid Holdings"}, // founders.go, past "way back in 1999"
		{"Lena Moss", "supports", "Mark Rhee"},          // "whom"
		{"Velland Rail", "acquires", "Dorn Freight"},    // the antecedent before an appositive
		{"Sea Lark", "stopAt", "Genoa"},
		{"Ada Lind", "praises", "Omar Said"},   // the clause's own subject, not its antecedent
		{"Omar Said", "accuses", "Ilse Brant"}, // a charge after "of" that names another body
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		switch {
		case r.Subject == "Birch Labs" || r.Subject == "Corvid Holdings" || r.Subject == "Mark Rhee" || r.Subject == "Dorn Freight":
			t.Errorf("unwanted %+v: the antecedent is the clause's object", r)
		case r.Subject == "Kestrel Capital" && r.Object == "Sunfield Motors", r.Object == "Quill Energy", r.Subject == "Quill Energy":
			t.Errorf("unwanted %+v: the verb has an object of its own", r)
		case r.Predicate == "accuses" && r.Object == "Velland Bank":
			t.Errorf("unwanted %+v: the name is inside the charge", r)
		case r.Predicate == "acquires" && r.Object == "Merrow Bank":
			t.Errorf("unwanted %+v: tried to buy, past an aside that is no relative clause", r)
		}
	}
}
