package extraction

import "testing"

// TestSpeechNouns: a speech act stated by a noun — "said in an emailed statement to X",
// "said in testimony to X", a fronted "In a letter to X, Y wrote", "Y's letter to X" —
// makes its speaker speak to its hearer, and "her meeting with X" makes her meet X. A
// name that qualifies a noun ("a letter to Halvard shareholders"), a place ("a speech to
// Peru") or an outlet that owns the interview ("Pell Media's interview with X": the
// outlet asked) is no hearer.
func TestSpeechNouns(t *testing.T) {
	x := extract(t, "speech-nouns")
	for _, r := range [][3]string{
		{"Anna Teller", "spokeTo", "Ostberg Courier"},
		{"Mark Rhee", "spokeTo", "Senate Banking Committee"},
		{"Ida Tolle", "spokeTo", "Lusk Harbor Board"},
		{"Kellan Mori", "spokeTo", "Varnia Chamber of Commerce"},
		{"Vera Lind", "spokeTo", "Acme Corp"},
		{"Ann Brandt", "meets", "Piet Vale"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		switch {
		case r.Subject == "Jonas Kell" && r.Predicate == "spokeTo",
			r.Subject == "Pell Media" && r.Predicate == "spokeTo",
			r.Subject == "Mark Rhee" && r.Object == "Peru":
			t.Errorf("unwanted %+v: a name that qualifies a noun, a place, or the outlet that asked", r)
		}
	}
}
