package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestOuterSpeakers: words quoted deep inside a reported clause are the words of the
// speaker who reports it (`Ruiz said the FBI had asked the company to build "…"`), while
// words someone told another (`Lind said Moss told him, "…"`) and a term someone gave
// himself (`described himself as a "loyal soldier"`) stay theirs, and so do the words
// an inner verb of saying tells of (`says Keller wondered aloud about "a revolt"`).
func TestOuterSpeakers(t *testing.T) {
	wantSpeakers(t, quoteSpeakers(t, "outer-speakers"), map[string]string{
		"a master key to the phone.":  "Dana Ruiz",
		"We will not sign this deal.": "Vera Moss",
		"loyal soldier":               "Ezra Holt",
		"a revolt":                    "Tomas Keller",
	})
}

// TestGivenNameBeforePlaceHead: a given name and a place head that is a surname too
// ("Kathy Park") name a person; after a preposition of place ("in Grant Park") or with
// no given name ("Hyde Park") the head still makes a place.
func TestGivenNameBeforePlaceHead(t *testing.T) {
	x := mustExtract(t, leadArticle("Rally in the park",
		"KARVO — Kathy Park said on Sunday that thousands rallied in Grant Park. Hyde Park was closed."))
	want := map[string]kg.EntityType{"Kathy Park": kg.Person, "Grant Park": kg.Place, "Hyde Park": kg.Place}
	for _, e := range x.Entities {
		if w, ok := want[e.Name]; ok {
			if e.Type != w {
				t.Errorf("%s: type %s, want %s", e.Name, e.Type, w)
			}
			delete(want, e.Name)
		}
	}
	for n := range want {
		t.Errorf("no entity %q in %+v", n, x.Entities)
	}
}

// TestCountryFollowingFigure: in a sentence that names no town, the country "in" names
// right after a figure places it ("has about 28,000 troops in South Korea"), before the
// sentence's first country; not a country that modifies a noun ("in U.S. dollar terms").
func TestCountryFollowingFigure(t *testing.T) {
	x := mustExtract(t, leadArticle("Troops stay",
		"The United States has about 28,000 troops in South Korea. China said exports fell 1.4 percent in U.S. dollar terms."))
	if f := figureOf(t, x, 28000); f.Place != "South Korea" {
		t.Errorf("28,000 troops: place %q, want South Korea", f.Place)
	}
	if f := figureOf(t, x, 1.4); f.Place == "United States" {
		t.Errorf("1.4 percent in U.S. dollar terms: place %q, want not the United States", f.Place)
	}
}
