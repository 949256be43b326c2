package extraction

import "testing"

// TestHometowns: "NAME, AGE, of|from PLACE" makes the person a resident of the place;
// a school or a council after the age is no home.
func TestHometowns(t *testing.T) {
	x := extract(t, "hometowns")
	for _, r := range [][3]string{
		{"Dan Mossberg", "residentOf", "Lakeview"},
		{"Ella Varnet", "residentOf", "Columbus"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Predicate == "residentOf" && (r.Subject == "Tom Kessler" || r.Subject == "Ida Brandt") {
			t.Errorf("unwanted %+v: a school or a council is no home", r)
		}
	}
}
