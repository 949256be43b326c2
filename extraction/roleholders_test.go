package extraction

import "testing"

// TestRoleHolders: the person whose name alone fills an aside after a role and its body
// is the subject of the verb after it ("The head of Acme Corp, Ida Lund, criticized",
// "the U.N. special envoy for Velland, Staffan Orrin, called on"), never the body; a
// fight for, beside, on behalf of or in a side or place fights no one of them; a title
// after an unread capitalised body ("Harbor chief", "Army chief") serves that body, never
// an agency the sentence names, while a bare one ("Spokeswoman Nora Beck") still serves
// the sentence's organization.
func TestRoleHolders(t *testing.T) {
	x := extract(t, "role-holders")
	for _, r := range [][3]string{
		{"Ida Lund", "criticizes", "Birch Partners"},
		{"Staffan Orrin", "urges", "Ostmark"},
		{"Staffan Orrin", "urges", "Brisk"},
		{"Maria Pell", "told", "Kestrel News Agency"},
		{"Nora Beck", "spokeswomanOf", "Zephyr Foods"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		switch {
		case r.Subject == "Acme Corp" || r.Subject == "Velland" || r.Subject == "Quill Ventures" && heard(r.Predicate),
			r.Predicate == "fights",
			r.Object == "Kestrel News Agency" && r.Predicate != "told":
			t.Errorf("unwanted %+v", r)
		}
	}
}
