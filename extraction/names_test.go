package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestBodiesOf: a name whose last word is a body's head ("Chamber", "Consortium",
// "House", "Summit") goes on past "of" ("Norland Chamber of Commerce", "House of
// Delegates"), but not after a first name ("Robert Hall of Valdora"), not from a head
// inside the name ("House Democrats on Capitol Hill"), and not past a title and its
// holder through "and" ("House of Delegates Speaker Elena Varga and Senate …").
func TestBodiesOf(t *testing.T) {
	x := extract(t, "bodies-of")
	for _, name := range []string{"Norland Chamber of Commerce", "International Consortium of Shipping Reporters", "House of Delegates", "Summit of the Northern Ports"} {
		if e := entityNamed(x, name); e == nil || e.Type != kg.Organization {
			t.Errorf("want the organization %q; entities: %+v", name, x.Entities)
		}
	}
	for _, name := range []string{"Commerce", "Shipping Reporters", "Delegates", "Northern Ports", "Robert Hall of Valdora", "House Democrats on Capitol Hill"} {
		if e := entityNamed(x, name); e != nil {
			t.Errorf("%q is no name of its own: %+v", name, *e)
		}
	}
	if entityNamed(x, "Robert Hall") == nil || entityNamed(x, "Tomas Pirk") == nil {
		t.Errorf("want Robert Hall and Tomas Pirk; entities: %+v", x.Entities)
	}
	var speakerOf string
	for _, r := range x.Relations {
		if r.Subject == "Elena Varga" && r.Predicate == "speakerOf" {
			speakerOf = r.Object
		}
	}
	if speakerOf != "House of Delegates" {
		t.Errorf("Elena Varga is speaker of %q, want the House of Delegates; relations: %+v", speakerOf, x.Relations)
	}
}
