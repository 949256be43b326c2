package extraction

import "testing"

// TestCommonWordNames: capitalised common nouns ("the Internet", "Wi-Fi", "MVP"), a
// company form alone ("Inc": "Orbitmart.com Inc" is one name, its domain kept), a day named by a word
// before a weekday or a month ("Super Tuesday", "Fourth of July"), the month "May" beside
// another month or after "past" and a title's modifier
// ("Temporary Chief Constable") are no entities; "MP" is a title, and a "Follow NAME on
// Twitter" line names its reporter (testdata/common-word-names.input).
func TestCommonWordNames(t *testing.T) {
	x := extract(t, "common-word-names")
	for _, bad := range []string{"Internet", "Wi-Fi", "Web", "Inc", "Corp", "MVP", "All-Star",
		"Super", "Black", "Fourth", "May", "Temporary", "Labour MP Rhona Vale", "Follow Nadia Flint"} {
		if entityNamed(x, bad) != nil {
			t.Errorf("%q read as an entity", bad)
		}
	}
	for _, e := range []struct{ name, typ string }{
		{"Rhona Vale", "Person"},
		{"Idris Pell", "Person"},
		{"Dale Omari", "Person"},
		{"Nadia Flint", "Person"},
		{"Kestrel Corp", "Organization"},
		{"Orbitmart.com Inc", "Organization"},
	} {
		if got := entityNamed(x, e.name); got == nil || string(got.Type) != e.typ {
			t.Errorf("entity %q (%s): got %+v", e.name, e.typ, got)
		}
	}
	if !hasRelation(x, "Rhona Vale", "memberOf", "Labour Party") {
		t.Errorf("no memberOf Labour Party for the MP; relations: %+v", x.Relations)
	}
	speaker := ""
	for _, q := range x.Quotes {
		if q.Text == "We will keep pressing them," || q.Text == "We will keep pressing them" {
			speaker = q.Speaker
		}
	}
	if speaker != "Idris Pell" {
		t.Errorf("quote speaker %q, want Idris Pell; quotes: %+v", speaker, x.Quotes)
	}
}
