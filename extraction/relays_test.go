package extraction

import "testing"

// TestRelays: an agency that relays a person's words quotes them ("X was quoted as saying
// by A", "X was quoted by A as saying", "A quoted X as saying", "he" resolved to the
// person named before) or reports them (", the A news agency reported" after the
// person's verb of saying or the quote's speaker; ", according to the A newspaper").
// Not the person a report is about ("The governor met X, A reported"), nor a name inside
// the subject ("a panel set up by Governor X has urged"), nor an unnamed speaker.
func TestRelays(t *testing.T) {
	x := extract(t, "relays")
	for _, r := range [][3]string{
		{"Interfax", "quotes", "Oleg Varin"},
		{"Tallin Daily", "quotes", "Oleg Varin"},
		{"Norland", "quotes", "Marta Quell"},
		{"Kyodo", "reports", "Marta Quell"},
		{"Norland", "reports", "Ivo Brandt"},
		{"Corvel Star", "reports", "Ivo Brandt"},
		{"Norland", "quotes", "Pia Lorne"}, // "quoted X, a lawyer with …, as saying": a long aside
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, q := range x.Quotes {
		if q.Text == "The fees are unfair" && q.Speaker != "Pia Lorne" {
			t.Errorf("speaker of %q = %q, want Pia Lorne", q.Text, q.Speaker)
		}
	}
	for _, r := range x.Relations {
		if (r.Predicate == "quotes" || r.Predicate == "reports") && (r.Object == "Lena Ostrow" || r.Object == "dock manager" || r.Object == "a dock manager") {
			t.Errorf("unwanted %+v", r)
		}
	}
}
