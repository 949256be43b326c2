package extraction

import (
	"testing"
	"time"

	"github.com/factgraph/kg"
)

// article builds a test article from invented text.
func corefArticle(title, body string) kg.Article {
	a := kg.Article{Title: title, Body: body, Published: time.Date(2016, 5, 18, 0, 0, 0, 0, time.UTC), Path: "coref58.input"}
	a.Identify()
	return a
}

func relationsWith(x *kg.Extraction, pred string) []kg.Relation {
	var rs []kg.Relation
	for _, r := range x.Relations {
		if r.Predicate == pred {
			rs = append(rs, r)
		}
	}
	return rs
}

// TestPronounActor: "he"/"she" opening a sentence as a relation's subject is the one
// person of the sentence before who can be it; the subject of that sentence when every
// other person stands after a preposition; nobody when two compete (relpronouns.go).
func TestPronounActor(t *testing.T) {
	for _, c := range []struct {
		name, body, pred, want string // want "" means no relation of pred at all
	}{
		{"one person", "Police said Kellan Mori had fled on Sunday. He later sued Tessel Inc over the land.", "sues", "Kellan Mori"},
		{"agent after by", "Kellan Mori, who was hired by Piet Vale in 2010, ran Quorra Systems for years. He later sued Tessel Inc over the land.", "sues", "Kellan Mori"},
		{"subject and object compete", "Kellan Mori met Piet Vale in Harbin on Monday. He later sued Tessel Inc over the land.", "sues", ""},
		{"she after two of unknown sex", "Ada Brandt met Piet Vale on Monday. She also praised Lina Flores.", "praises", ""},
		{"own sentence first", "Piet Vale spoke in Harbin. Ada Brandt said on Monday that she had sued Tessel Inc.", "sues", "Ada Brandt"},
	} {
		x := mustExtract(t, corefArticle("Probe", c.body))
		rs := relationsWith(x, c.pred)
		switch {
		case c.want == "" && len(rs) > 0:
			t.Errorf("%s: got %+v, want no %s relation (two people compete)", c.name, rs, c.pred)
		case c.want != "" && (len(rs) != 1 || rs[0].Subject != c.want):
			t.Errorf("%s: got %+v, want one %s relation of %s", c.name, rs, c.pred, c.want)
		}
	}
}

// TestCompanySubjectRecency: "the company" as a verb's subject is the business the
// sentence before has for its subject before the story's most named one
// (companysubjects.go).
func TestCompanySubjectRecency(t *testing.T) {
	x := mustExtract(t, corefArticle("Carmakers bet on parking",
		"Brightwell Motors said on Monday that sales rose. Brightwell Motors also plans a new van.\n\n"+
			"Tessel Inc is considering expanding into parking. The company has invested in ParkNow."))
	rs := relationsWith(x, "investsIn")
	if len(rs) != 1 || rs[0].Subject != "Tessel Inc" {
		t.Errorf("got %+v, want Tessel Inc investsIn ParkNow (the sentence before's subject)", rs)
	}
}
