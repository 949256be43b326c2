package extraction

import "testing"

// TestHyphenTies checks the ties a hyphenated modifier states (hyphenties.go): a backer
// written with a dot before the hyphen ("U.S.-backed"), a name past a demonym
// ("Moscow-backed Polish leader Ivo Kesk"), "-allied" as an ally, two names joined
// before "plan", and "-controlled" before a named body; never an unnamed head, a body led
// that a name only modifies ("U.S.-led NATO mission"), nor a place held.
func TestHyphenTies(t *testing.T) {
	x := extract(t, "hyphen-ties")
	for _, r := range [][3]string{
		{"United States", "supports", "Tarvian Liberation Front"},
		{"Moscow", "supports", "Ivo Kesk"},
		{"Marai", "allyOf", "Kesten"},
		{"United States", "agreesWith", "Chile"},
		{"Halvard Group LP", "controls", "Brightwater Capital"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		switch {
		case r.Subject == "United Nations" && r.Predicate == "supports":
			t.Errorf("unwanted %+v: the backed coalition has no name", r)
		case r.Predicate == "leads" && r.Object == "NATO":
			t.Errorf("unwanted %+v: the mission is led, NATO only modifies it", r)
		case r.Predicate == "controls" && r.Object == "Ostrava":
			t.Errorf("unwanted %+v: a place held is no body controlled", r)
		case r.Predicate == "supports" && r.Subject == "Russia":
			t.Errorf("unwanted %+v: the offensive has no name", r)
		}
	}
}
