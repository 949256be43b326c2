package extraction

import "testing"

// TestApposedPlaces: a place, its people's word or its "-based" word before a kind of
// body in the body's apposition places the body ("Norvale Trust, a Boston charity"), not
// one the kind's possessive owns nor a market; and a court, an embassy or a jail lies in
// the town after its name and "in"; "Whitcomb's home state of Vermont" is read as a hometown, "his home county" not.
func TestApposedPlaces(t *testing.T) {
	x := extract(t, "apposed-places")
	for _, r := range [][3]string{
		{"Norvale Trust", "locatedIn", "Boston"},
		{"Qinwei Holdings", "locatedIn", "China"},
		{"Kestrel Labs", "locatedIn", "Seattle"},
		{"U.S. District Court", "locatedIn", "Portland"},
		{"U.S. embassy", "locatedIn", "Beijing"},
		{"China's embassy", "locatedIn", "Washington"},
		{"Dana Whitcomb", "nativeOf", "Vermont"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Subject == "Acme Corp" && r.Object == "France" || r.Subject == "Dorvex Capital" && r.Predicate == "locatedIn" || r.Subject == "Lou Brask" && r.Object == "Marin" {
			t.Errorf("unwanted %+v: a possessive's place, or a market", r)
		}
	}
}
