package extraction

import "testing"

// TestNewReferentStopsDescription: "the group" after "a group of protesters" is those
// protesters, not the militant group named two sentences before them; an indefinite
// that describes the name its sentence gives ("Kestrel Lines, a ferry company") brings
// in nothing new, and "the company" is still Kestrel Lines.
func TestNewReferentStopsDescription(t *testing.T) {
	x := extract(t, "group-referent")
	if f := findFigure(x, "members", 300); f == nil || f.Subject == "Northern Shield" {
		t.Errorf("protesters = %+v, want no subject (not the Northern Shield)", f)
	}
	if f := findFigure(x, "ferries", 40); f == nil || f.Subject != "Kestrel Lines" {
		t.Errorf("ferries = %+v, want subject Kestrel Lines", f)
	}
}

// An initialism takes the article of its first letter's name, not of its first vowel:
// "a U.S. official", "an FBI agent", "an NBC producer", "a UN envoy" (but "an official").
func TestArticleOfInitialism(t *testing.T) {
	for in, want := range map[string]string{
		"U.S. defense official": "a ", "FBI agent": "an ", "NBC producer": "an ",
		"UN envoy": "a ", "official": "an ", "university official": "a ", "senior official": "a ",
		"Ukrainian official": "a ", "European diplomat": "a ", "Israeli official": "an ",
	} {
		if got := article(in); got != want {
			t.Errorf("article(%q) = %q, want %q", in, got, want)
		}
	}
}
