package extraction

import "testing"

// TestItsOwners: the owner of "its" before a title is the nearest name before it, in its
// sentence or the one before, that can hold the title: a country for an office only a
// state holds ("Portugal's new president, …, its new prime minister"; "Norway has …, and
// its oil minister"), never the Navy named the sentence before nor the article's country
// by default; a firm for a firm's office.
func TestItsOwners(t *testing.T) {
	x := extract(t, "its-owners")
	for _, r := range [][3]string{
		{"Paulo Serra", "primeMinisterOf", "Portugal"},
		{"Ivo Marsh", "ministerOf", "Norway"},
		{"Lena Fisk", "chiefOperatingOfficerOf", "Tarvo Inc"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		switch {
		case r.Subject == "Paulo Serra" && r.Object != "Portugal",
			r.Subject == "Ivo Marsh" && r.Object != "Norway",
			r.Subject == "Dan Pike" && r.Object == "Lumera Corp":
			t.Errorf("unwanted %s %s %s", r.Subject, r.Predicate, r.Object)
		}
	}
}
