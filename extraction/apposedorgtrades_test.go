package extraction

import "testing"

// TestApposedOrgTrades: a body's name before a trade in the description after a person's
// name makes the person its member, as it does before the name; not a lone
// word typed as a body ("a Church historian"), nor a supporter ("an Acme Motors booster").
func TestApposedOrgTrades(t *testing.T) {
	x := extract(t, "apposed-org-trades")
	for _, r := range [][3]string{
		{"Rhea Solano", "memberOf", "CDC"},
		{"Ben Ortiz", "memberOf", "Hudson Institute"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Subject == "Ada Fenn" || r.Subject == "Lou Baird" {
			t.Errorf("unwanted %+v", r)
		}
	}
}
