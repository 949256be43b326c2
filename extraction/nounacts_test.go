package extraction

import (
	"strings"
	"testing"
)

// TestNounActs: a noun of an act whose patient an irregular past follows ("Quill
// Holdings' lawsuit against Velland Mining went to trial": the act's verb, no noun the
// name qualifies), "new" or a weekday among the modifiers ("the Council's new sanctions
// on", "Brandt's Wednesday visit to"), and the nouns embargo (sanctions) and backing
// (supports). "Sanctions on Xandria's banks" target the banks: no act on the country.
func TestNounActs(t *testing.T) {
	x := extract(t, "noun-acts")
	for _, r := range [][3]string{
		{"Quill Holdings", "sues", "Velland Mining"},
		{"Marlow Gazette", "endorses", "Ann Vole"},
		{"Xandria", "sanctions", "Yorvia"},
		{"Pia Lund", "supports", "Ann Vole"},
		{"Tomas Brandt", "visits", "Yorvia"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	var sanctioned int
	for _, r := range x.Relations {
		if r.Predicate == "sanctions" && r.Object == "Xandria" {
			sanctioned++
			if r.Text != "" && !strings.Contains(r.Text, "new sanctions") {
				t.Errorf("sanctions on Xandria read from the wrong sentence: %+v", r)
			}
		}
	}
	if sanctioned != 1 {
		t.Errorf("want the Council's new sanctions on Xandria once, got %d: %+v", sanctioned, x.Relations)
	}
}
