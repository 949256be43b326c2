package extraction

import "testing"

// TestRivalries: competition stated by a verb or a noun gives rivalOf between the
// clause's subject and the names after "with", "against" or "from" ("faces stiff
// competition from A and B", "which competes directly with", "is vying with"), and a
// competitor before or after its owner's name is a rival as "rival" is ("Pento Ltd's main
// competitors, A and B"); a battle, fight, feud or war with a name, owned by a
// possessive, fights it (action-nouns). A name that only qualifies the subject ("Veloria's
// largest telecoms group", "Kalmar-based Dravo Ltd") or the object ("Ostmark wireless
// carriers"), and a negated verb, give nothing. "The country's competitors, including …",
// a possessive that stands for a name with no name before it, is read without a fault.
func TestRivalries(t *testing.T) {
	x := extract(t, "rivalries")
	for _, r := range [][3]string{
		{"Northwind Corp", "rivalOf", "Lumo Inc"},
		{"Northwind Corp", "rivalOf", "Tarn Bank"},
		{"Halvorsen Systems", "rivalOf", "Brisk Co"},
		{"Maren Dahl", "rivalOf", "Sara Vos"},
		{"Quill Ventures", "rivalOf", "Pento Ltd"},
		{"Acme Partners", "rivalOf", "Pento Ltd"},
		{"Northwind Corp", "fights", "Brisk Co"},
		{"Jan Kord", "fights", "Maren Dahl"},
		{"Hale Ltd", "rivalOf", "Birch Inc"},
		{"Ostmark", "fights", "Karst"},
		{"Karst", "fights", "Dravonia"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		switch {
		case r.Subject == "Veloria" && r.Predicate == "rivalOf",
			r.Subject == "Kalmar" && r.Predicate == "rivalOf",
			r.Subject == "Halvorsen Systems" && r.Object == "Pento Ltd",
			r.Object == "Ostmark" && r.Predicate == "rivalOf" && r.Subject == "Acme Partners":
			t.Errorf("unwanted %+v: a name that qualifies the subject or the object, a negated verb", r)
		}
	}
}
