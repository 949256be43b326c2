package extraction

import "testing"

// TestVerbComplements: an action verb in the infinitive after a verb that governs it, or
// in a gerund after a preposition, acts with the governing clause's subject ("has vowed to
// back", "decided to join", "before joining", "by criticizing"); a stance needs no more
// than an aim, another act needs a verb that states it ("needs to win" wins nothing). A
// refusal, a request, a threat that is main's own verb, a name before "to" (a place or
// someone asked), a noun before "to", a gerund after "steered clear of" and a clause with
// two names ("thanked Frey for supporting") give nothing. A list's first name after a
// preposition is no subject ("a job for Harbor Power and Eva Lind decided"), unless
// people of both act ("officials from Velland and Norland will meet").
func TestVerbComplements(t *testing.T) {
	x := extract(t, "verb-complements")
	for _, r := range [][3]string{
		{"Dayton Freight Union", "supports", "Kestrel Labs"},
		{"Birch Partners", "joins", "Quill Ventures"},
		{"Omar Said", "joins", "Acme Corp"},
		{"Peter Hale", "criticizes", "Velland"},
		{"Eva Lind", "joins", "Quill Ventures"},
		{"Velland", "meets", "Norland"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		switch {
		case r.Predicate == "wins" || r.Predicate == "attacks" || r.Predicate == "bans",
			r.Subject == "Acme Corp" && r.Predicate == "supports", // main reads "refused" as rejects
			r.Predicate == "opposes",
			r.Object == "Birch Partners" && r.Predicate == "joins",
			r.Subject == "Nora Beck" && r.Object == "Paul Dorn",
			r.Predicate == "supports" && r.Object == "Dayton",
			r.Subject == "Harbor Power" && r.Predicate == "joins":
			t.Errorf("unwanted %+v", r)
		}
	}
}
