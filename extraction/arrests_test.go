package extraction

import "testing"

// TestArrestedPeople: only people are arrested. A country, a town or a company after
// "detained"/"arrested" is what the people arrested belong to ("detained 10 U.S.
// sailors", "a Velmar Bank manager", "the owner of Dorrit Systems", "four people near
// Tartu"), never the one arrested; a person named after the verb still is.
func TestArrestedPeople(t *testing.T) {
	x := extract(t, "arrested-people")
	for _, r := range [][3]string{
		{"Estonia", "arrests", "United States"},
		{"Estonia", "arrests", "Velmar Bank"},
		{"Estonian police", "arrests", "Dorrit Systems"},
		{"Estonian police", "arrests", "Tartu"},
	} {
		if hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("unwanted %s %s %s", r[0], r[1], r[2])
		}
	}
	if !hasRelation(x, "Latvia", "arrests", "Tom Wade") {
		t.Errorf("missing Latvia arrests Tom Wade; relations: %+v", x.Relations)
	}
}
