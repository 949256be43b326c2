package extraction

import "testing"

// TestFieldListNames: a body whose name lists its fields after "of" with commas and
// "and" is one name ("Bureau of Mines, Libraries, Roads and Rivers"), serial comma or
// not; a list holding an acronym or a place is no field list, and the names stay apart
// (testdata/field-list-names.input).
func TestFieldListNames(t *testing.T) {
	x := extract(t, "field-list-names")
	for _, name := range []string{"Bureau of Mines, Libraries, Roads and Rivers", "State Office of Roads, Bridges, and Tunnels",
		"Department of Justice", "Ministry of Defence", "Commission of Farms and Fisheries"} {
		if got := entityNamed(x, name); got == nil || got.Type != "Organization" {
			t.Errorf("entity %q (Organization): got %+v", name, got)
		}
	}
	for _, bad := range []string{"Bureau of Mines", "Libraries", "Roads", "Rivers", "State Office of Roads", "Bridges", "Tunnels"} {
		if entityNamed(x, bad) != nil {
			t.Errorf("%q read as an entity", bad)
		}
	}
	if got := entityNamed(x, "Tom Judge"); got != nil && len(got.Aliases) > 0 {
		t.Errorf("a Magistrate Judge read as Tom Judge: %+v", got)
	}
}

// TestCommitteeNames: a committee's name that opens with its chamber goes on past
// "and" over its fields, even a word that heads a company's name ("Energy"); a title
// and its holder before "and" stay apart (testdata/committee-title-names.input).
func TestCommitteeNames(t *testing.T) {
	x := extract(t, "committee-title-names")
	for _, name := range []string{"House Rivers and Harbors Committee", "Senate Energy and Public Works Committee", "Ann Roe", "Senate Rules Committee"} {
		if entityNamed(x, name) == nil {
			t.Errorf("entity %q missing", name)
		}
	}
	for _, bad := range []string{"House Rivers", "Harbors Committee", "Senate Energy", "Public Works Committee"} {
		if entityNamed(x, bad) != nil {
			t.Errorf("%q read as an entity", bad)
		}
	}
	if got := entityNamed(x, "Tom Judge"); got != nil && len(got.Aliases) > 0 {
		t.Errorf("a Magistrate Judge read as Tom Judge: %+v", got)
	}
}

// TestGluedTitles: an office of the title table before a name is the person's title,
// never part of the name: "Magistrate Ann Vole" is Ann Vole (testdata/committee-title-names.input).
func TestGluedTitles(t *testing.T) {
	x := extract(t, "committee-title-names")
	for _, name := range []string{"Ann Vole", "Carl Moss", "Bo Lark", "Cy Dent", "Ada Finch"} {
		if got := entityNamed(x, name); got == nil || got.Type != "Person" {
			t.Errorf("entity %q (Person): got %+v", name, got)
		}
	}
	for _, bad := range []string{"Magistrate Ann Vole", "Deputy Carl Moss", "Rear Admiral Bo Lark", "Rear", "Counsel Cy Dent", "Comptroller Ada Finch"} {
		if entityNamed(x, bad) != nil {
			t.Errorf("%q read as an entity", bad)
		}
	}
	if got := entityNamed(x, "Tom Judge"); got != nil && len(got.Aliases) > 0 {
		t.Errorf("a Magistrate Judge read as Tom Judge: %+v", got)
	}
}

// TestTitleRunsOn: a title followed by more title words is one title, never a name, and a
// title with no name after it gives no person (titleRunsOn, names.go).
func TestTitleRunsOn(t *testing.T) {
	x := extract(t, "title-runs-on")
	for _, name := range []string{"Alexis Vole", "Pell Harmon", "Carl Moss", "Ann Vole", "Tom Judge", "King"} {
		if got := entityNamed(x, name); got == nil || got.Type != "Person" {
			t.Errorf("entity %q (Person): got %+v", name, got)
		}
	}
	for _, bad := range []string{"U.N. Ambassador", "Judge", "Chief", "Staff", "General", "United States Magistrate Judge", "Deputy Chief of Staff"} {
		if entityNamed(x, bad) != nil {
			t.Errorf("%q read as an entity", bad)
		}
	}
	if got := entityNamed(x, "Tom Judge"); got != nil && len(got.Aliases) > 0 {
		t.Errorf("a Magistrate Judge read as Tom Judge: %+v", got)
	}
}
