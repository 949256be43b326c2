package extraction

import "testing"

// TestMeetingNouns: a meeting stated by a noun — "held separate talks with", "after a
// meeting with", a fronted "After talks with X, Y said" — makes the name that opens the
// clause meet the one named after "with", and "in talks with" makes it negotiate. A
// meeting sought, proposed or put off is none, and a name that only qualifies a noun
// ("Norland brands") is no party to the talks.
func TestMeetingNouns(t *testing.T) {
	x := extract(t, "meeting-nouns")
	for _, r := range [][3]string{
		{"Anton Varga", "meets", "Lena Ostby"},
		{"Paul Eskew", "meets", "Mark Tolland"},
		{"Lena Ostby", "meets", "Anton Varga"},
		{"Kestrel Labs", "negotiatesWith", "Norvale Systems"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		switch {
		case r.Subject == "Mark Tolland" && r.Predicate == "meets",
			r.Subject == "Paul Eskew" && r.Object == "Anton Varga",
			r.Subject == "Anton Varga" && r.Predicate == "meets" && r.Object == "Paul Eskew",
			r.Object == "Velland":
			t.Errorf("unwanted %+v: a meeting sought, proposed or put off, or a name that qualifies a noun", r)
		}
	}
}
