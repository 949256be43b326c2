package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestDiseaseNames: a disease named after a person or a place keeps its lower-case noun
// ("Dorran syndrome", "Vellmore's disease") and is Other; not after a country's
// possessive ("Greece's disease control agency") nor a person the article names
// ("Kesh's disease" after "Ann Kesh") (testdata/disease-names.input, invented).
func TestDiseaseNames(t *testing.T) {
	x := extract(t, "disease-names")
	for _, name := range []string{"Dorran syndrome", "Vellmore's disease"} {
		if e := entityNamed(x, name); e == nil || e.Type != kg.Other {
			t.Errorf("%q: %+v, want Other", name, e)
		}
	}
	for _, bad := range []string{"Dorran", "Vellmore", "Greece's disease", "Kesh's disease"} {
		if entityNamed(x, bad) != nil {
			t.Errorf("%q read as a name", bad)
		}
	}
}
