package extraction

import "testing"

// TestStakes: a stake stated as a noun gives investsIn — to a named possessor ("Halvorsen
// Fund's stake in"), to the clause's subject when a pronoun owns it ("cut its stake in",
// "sold her Brekke Motors stake") or a verb of disclosing takes it ("revealed a stake
// in"), to each company of a list ("higher stakes in A, B and C"), and past a place that
// describes the company ("a stake in Karvo blockchain developer Lumo Corp"). None for "at
// stake", for a name that only owns the subject ("Anton Lund's fund"), for a person's "its",
// nor when another name stands between the subject and the pronoun.
func TestStakes(t *testing.T) {
	x := extract(t, "stakes")
	for _, r := range [][3]string{
		{"Norfield Capital", "investsIn", "Brekke Motors"},
		{"Halvorsen Fund", "investsIn", "Veltrax Inc"},
		{"Lena Moss", "investsIn", "Brekke Motors"},
		{"Ostmark Partners", "investsIn", "Veltrax Inc"},
		{"Norfield Capital", "investsIn", "Fjordbot Group"},
		{"Tindra Group", "investsIn", "Brekke Motors"},
		{"Tindra Group", "investsIn", "Veltrax Inc"},
		{"Tindra Group", "investsIn", "Fjordbot Group"},
		{"Ostmark Partners", "investsIn", "Lumo Corp"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Predicate != "investsIn" {
			continue
		}
		switch r.Subject {
		case "Anton Lund", "Ida Berg", "Karvo", "Karvo regulator":
			t.Errorf("unwanted %+v: not the stake's holder", r)
		}
		if r.Object == "Karvo" {
			t.Errorf("unwanted %+v: the place describes the company", r)
		}
	}
}
