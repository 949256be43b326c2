package extraction

import "testing"

// TestCoordinatedTitles: two titles joined by "and" after a firm's name, before a
// person's name, are both held at that firm (coordtitles.go): the first title was lost,
// and a lower-case second one went to another organization of the sentence or to the
// country. A former holder keeps neither title at the firm by this rule.
func TestCoordinatedTitles(t *testing.T) {
	x := extract(t, "coord-titles")
	for _, r := range [][3]string{
		{"Mara Quist", "chairmanOf", "Tarn Motors"},
		{"Mara Quist", "chiefExecutiveOfficerOf", "Tarn Motors"},
		{"Greg Baxter", "chiefExecutiveOfficerOf", "Quillon Bank"},
		{"Greg Baxter", "presidentOf", "Quillon Bank"},
		{"John Tamsin", "presidentOf", "Lumo"},
		{"John Tamsin", "coFounderOf", "Lumo"},
		{"Ida Brandt", "chairmanOf", "Osprey Media"},
		{"Ida Brandt", "chiefExecutiveOfficerOf", "Osprey Media"},
		{"Nils Varga", "ownerOf", "Brisk"},
		{"Nils Varga", "founderOf", "Brisk"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Subject == "Greg Baxter" && r.Object != "Quillon Bank" || r.Subject == "John Tamsin" && r.Object != "Lumo" {
			t.Errorf("unwanted %+v", r)
		}
		if r.Subject == "Omar Said" && r.Predicate == "chairmanOf" {
			t.Errorf("unwanted %+v", r)
		}
	}
}
