package extraction

import (
	"slices"
	"testing"
)

// TestDiseaseShortForms: "Dorran" and "Vellmore's" alone after Dorran syndrome and
// Vellmore's disease are those diseases (aliases, no entity of their own); the town
// of Lyme, Connecticut stays a place apart from Lyme disease
// (testdata/disease-short-forms.input, invented; main kept "Dorran" and "Vellmore" as
// names of their own).
func TestDiseaseShortForms(t *testing.T) {
	x := extract(t, "disease-short-forms")
	for name, alias := range map[string]string{"Dorran syndrome": "Dorran", "Vellmore's disease": "Vellmore"} {
		if e := entityNamed(x, name); e == nil || !slices.Contains(e.Aliases, alias) {
			t.Errorf("%q: %+v, want alias %q", name, e, alias)
		}
	}
	if e := entityNamed(x, "Lyme disease"); e != nil && slices.Contains(e.Aliases, "Lyme") {
		t.Errorf("the town folded into %+v", e)
	}
	if e := entityNamed(x, "Lyme"); e == nil {
		t.Errorf("the town Lyme lost")
	}
}
