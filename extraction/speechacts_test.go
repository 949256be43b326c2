package extraction

import "testing"

// TestSpeechActs: "told" a person or a country, and a subject whose verb a short phrase
// of time or manner follows ("in May sued", "in a statement praised").
func TestSpeechActs(t *testing.T) {
	x := extract(t, "speech-acts")
	for _, r := range [][3]string{
		{"Ida Lund", "told", "Tom Wade"},
		{"Norway", "told", "Sweden"},
		{"Harbor Council", "sues", "Kestrel Holdings"},
		{"Quill Bank", "warns", "Velland"},
		{"Anna Berg", "praises", "Pello Radio"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Predicate == "spokeTo" && (r.Object == "Mara Quist" || r.Object == "Norland" || r.Object == "Tom" || r.Subject == "Oskar Brandt") {
			t.Errorf("wrong %s %s %s", r.Subject, r.Predicate, r.Object)
		}
	}
}
