package extraction

import "testing"

// TestActionNouns: the noun of an act gives its verb's predicate when a possessive or
// "by" names its agent and its preposition names its patient ("Varga's lawsuit against
// Veltra Bank", "the acquisition of Lumo Inc by Veltra Bank", "a complaint filed by
// Veltra Bank against Northwind Corp", "its acquisition of Lumo Inc"); "made an offer to
// buy" is a bid, no purchase; an act only proposed or foreseen ("… by Brisk Co would
// create"), or an endorsement revoked, gives nothing. A possessive over a name: "Ruben Ortega, one of Varga's lawyers" is his
// lawyer, "Northwind Corp's Kettle and Quill divisions" are both its parts.
func TestActionNouns(t *testing.T) {
	x := extract(t, "action-nouns")
	for _, r := range [][3]string{
		{"Northwind Corp", "bidsFor", "Halvorsen Systems"},
		{"Veltra Bank", "sues", "Northwind Corp"},
		{"Veltra Bank", "acquires", "Lumo Inc"},
		{"Tomas Varga", "sues", "Veltra Bank"},
		{"Ruben Ortega", "lawyerOf", "Tomas Varga"},
		{"Kettle", "partOf", "Northwind Corp"},
		{"Quill", "partOf", "Northwind Corp"},
		{"Pento Ltd", "acquires", "Lumo Inc"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		switch {
		case r.Subject == "Northwind Corp" && r.Predicate == "acquires",
			r.Subject == "Brisk Co" && r.Predicate == "acquires",
			r.Subject == "Ann Merrow" && r.Predicate == "endorses",
			r.Subject == "Ann Merrow" && r.Object == "Oslo":
			t.Errorf("unwanted %+v: a bid, an act only proposed, an endorsement revoked, or a role of another body", r)
		}
	}
}
