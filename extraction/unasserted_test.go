package extraction

import "testing"

// TestUnassertedActs: an action verb that is negated ("did not sue", "never bought") or
// follows a modal of possibility ("could sue", "may buy") states no act, so gives no
// relation; a surname that is a modal ("Mara May backed"), "not only … but also" and a
// negation in an earlier clause ("does not help and that he will ask") do not unassert
// it, and "would not accept" is still a rejection.
func TestUnassertedActs(t *testing.T) {
	x := extract(t, "unasserted-acts")
	for _, r := range [][3]string{
		{"Talos Corp", "sues", "Vireo Inc"},
		{"Brindle Ltd", "sues", "Halvorsen Motoren"},
		{"Dovrel Corp", "acquires", "Quenta Ltd"},
		{"Kestrel Inc", "acquires", "Pell Ltd"},
	} {
		if hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("unwanted %s %s %s: the act is negated or only possible", r[0], r[1], r[2])
		}
	}
	for _, r := range [][3]string{
		{"Mara May", "supports", "Tom Wade"},
		{"Ada Brandt", "supports", "Tom Wade"},
		{"Vera Lind", "criticizes", "Talos Corp"},
		{"Nils Aasen", "asks", "Lusk Supreme Court"},
		{"Varnia", "rejects", "Hague"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
}
