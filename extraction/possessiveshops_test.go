package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestPossessiveShops: a shop or an eatery named with its owner's possessive is one
// organization ("Ravi's Steakhouse", "Moe's Fish Shack", "Tom's Club"), also when the
// owner is a word the place lists know as a town ("Tampa's Smokehouse Diner"); not
// after a country ("Russia's Club of Quillton") nor before a head no shop has ("Obama's
// White House") (testdata/possessive-shops.input, invented).
func TestPossessiveShops(t *testing.T) {
	x := extract(t, "possessive-shops")
	for _, name := range []string{"Ravi's Steakhouse", "Moe's Fish Shack", "Tom's Club", "Tampa's Smokehouse Diner", "Russia", "White House"} {
		if entityNamed(x, name) == nil {
			t.Errorf("no entity %q", name)
		}
	}
	for _, name := range []string{"Ravi's Steakhouse", "Moe's Fish Shack", "Tom's Club"} {
		if e := entityNamed(x, name); e != nil && e.Type != kg.Organization {
			t.Errorf("%q: %+v, want an Organization", name, e)
		}
	}
	for _, bad := range []string{"Steakhouse", "Fish Shack", "Club", "Moe", "Russia's Club of Quillton", "Obama's White House"} {
		if entityNamed(x, bad) != nil {
			t.Errorf("%q read as a name", bad)
		}
	}
}
