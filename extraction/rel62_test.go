package extraction

import "testing"

// TestCountedPlaces (rel62): after an agentless passive, "in" a count of places and the
// places that follow it ("is played in 44 states, Guam and Puerto Rico", "is banned in
// five countries, including Norland and Ostmark") gives the passive's place for each one
// named; a list after a single place is not read so ("was arrested in Orsova, Lusk police
// said"), nor a count with no place after it.
func TestCountedPlaces(t *testing.T) {
	x := extractBody(t, "Lotto Max is played in 44 states, as well as Guam, Puerto Rico and the U.S. Virgin Islands. "+
		"Vireo Systems has been banned in five countries, including Norland and Ostmark.")
	for _, r := range [][3]string{
		{"Lotto Max", "playedIn", "Guam"},
		{"Lotto Max", "playedIn", "Puerto Rico"},
		{"Lotto Max", "playedIn", "U.S. Virgin Islands"},
		{"Vireo Systems", "bannedIn", "Norland"},
		{"Vireo Systems", "bannedIn", "Ostmark"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	x = extractBody(t, "Vireo Systems has been banned in five countries. Norland and Ostmark are weighing a ban.")
	for _, r := range x.Relations {
		if r.Predicate == "bannedIn" {
			t.Errorf("unwanted %+v", r)
		}
	}
}
