package extraction

import "testing"

// TestCountryModifiers: a country's initials before a counted group or a source ("Eleven
// U.S. sailors were detained by Iran", "Four UK tourists … in Morocco") place nothing
// when the sentence names another place; "U.S. crude" with no other place, a country
// that is the subject of a verb ("The United States maintains 14,200 troops in
// Germany") and a full name before a preposition keep main's reading
// (testdata/country-modifiers.input, invented; main gave the United States and the
// United Kingdom to the first two).
func TestCountryModifiers(t *testing.T) {
	x := extract(t, "country-modifiers")
	want := map[float64]string{11: "Iran", 4: "Morocco", 41.2: "United States"}
	seen := map[float64]bool{}
	for _, f := range x.Figures {
		p, ok := want[f.Value]
		if !ok {
			continue
		}
		seen[f.Value] = true
		if f.Place != p {
			t.Errorf("figure %v (%q): place %q, want %q", f.Value, f.Text, f.Place, p)
		}
	}
	for v := range want {
		if !seen[v] {
			t.Errorf("no figure %v; figures: %+v", v, x.Figures)
		}
	}
	for _, f := range x.Figures {
		if f.Value == 14200 && f.Place == "" {
			t.Errorf("troops lost their place: %+v", f)
		}
		if f.Value == 220 && f.Place == "Greece" {
			t.Errorf("\"Turkey via\" read as a modifier: %+v", f)
		}
	}
}

// TestCommonPlurals: a sentence-opening plural of a common word or a speaker's head
// before a lower-case word ("Aides say", "Investigators believe", "Parents worry") is no
// name; a name of that shape before a number or named elsewhere stays
// (testdata/common-plurals.input, invented; main gave Aides, Investigators and Parents).
func TestCommonPlurals(t *testing.T) {
	x := extract(t, "common-plurals")
	for _, bad := range []string{"Aides", "Investigators", "Parents"} {
		if entityNamed(x, bad) != nil {
			t.Errorf("%q read as an entity", bad)
		}
	}
	for _, name := range []string{"Dana Whitlow", "Corvanis", "Microsoft"} {
		if entityNamed(x, name) == nil {
			t.Errorf("entity %q missing; entities: %+v", name, x.Entities)
		}
	}
}
