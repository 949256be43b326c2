package extraction

import "testing"

// TestAppositiveChains: the role after an age set off by commas ("Rolf Dahl, 54, the
// chief executive of Norland Trust"), a second conjunct set apart by a time word with no
// name before its "and" ("a former aide to the mayor and now head of Quill Partners"), an
// employer in a relative clause ("who works for Birch Energy", "who has worked at Velland
// Rail"), and a student's major ("a sophomore geology major at Lund University" is no
// military rank).
func TestAppositiveChains(t *testing.T) {
	x := extract(t, "appositive-chains")
	for _, r := range [][3]string{
		{"Rolf Dahl", "chiefExecutiveOf", "Norland Trust"},
		{"Tom Reed", "headOf", "Quill Partners"},
		{"Ida Moss", "employeeOf", "Birch Energy"},
		{"Karl Berg", "employeeOf", "Velland Rail"},
		{"Nina Falk", "studentOf", "Lund University"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		switch {
		case r.Subject == "Tom Reed" && r.Predicate == "mayorOf":
			t.Errorf("unwanted %+v: the mayor is whom he served, Quill Partners what he heads", r)
		case r.Subject == "Nina Falk" && r.Predicate == "majorOf":
			t.Errorf("unwanted %+v: a field of study names no rank", r)
		}
	}
}
