package extraction

import "testing"

// TestAcronymOfficers: an officer's title written as an acronym between the company
// and the name ("Harvel CTO Dana Quist", "Brisk CFO Tom Varn") is a title, not part of
// the name, and gives the officer's role at the company (testdata/acronym-officers.input).
func TestAcronymOfficers(t *testing.T) {
	x := extract(t, "acronym-officers")
	for _, r := range [][3]string{
		{"Dana Quist", "chiefTechnologyOfficerOf", "Harvel"},
		{"Tom Varn", "chiefFinancialOfficerOf", "Brisk"},
		{"Lena Moss", "chiefOperatingOfficerOf", "Harvel"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %v; relations: %+v", r, x.Relations)
		}
	}
	for _, bad := range []string{"Harvel CTO Dana Quist", "CTO Dana Quist"} {
		if entityNamed(x, bad) != nil {
			t.Errorf("%q read as an entity", bad)
		}
	}
}
