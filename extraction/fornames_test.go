package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestForNames: a body named with "for" and what it stands for is one organization
// ("Citizen Action for Clean Water", "Democracy for Kenya"); not a trade's plural
// ("Lawyers for Roe"), a person ("Dana Vell for the Harbor Festival") or a headed
// name before "for" ("Quillon Laboratory for the Harbor Project")
// (testdata/for-names.input, invented).
func TestForNames(t *testing.T) {
	x := extract(t, "for-names")
	for _, name := range []string{"Citizen Action for Clean Water", "Democracy for Kenya"} {
		if e := entityNamed(x, name); e == nil || e.Type != kg.Organization {
			t.Errorf("%q: %+v, want an Organization", name, e)
		}
	}
	for _, bad := range []string{"Citizen Action", "Clean Water", "Democracy", "Lawyers for Roe", "Dana Vell for the Harbor Festival", "Quillon Laboratory for the Harbor Project"} {
		if entityNamed(x, bad) != nil {
			t.Errorf("%q read as a name", bad)
		}
	}
}
