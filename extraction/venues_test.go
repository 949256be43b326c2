package extraction

import "testing"

// TestVenuesIn: a named venue or gathering before "in" and a town lies in the town, by
// the last word of its name ("the Lantern Theatre", "the Northern Trade Summit", "the
// Brannock Suites", "the Midland Pear Festival"), by a venue noun after it ("the Blue
// Heron nightclub") or after a possessive ("Halvex's Riverside Innovation Center"); a
// product ("a Quillon X in Dorvale") or a person a stadium is named for ("the Jeb Tanner
// stadium") lies nowhere.
func TestVenuesIn(t *testing.T) {
	x := extract(t, "venues")
	for _, r := range [][3]string{
		{"Lantern Theatre", "locatedIn", "Carvell"},
		{"Northern Trade Summit", "locatedIn", "Carvell"},
		{"Blue Heron", "locatedIn", "Dorvale"},
		{"Brannock Suites", "locatedIn", "Dorvale"},
		{"Riverside Innovation Center", "locatedIn", "Carvell"},
		{"Midland Pear Festival", "locatedIn", "Ashby"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Predicate == "locatedIn" && (r.Subject == "Jeb Tanner" || r.Subject == "Quillon X" || r.Subject == "Quillon") {
			t.Errorf("unwanted %+v", r)
		}
	}
}

// TestHometownNoun: "his hometown of Town, State", "NAME's hometown of Town" and "In
// Town, NAME's hometown," say where the person comes from (and a company's hometown its
// seat); not a quotation's "my hometown" nor a description's ("the fighter's hometown").
func TestHometownNoun(t *testing.T) {
	x := extract(t, "hometown-nouns")
	for _, r := range [][3]string{
		{"Dale Norwick", "nativeOf", "Brambleton"},
		{"Dale Norwick", "nativeOf", "Ohio"},
		{"Ruth Calder", "nativeOf", "Port Vale"},
		{"Halvex Corp", "locatedIn", "Ashby"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Object == "Dorvale" || r.Object == "Lindale" {
			t.Errorf("unwanted %+v", r)
		}
	}
}
