package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestDroppedLastDot: a two-letter initialism written without its last dot ("U.S
// wireless carrier", "the U.N puts") is the country or body, not "U." and "S", and a
// ticker in brackets ("(KSM.N)") leaves no "N".
func TestDroppedLastDot(t *testing.T) {
	x := extract(t, "dropped-dot")
	for name, typ := range map[string]kg.EntityType{
		"United States": kg.Place, "United Nations": kg.Organization,
	} {
		if e := entityNamed(x, name); e == nil || e.Type != typ {
			t.Errorf("want %s %q; entities: %+v", typ, name, x.Entities)
		}
	}
	for _, name := range []string{"U.", "S", "N", "KSM."} {
		if e := entityNamed(x, name); e != nil {
			t.Errorf("%q is a piece of an initialism: %+v", name, *e)
		}
	}
}

// TestAgencyInitials: "EPA" in the news is the Environmental Protection Agency, one
// entity with its "U.S." form, not the European Pressphoto Agency (a photo credit's
// agency, named in full).
func TestAgencyInitials(t *testing.T) {
	x := extract(t, "agency-initials")
	e := entityNamed(x, "Environmental Protection Agency")
	if e == nil || e.Type != kg.Organization {
		t.Fatalf("want the Environmental Protection Agency; entities: %+v", x.Entities)
	}
	for _, name := range []string{"European Pressphoto Agency", "U.S. Environmental Protection Agency"} {
		if n := entityNamed(x, name); n != nil {
			t.Errorf("%q is the Environmental Protection Agency: %+v", name, *n)
		}
	}
}
