package extraction

import "testing"

// TestEncounters: a meeting, call, negotiation, feud, rivalry or alliance "between A and
// B" ties both parties each way; "spoke by phone with X" is spokeTo; "NAME, a [modifier]
// rival|ally of NAME" holds rivalOf or allyOf. A meeting only proposed or planned, a
// battle that "might have been", a second party that qualifies a noun ("Novak's aides",
// "Apple devices"), a phone call between things, a hearer that heads a noun ("Northwind
// Corp chairman Per Holm") and a rival of another kind give nothing. The "of" of a title
// ("Secretary of State Lars Kvist visited") leaves the name the verb's subject.
func TestEncounters(t *testing.T) {
	x := extract(t, "encounters")
	for _, r := range [][3]string{
		{"Ana Mendes", "meets", "Otto Kranz"},
		{"Otto Kranz", "meets", "Ana Mendes"},
		{"Ana Mendes", "spokeTo", "Jan Novak"},
		{"Jan Novak", "spokeTo", "Ana Mendes"},
		{"Otto Kranz", "spokeTo", "Jan Novak"},
		{"Lumo Inc", "negotiatesWith", "Tarn Bank"},
		{"Tarn Bank", "negotiatesWith", "Lumo Inc"},
		{"Brisk Co", "fights", "Northwind Corp"},
		{"Northwind Corp", "fights", "Brisk Co"},
		{"Halvorsen Systems", "rivalOf", "Northwind Corp"},
		{"Eva Lind", "allyOf", "Otto Kranz"},
		{"Brisk Co", "rivalOf", "Tarn Bank"},
		{"Lars Kvist", "visits", "Lisbon"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		switch {
		case r.Object == "Maren Dahl" || r.Subject == "Maren Dahl",
			r.Predicate == "fights" && r.Subject == "Lumo Inc",
			r.Subject == "Otto Kranz" && r.Object == "Jan Novak" && !heard(r.Predicate),
			r.Subject == "Android" || r.Object == "Android",
			r.Predicate == "meets" && (r.Subject == "Sara Vos" || r.Object == "Sara Vos"),
			r.Subject == "Sara Vos" && heard(r.Predicate) && r.Object == "Northwind Corp",
			r.Subject == "Per Holm" && r.Predicate == "rivalOf":
			t.Errorf("unwanted %+v: a meeting put off, a battle that might have been, a party qualifying a noun, phones, a hearer heading a noun, a rival of another kind", r)
		}
	}
}
