package extraction

import (
	"testing"
)

// TestCoreferentRelations: an action's subject or object may be a description of an
// office holder ("the king of Ostmark", "Ostmark's acting prime minister", "Norland's
// foreign minister"), a possessive title before a name ("Norland's Foreign Minister Erik
// Holm"), a list ("Senator Ida Berg, Governor Maren Dahl and Mayor Anton Lund"), "her"
// when one woman fits, or the subject of a verb before "and" ("met … and will later
// meet"); "an interview with" a news organization is its speaker's spokeTo; "landed in" a place visits it; "enjoys backing from" a list is support. Not "invest in A, and B said" (two clauses), nor "her" when two women fit.
func TestCoreferentRelations(t *testing.T) {
	x := extract(t, "coreferent-relations")
	for _, r := range [][3]string{
		{"Tom Wade", "meets", "Harald Brun"},   // the king of Ostmark, named after
		{"Tom Wade", "meets", "Jan Kord"},      // "and will later meet Ostmark's acting prime minister"
		{"Tom Wade", "meets", "Erik Holm"},     // "met Norland's Foreign Minister Erik Holm"
		{"Tom Wade", "meets", "Lars Moen"},     // "… and Senator Lars Moen"
		{"Tom Wade", "criticizes", "Ida Berg"}, // the list
		{"Tom Wade", "criticizes", "Maren Dahl"},
		{"Tom Wade", "criticizes", "Anton Lund"},
		{"Karvo Workers Union", "condemns", "Halvorsen Systems"},
		{"Karvo Workers Union", "condemns", "Brekke Motors"},
		{"Karvo Workers Union", "condemns", "Veltrax Inc"},
		{"Erik Holm", "warns", "Sudria"},                // "Norland's foreign minister warned"
		{"Jan Kord", "criticizes", "Anna Berg"},         // "criticized her"
		{"Jan Kord", "interviewedBy", "Ostburg Herald"}, // "In an interview with the Ostburg Herald, Kord said"
		{"Anna Berg", "interviewedBy", "Karvo Radio"},   // "Berg said in an interview with Karvo Radio"
		{"Jan Kord", "visits", "Karvo"},                 // "Kord, who landed in Karvo"
		{"Norland", "supports", "Tom Wade"},             // "enjoys military backing from Norland and Sudria"
		{"Sudria", "supports", "Tom Wade"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		switch {
		case r.Predicate == "investsIn" && r.Object == "Veltrax Inc":
			t.Errorf("unwanted %+v: \", and Veltrax Inc said\" opens a clause", r)
		case r.Subject == "Anton Lund" && r.Predicate == "praises":
			t.Errorf("unwanted %+v: two women fit \"her\"", r)
		case heard(r.Predicate) && r.Subject == "Tom Wade":
			t.Errorf("unwanted %+v: Wade's spokesman spoke", r)
		case r.Predicate == "supports" && r.Object == "Jan Kord":
			t.Errorf("unwanted %+v: \"support from Velland lawmakers\" is the lawmakers'", r)
		case r.Subject == "Ostmark" || (r.Subject == "Norland" && r.Predicate != "supports"):
			t.Errorf("unwanted %+v: the office holder, not the country, acts", r)
		}
	}
}
