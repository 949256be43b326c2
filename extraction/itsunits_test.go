package extraction

import "testing"

// TestItsUnits: a company's unit named with a unit's noun after "its" or a company's
// possessive is part of it ("its Tellby Northern railroad unit", "its unit Quenfield
// Financial Corp", "its Western U.S. electric utility Dorvan Power", "Marrow Industries
// Inc's finance arm, Ostrel Capital"); a name that opens a clause after the noun, the
// network behind an affiliate, and a unit whose owner the sentence only describes are not.
func TestItsUnits(t *testing.T) {
	x := extract(t, "its-units")
	for _, u := range []string{"Tellby Northern", "Quenfield Financial Corp", "Dorvan Power", "Ostrel Capital"} {
		if !hasRelation(x, u, "partOf", "Marrow Industries Inc") {
			t.Errorf("missing %s partOf Marrow Industries Inc; relations: %+v", u, x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Predicate != "partOf" {
			continue
		}
		switch r.Subject {
		case "Pindar Labs", "Verity Group", "Brennock":
			t.Errorf("unwanted %+v", r)
		case "Sparrowe Networks":
			if r.Object != "Marrow Industries Inc" {
				t.Errorf("unwanted %+v", r)
			}
		}
	}
}
