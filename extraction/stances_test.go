package extraction

import "testing"

// TestStances: a noun of stance (ally, backer, patron, opponent, critic) ties two named
// parties through a copula ("Lena Holt is now a vocal critic of candidate Jan Kord",
// "Dravonia has long been a patron of the Tarn Front", "Mira Lund, who was an early
// backer of Kord"), through "and its" ("Veloria and its key backer, Dravonia"), or as an
// appositive with a name before the noun ("Karst, another Kord opponent,", "Norway, a
// key Ostmark ally,"). Not a newspaper's critic, a place before the comma ("Ben Ash of
// Iowa, an outspoken Kord critic"), a clause ("a supporter of keeping Ostmark in") or a
// possessed noun ("a critic of Kord's plan") after "of".
func TestStances(t *testing.T) {
	x := extract(t, "stances")
	for _, r := range [][3]string{
		{"Dravonia", "supports", "Veloria"},
		{"Karst", "opposes", "Jan Kord"},
		{"Lena Holt", "criticizes", "Jan Kord"},
		{"Dravonia", "supports", "Tarn Front"},
		{"Mira Lund", "supports", "Jan Kord"},
		{"Ann Vale", "criticizes", "Jan Kord"},
		{"Norway", "allyOf", "Ostmark"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		switch {
		case r.Predicate == "criticizes" && r.Object == "Daily Tribune",
			r.Subject == "Iowa",
			r.Subject == "Pia Berg" && r.Predicate == "supports",
			r.Subject == "Tom Ness" && r.Predicate == "criticizes",
			r.Subject == "Tarn Bank" && r.Predicate == "rivalOf":
			t.Errorf("unwanted %+v: an outlet's critic, a place, a clause or a possessed noun after \"of\", \"its\" with no name before \"and\"", r)
		}
	}
}
