package extraction

import "testing"

// TestParticipleCampusNames: a participle that opens a clause is no part of the country or
// company after it ("Addressing Brazil's farmers"), a title's modifier and a slogan stay
// whole; a state university keeps its campus after the comma ("University of California,
// San Diego"), and an appositive trade at it still makes the person its employee; a
// person's clause after the comma is no campus; a time zone after a clock time is no name,
// and "PT" elsewhere still is (testdata/participle-campus-names.input).
func TestParticipleCampusNames(t *testing.T) {
	x := extract(t, "participle-campus-names")
	for _, bad := range []string{"Addressing Brazil", "Echoing Microsoft", "University of California",
		"San Diego", "Eugene", "University of Ohio, Pruitt", "CDT"} {
		if entityNamed(x, bad) != nil {
			t.Errorf("%q read as an entity", bad)
		}
	}
	for _, e := range []struct{ name, typ string }{
		{"Brazil", "Place"},
		{"Microsoft", "Organization"},
		{"University of California, San Diego", "Organization"},
		{"University of Oregon, Eugene", "Organization"},
		{"University of Ohio", "Organization"},
		{"Making America Great Again", ""},
		{"PT", ""},
	} {
		got := entityNamed(x, e.name)
		if got == nil || e.typ != "" && string(got.Type) != e.typ {
			t.Errorf("entity %q (%s): got %+v", e.name, e.typ, got)
		}
	}
	if !hasRelation(x, "Mara Quill", "employeeOf", "University of California, San Diego") {
		t.Errorf("no employeeOf the campus; relations: %+v", x.Relations)
	}
	for _, e := range x.Entities {
		if e.Name == "U.S. Attorney Dana Whitcombe" || e.Name == "Dana Whitcombe" && e.Type != "Person" {
			t.Errorf("acting attorney read as %+v", e)
		}
	}
}
