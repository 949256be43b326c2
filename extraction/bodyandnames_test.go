package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestBodyAndNames: a body's name goes on past "and" after a common noun the short
// word list leaves out when every word before it is one too or a country ("U.S.
// National Aeronautics and Space Administration"), and to the plural of a head
// ("Kenya Citizenship and Settlement Services"); a body a couple founded is one name
// ("Ann and Tom Pell Foundation"); two companies stay two
// ("Quillon Mobility", "Harbor Communications Inc.") (testdata/body-and-names.input,
// invented).
func TestBodyAndNames(t *testing.T) {
	x := extract(t, "body-and-names")
	for _, name := range []string{"U.S. National Aeronautics and Space Administration", "Ann and Tom Pell Foundation", "Harbor Communications Inc."} {
		if entityNamed(x, name) == nil {
			t.Errorf("no entity %q", name)
		}
	}
	if e := entityNamed(x, "Kenya Citizenship and Settlement Services"); e == nil || e.Type != kg.Organization {
		t.Errorf("Kenya Citizenship and Settlement Services: %+v, want an Organization", e)
	}
	for _, bad := range []string{"U.S. National Aeronautics", "Space Administration", "Kenya Citizenship", "Settlement Services", "Ann and Tom Pell", "Tom Pell Foundation", "Quillon Mobility and Harbor Communications Inc."} {
		if entityNamed(x, bad) != nil {
			t.Errorf("%q read as a name", bad)
		}
	}
}
