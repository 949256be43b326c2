package extraction

import "testing"

// TestCabinetDepartments: a U.S. Cabinet title held for the United States ("U.S.
// Secretary of State Ana Vey") makes its holder headOf the department the report names
// ("the State Department", "the Pentagon", "the U.S. Treasury Department"); a state's
// attorney general heads no federal department, nor does a deputy ("Deputy Defense
// Secretary Ron Sable") or a former holder.
func TestCabinetDepartments(t *testing.T) {
	x := extract(t, "cabinet-departments")
	for _, r := range [][3]string{
		{"Ana Vey", "headOf", "State Department"},
		{"Lou Marr", "headOf", "Pentagon"},
		{"Jo Wren", "headOf", "U.S. Treasury Department"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		switch {
		case r.Subject == "Tom Fell" && r.Object == "Justice Department":
			t.Errorf("unwanted %+v: a state's attorney general heads no federal department", r)
		case r.Predicate == "headOf" && (r.Subject == "Ron Sable" || r.Subject == "Ida Crane" || r.Subject == "Eli Marsh"):
			t.Errorf("unwanted %+v: a deputy or a former holder does not head the department", r)
		}
	}
}
