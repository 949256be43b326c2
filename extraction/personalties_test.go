package extraction

import "testing"

// TestPersonalTies: the personal ties of [alliance-nouns] (friend, aide, partner) read
// as the alliance nouns are — "X, a close friend of Y", "X, a top aide to Y", "Y aide X",
// "Y's longtime friend X", "Y's local partner X" — and "Y and larger rival X" with a
// modifier between "and" and the noun. A friend or an aide after "and" is not the first
// name's ("Lisa Dorn and family friend Otto Lang"), and one aide is the first name of a
// list only ("Ruiz aide Mira Holt and Jan Kord"). The apposition may name its holder
// after a short description ("Dorn's rival, Conservative lawmaker Elsa Marek,"), and
// "X, a Kord ally who …" describes X.
func TestPersonalTies(t *testing.T) {
	x := extract(t, "personal-ties")
	for _, r := range [][3]string{
		{"Tomas Velder", "friendOf", "Ana Ruiz"},
		{"Karl Brisk", "aideTo", "Ana Ruiz"},
		{"Mira Holt", "aideTo", "Ana Ruiz"},
		{"Elsa Marek", "friendOf", "Ana Ruiz"},
		{"Pento Corp", "rivalOf", "Rodin Ltd"},
		{"Halvern Capital", "partnerOf", "Northwind Corp"},
		{"Elsa Marek", "rivalOf", "Lisa Dorn"},
		{"Tomas Velder", "allyOf", "Jan Kord"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		switch {
		case r.Subject == "Jan Kord" && r.Predicate == "aideTo",
			r.Subject == "Otto Lang" && r.Object == "Lisa Dorn",
			r.Subject == "Nina Falk" && r.Object == "Peter Sand":
			t.Errorf("unwanted %+v", r)
		}
	}
}

// TestParentKinds: a parent's name may follow a place or a demonym and up to four
// lower-case words of its kind, two of them joined by "and" ("a unit of French
// advertising and communications group Harlow SA", "owned by U.S. private equity firm
// Tarn Capital LP"); "Cyprus-based Vantor Group" as before.
func TestParentKinds(t *testing.T) {
	x := extract(t, "parent-kinds")
	for _, r := range [][3]string{
		{"Kestrel Media", "partOf", "Harlow SA"},
		{"Brisk Air Ltd", "partOf", "Tarn Capital LP"},
		{"Lumo Games", "partOf", "Vantor Group"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
}
