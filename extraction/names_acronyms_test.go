package extraction

import "testing"

// TestNounAcronyms: an upper-case word the article uses as a common noun, in the plural
// ("UTVs") or as the head after "a"/"an" ("an MRI in", "a UTV,"), is no organization,
// nor are the initialisms of names.txt `not-names` ("DNA", "GPS"); an acronym that only
// modifies the noun after it ("an NTB inspector") stays a name.
func TestNounAcronyms(t *testing.T) {
	x := extract(t, "noun-acronyms")
	for _, name := range []string{"UTV", "MRI", "DNA", "GPS"} {
		if e := entityNamed(x, name); e != nil {
			t.Errorf("%q is a common noun, no entity: %+v", name, *e)
		}
	}
	if entityNamed(x, "Norland Transport Board") == nil || entityNamed(x, "Harlow Motors") == nil {
		t.Errorf("want the board and the carmaker; entities: %+v", x.Entities)
	}
}
