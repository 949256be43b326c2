package extraction

import "testing"

// TestFoundersAndCoVerbs: "X founded Y" and "Y, which was founded in 1994 by X" are
// founderOf, "Y, which X co-founded" coFounderOf; a verb written with "co-" is read as the verb
// after it ("co-led by" → leads, "co-hosted by" → host), never a mangled "cole".
func TestFoundersAndCoVerbs(t *testing.T) {
	x := extract(t, "founders")
	for _, r := range [][3]string{
		{"Ben Rusk", "founderOf", "Harbor Lantern"},
		{"Cody Pell", "coFounderOf", "Tarn Labs"},
		{"Lena Hask", "founderOf", "Crane Works"},
		{"Mira Tash", "coFounderOf", "Tallow Systems"},
		{"Dara Quist", "leads", "Mirefield Survey"},
		{"Ostrava Media", "host", "Velmont Forum"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		switch r.Predicate {
		case "found", "cofound", "cole", "cohost":
			t.Errorf("unwanted %+v", r)
		}
	}
}
