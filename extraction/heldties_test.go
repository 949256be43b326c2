package extraction

import "testing"

// TestHeldTies checks the standing ties read from a noun (actionnouns.go heldAct and the
// nouns partnership, contract, alliance, support and critique): the subject of "has"
// before the noun, of "locked in" before a battle, or a possessive before it, is a party.
func TestHeldTies(t *testing.T) {
	x := extract(t, "held-ties")
	for _, r := range [][3]string{
		{"Brightwater Lines", "agreesWith", "Halden Rail"},
		{"Kestrel Foods", "agreesWith", "Tarn Bank"},
		{"Corvel Group", "fights", "Lumo Inc"},
		{"Vardo Airways", "allyOf", "Skyrim Air"},
		{"Marta Ekdal", "supports", "Jonas Berg"},
		{"Orrin Holt", "criticizes", "Marta Ekdal"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Subject == "Pike Media" || r.Predicate == "supports" && r.Subject != "Marta Ekdal" {
			t.Errorf("unwanted %+v: a deal denied, a poll's support, support withheld or for an act", r)
		}
	}
}
