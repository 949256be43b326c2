package extraction

import "testing"

// TestPlaceChains: a town the word lists know before a company's or a movement's name
// they know is two names ("Denver", "Planned Parenthood"); a state's own court or
// chamber ("Ohio Supreme Court", "Ohio Senate") and a team named after its town
// ("Chicago Bulls") stay one name (testdata/place-chains.input, invented).
func TestPlaceChains(t *testing.T) {
	x := extract(t, "place-chains")
	for _, name := range []string{"Denver", "Planned Parenthood", "Ohio Supreme Court", "Ohio Senate", "Chicago Bulls"} {
		if entityNamed(x, name) == nil {
			t.Errorf("no entity %q", name)
		}
	}
	if entityNamed(x, "Denver Planned Parenthood") != nil {
		t.Errorf("%q read as one name", "Denver Planned Parenthood")
	}
}
