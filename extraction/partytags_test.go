package extraction

import "testing"

// TestPartyTags: a party-and-state tag after a politician's name ("House Speaker Dale
// Merrow, R-Wis.", "Sen. Vera Holt (R-Wyo.)") makes the person a member of the tag's
// party and the holder of a seat for its state: a senator's for a senator, else a
// representative's, and none when no title tells the chamber. An independent ("I-Vt.") is no party's member; a hyphenated name
// that is no tag ("Coca-Cola") gives nothing.
func TestPartyTags(t *testing.T) {
	x := extract(t, "party-tags")
	for _, r := range [][3]string{
		{"Dale Merrow", "memberOf", "Republican Party"},
		{"Dale Merrow", "representativeOf", "Wisconsin"},
		{"Vera Holt", "memberOf", "Republican Party"},
		{"Vera Holt", "senatorOf", "Wyoming"},
		{"Tom Hale", "memberOf", "Democratic Party"},
		{"Tom Hale", "representativeOf", "New York"},
		{"Ana Pruitt", "senatorOf", "Vermont"},
		{"Lena Ostby", "memberOf", "Democratic Party"},
		{"Lena Ostby", "representativeOf", "Oregon"},
		{"Ken Osler", "memberOf", "Republican Party"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		switch {
		case r.Subject == "Ana Pruitt" && r.Predicate == "memberOf":
			t.Errorf("unwanted %+v: an independent belongs to no party", r)
		case r.Subject == "Vera Holt" && r.Predicate == "representativeOf":
			t.Errorf("unwanted %+v: a senator's seat is a senator's", r)
		case r.Subject == "Ken Osler" && r.Object == "Iowa":
			t.Errorf("unwanted %+v: no title tells which chamber Osler sits in", r)
		}
	}
}
