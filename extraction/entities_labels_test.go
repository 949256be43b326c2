package extraction

import (
	"strings"
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

// TestNamesAfterAnd: in a name joined at "of", an "and" before a nationality or before
// a place and a title opens a second name ("Senator Ann Roe of Texas and Ohio Governor
// Ben Lund", "Secretary of State Ivo Marsh and Russian Foreign Minister …", "the Federal
// Bureau of Investigation and Panamanian police"); "Port Authority of New York and New
// Jersey" and "Department of Health and Human Services" stay whole.
func TestNamesAfterAnd(t *testing.T) {
	x := extract(t, "and-names")
	for name, typ := range map[string]kg.EntityType{
		"Ann Roe": kg.Person, "Ben Lund": kg.Person, "Ohio": kg.Place, "Ivo Marsh": kg.Person,
		"Federal Bureau of Investigation":           kg.Organization,
		"Port Authority of New York and New Jersey": kg.Organization,
		"Department of Health and Human Services":   kg.Organization,
	} {
		if e := entityNamed(x, name); e == nil || e.Type != typ {
			t.Errorf("want %s %q; entities: %+v", typ, name, x.Entities)
		}
	}
	for _, e := range x.Entities {
		if strings.Contains(e.Name, "and Ohio") || strings.Contains(e.Name, "and Russian") || strings.Contains(e.Name, "and Panamanian") {
			t.Errorf("two names made one: %+v", e)
		}
	}
}

// TestOfficeTitleWords: "Administrator", "Prosecutor" and "City Manager" are titles before a
// name, so the office's body or place and the person are two names, not one ("Kell
// County Prosecutor Ana Brisk", "FAA Administrator Lena Hart").
func TestOfficeTitleWords(t *testing.T) {
	x := extract(t, "title-words")
	for name, typ := range map[string]kg.EntityType{
		"Ana Brisk": kg.Person, "Tomas Ode": kg.Person, "Lena Hart": kg.Person,
	} {
		if e := entityNamed(x, name); e == nil || e.Type != typ {
			t.Errorf("want %s %q; entities: %+v", typ, name, x.Entities)
		}
	}
	for _, e := range x.Entities {
		if strings.Contains(e.Name, "Prosecutor") || strings.Contains(e.Name, "Manager") || strings.Contains(e.Name, "Administrator") {
			t.Errorf("a title fused into a name: %+v", e)
		}
	}
}
