package extraction

import "testing"

// TestWhoseAsides: an appositive description ends before "whose", whose clause says
// something of another noun ("a research analyst whose two children were at Birchwood
// Elementary" works for no school); the role before it keeps its own body ("a
// geophysicist at Kestrel University whose research …").
func TestWhoseAsides(t *testing.T) {
	x := extract(t, "whose-asides")
	for _, r := range x.Relations {
		if r.Subject == "Eli Marrow" && r.Object == "Birchwood Elementary" {
			t.Errorf("a whose-clause's place read as the analyst's employer: %+v", r)
		}
	}
	if !hasRelation(x, "Nora Fenn", "employeeOf", "Kestrel University") {
		t.Errorf("want Nora Fenn employeeOf Kestrel University; relations: %+v", x.Relations)
	}
}
