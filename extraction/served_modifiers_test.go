package extraction

import "testing"

// TestServedModifiers: a person's name as a bare modifier before a role held for a person
// ("Colby spokesman Tom Vance", "Ruiz campaign manager Lia Brandt") names whom the role
// serves; a body's name keeps its own reading, and a role that is no servant's ("Ruiz
// manager" without "campaign"), or a word that is no role ("voter", "donor"), serves
// nobody. An analyst is a firm's: a name the entities typed Person before "analyst"
// ("Halvard Quist analyst Mia Sorel") is the employer.
func TestServedModifiers(t *testing.T) {
	x := extract(t, "served-modifiers")
	for _, r := range [][3]string{
		{"Tom Vance", "spokesmanOf", "Ann Colby"},
		{"Lia Brandt", "managerOf", "Jim Ruiz"},
		{"Eva Lund", "adviserOf", "Ann Colby"},
		{"Karim Sayed", "spokesmanOf", "Omar al-Harbi"},
		{"Dan Ortiz", "spokesmanOf", "Harlow Group"},
		{"Mia Sorel", "analystOf", "Halvard Quist"},
		{"Pia Grund", "analystOf", "Stellan Marsh"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		switch r.Subject {
		case "Nora Whitfield", "Rob Tell", "Lena Voss":
			if r.Object == "Ann Colby" || r.Object == "Jim Ruiz" {
				t.Errorf("unwanted %+v: no role held for the person", r)
			}
		}
	}
}
