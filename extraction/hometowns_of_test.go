package extraction

import "testing"

// TestHometownOf: a place right after a person's name with "of" and no age says where the
// person lives ("Helen Marsh of Shaker Heights said", "Peter Walsh of Dayton, Ohio,
// was rescued", "Nancy Reed, of Dayton, who"), but not an employer ("of Quill Corp"), a newspaper ("of the Dunmore
// Ledger"), a body named after the place ("of Dunmore County Schools"), or a senator's
// state, which senatorOf already says.
func TestHometownOf(t *testing.T) {
	x := extract(t, "hometowns-of")
	for _, r := range [][3]string{
		{"Helen Marsh", "residentOf", "Shaker Heights"},
		{"Peter Walsh", "residentOf", "Dayton"},
		{"Karen Doyle", "residentOf", "Toledo"},
		{"Susan Price", "residentOf", "Shaker Heights"},
		{"Nancy Reed", "residentOf", "Dayton"},
		{"Robert Hale", "senatorOf", "Ohio"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Predicate == "residentOf" && (r.Subject == "Robert Hale" || r.Subject == "Mark Ellis" ||
			r.Subject == "David Moore" || r.Subject == "Linda Ward") {
			t.Errorf("unwanted %+v", r)
		}
	}
}
