package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestPartyLabels: a party's word alone is an adjective or a member's label ("a
// Republican aide", "Democratic leaders", "a Democrat", "Republican Sen. Ann Roe"), no
// entity; its plural names the party, an Organization ("Republicans said"). Before a
// country, a body or a surname named before it is no part of the name ("Democratic
// U.S.", "the Republican Congress", "the Democrat Marsh"), but stays in "Republican
// National Convention".
func TestPartyLabels(t *testing.T) {
	x := extract(t, "party-labels")
	for name, typ := range map[string]kg.EntityType{
		"Republicans": kg.Organization, "Democrats": kg.Organization,
		"Ann Roe": kg.Person, "Ben Lund": kg.Person, "Texas": kg.Place,
		"United States": kg.Place, "Congress": kg.Organization, "Ivo Marsh": kg.Person,
	} {
		if e := entityNamed(x, name); e == nil || e.Type != typ {
			t.Errorf("want %s %q; entities: %+v", typ, name, x.Entities)
		}
	}
	for _, name := range []string{"Republican", "Democratic", "Democrat", "Democratic Texas", "Democratic U.S.", "Republican Congress", "Democrat Marsh", "National Convention"} {
		if e := entityNamed(x, name); e != nil {
			t.Errorf("%q is a label, no name: %+v", name, *e)
		}
	}
}

// TestArticleParticle: a name after a lower-case Arabic article takes it ("al Qaeda",
// the town of "al Marsa"), under the name the word lists give ("al Jazeera": Al Jazeera);
// "Fighters loyal to al Qaeda" leaves no "Qaeda" behind.
func TestArticleParticle(t *testing.T) {
	x := extract(t, "article-particle")
	for name, typ := range map[string]kg.EntityType{
		"Al Qaeda": kg.Organization, "Al Jazeera": kg.Organization, "Omar al Haddad": kg.Person,
	} {
		if e := entityNamed(x, name); e == nil || e.Type != typ {
			t.Errorf("want %s %q; entities: %+v", typ, name, x.Entities)
		}
	}
	if entityNamed(x, "al Marsa") == nil {
		t.Errorf("want the town \"al Marsa\"; entities: %+v", x.Entities)
	}
	for _, name := range []string{"Qaeda", "Jazeera", "Marsa"} {
		if e := entityNamed(x, name); e != nil {
			t.Errorf("%q is cut from its article: %+v", name, *e)
		}
	}
}
