package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestWiderGivenNames: a lone given name of the wider list (data/given-names.txt) that
// nothing else types is a person's (givennames.go); not a storm's in an article about
// storms, nor a place's after "over".
func TestWiderGivenNames(t *testing.T) {
	x := extractBody(t, "The new drama follows a baker and her family over one long summer. Later Carlotta finally tells her brother the truth about the shop.")
	if e := entityNamed(x, "Carlotta"); e == nil || e.Type != kg.Person {
		t.Errorf("Carlotta: want a Person, got %+v", e)
	}
	for _, c := range []struct{ body, name string }{
		{"Forecasters said the storm would weaken over cooler water. Later Carlotta finally turned north toward open sea.", "Carlotta"},
		{"Two army helicopters were seen hovering over Emilio while police patrolled the streets.", "Emilio"},
	} {
		x := extractBody(t, c.body)
		if e := entityNamed(x, c.name); e != nil && e.Type == kg.Person {
			t.Errorf("%q: %s must not be a Person", c.body, c.name)
		}
	}
}
