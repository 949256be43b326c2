package extraction

import "testing"

// TestApartParts: an action's subject may be the body its representatives act for
// ("Lawyers from Harbor Power told", "Two senior officials from Velland Energy met"); a
// time phrase after the object does not make the name a modifier ("joined the
// Northfield Fire Department three years ago"); "told" a news outlet reaches it across
// "the" and a description of it ("told German daily newspaper Nordbote", "told local
// television station WKRV"). Not the body behind representatives who do not open their
// clause ("The case of lawyers for Ostmark Mining troubled"). A verb in -ing after "is"
// is the action verb ("is suing", "is also meeting with"), but not negated ("is not
// supporting"), hedged ("would be visiting") or with its object further on ("is urging
// reporters to question Harbor Power").
func TestApartParts(t *testing.T) {
	x := extract(t, "apart")
	for _, r := range [][3]string{
		{"Harbor Power", "told", "Northfield County Board"},
		{"Velland Energy", "meets", "Ostmark Mining"},
		{"Tom Wade", "joins", "Northfield Fire Department"},
		{"Anna Sluck", "told", "Nordbote"},
		{"Tom Wade", "told", "WKRV"},
		{"Ida Lund", "told", "Northfield Gazette"},
		{"Harbor Power", "sues", "Ostmark Mining"}, // "is suing"
		{"Ida Lund", "meets", "Ostmark Mining"},    // "was also meeting with"
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		switch {
		case r.Subject == "Ostmark Mining":
			t.Errorf("unwanted %+v: the lawyers do not open their clause", r)
		case r.Subject == "Anna Sluck" && r.Predicate == "supports", r.Subject == "Tom Wade" && r.Predicate == "visits":
			t.Errorf("unwanted %+v: negated or hedged", r)
		case r.Subject == "Anna Sluck" && r.Predicate == "urges":
			t.Errorf("unwanted %+v: the reporters are urged", r)
		}
	}
}
