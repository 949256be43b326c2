package extraction

import "testing"

// TestCoordinatedAppositive: an appositive of two noun phrases, each naming where it is
// held, gives each its own body — "a pediatrician at X and a professor at Y" (no role
// in the first), "a professor at X and a consultant for Y" (no role in the second) —
// a kin noun in the second conjunct ("an ally of X and a grandson of Y") gives kin, and
// "who along with his wife, Y," makes the man no woman, so that the kin is his.
func TestCoordinatedAppositive(t *testing.T) {
	x := mustExtract(t, emphasised("Clinic opens in Lund",
		"Dana Ruiz, a pediatrician at Alder Medical Center and a professor at Lund University, said the clinic would open. "+
			"Sam Hale, a professor at Birch University and a consultant for Northwind Bank, said costs rose. "+
			"Omar Tesh, an ally of Mara Quill and a grandson of Carl Ruiz, said the vote was close. "+
			"Rizwan Okafor, who along with his wife, Lena Okafor, founded the clinic, said it was full."))
	for _, r := range [][3]string{
		{"Dana Ruiz", "professorOf", "Lund University"},
		{"Sam Hale", "professorOf", "Birch University"},
		{"Omar Tesh", "relativeOf", "Carl Ruiz"},
		{"Carl Ruiz", "relativeOf", "Omar Tesh"},
		{"Rizwan Okafor", "spouseOf", "Lena Okafor"},
		{"Lena Okafor", "spouseOf", "Rizwan Okafor"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range [][3]string{
		{"Dana Ruiz", "professorOf", "Alder Medical Center"},
		{"Sam Hale", "professorOf", "Northwind Bank"},
	} {
		if hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("unwanted %s %s %s: the other conjunct's body", r[0], r[1], r[2])
		}
	}
}
