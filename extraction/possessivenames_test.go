package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestPossessiveNames: a brand whose "'s" is part of its name is named with it
// ("McDonald's", "Trader Joe's"), not after a person the article names with the word
// ("Rob Lowe's"); a site named with a saint's, a royal's or a lone owner's possessive is
// one name ("Ferrel's Stadium", "St. Agnes's Hospital", "Prince Arlo's County"), not after
// a known place, a two-word owner or a town's institution; share classes are no entities;
// prizes alone are Other, and a given name that a person of the article has stays his
// a modifier glued to "U.S." at a clause's start is no part of it, a region word is;
// a brand's company name after its "'s" is one name, a title after it is not
// (testdata/possessive-brands.input, invented).
func TestPossessiveNames(t *testing.T) {
	x := extract(t, "possessive-brands")
	for _, name := range []string{"McDonald's", "Trader Joe's", "Macy's", "Moody's", "Ferrel's Stadium", "St. Agnes's Hospital", "Prince Arlo's County", "Chicago", "Wrigley Field", "Quillon", "United States", "Southern U.S.", "Moody's Investors Service", "Moody's Analytics", "Domino's Pizza Inc", "Sainsbury's", "Mike Coupe"} {
		if entityNamed(x, name) == nil {
			t.Errorf("no entity %q", name)
		}
	}
	for _, bad := range []string{"McDonald", "Trader Joe", "Macy", "Moody", "Lowe's", "Stadium", "Ferrel", "St. Agnes", "Prince Arlo", "Chicago's Wrigley Field", "Jersey Shore's Atlantic County", "Dunmore's University of Higher Studies", "Class A", "Quillon Class A", "Class B", "Staunch U.S.", "Sainsbury's Chief Executive Mike Coupe", "Investors Service"} {
		if entityNamed(x, bad) != nil {
			t.Errorf("%q read as a name", bad)
		}
	}
	for _, prize := range []string{"Oscar", "Grammys", "Emmy"} {
		if e := entityNamed(x, prize); e == nil || e.Type != kg.Other {
			t.Errorf("prize %q: %+v, want Other", prize, e)
		}
	}
	if e := entityNamed(x, "Tony Pell"); e == nil || e.Type != kg.Person {
		t.Errorf("Tony Pell: %+v, want a Person", e)
	}
	if e := entityNamed(x, "Tony"); e != nil {
		t.Errorf("a person's given name read as a prize: %+v", e)
	}
}
