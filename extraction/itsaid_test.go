package extraction

import (
	"strings"
	"testing"
)

// TestItSaidBodies checks the bodies that "It also said", "the KIND said" and "it said"
// take up (testdata/it-said, invented text): the organization that opened a sentence
// before, the organization whose name ends with the kind word, and never the acronym "IT".
func TestItSaidBodies(t *testing.T) {
	got := quoteSpeakers(t, "it-said")
	wantSpeakers(t, got, map[string]string{
		"The port ignored warnings for two years and must now answer for it.": "Harlow Health Agency",
		"The public deserves to see every page":                               "Open Water Foundation",
		"This will not fix the boats":                                         "Coastal Workers Union",
	})
	if sp := got["will sail on time and at the fares posted in the spring."]; sp == "IT" {
		t.Errorf("\"it said\" resolved to the acronym IT")
	}
}

// TestItSaidClauseSubject checks that plain "it said" takes the body that is the subject
// of the nearest clause before it (itsaid.go): in its own sentence ("X will pay … for a
// stake in Y, it said": X; "When X launched …, it said": X), else the body that spoke in
// the sentence before ("The ministry said …, citing the Gazette. It said": the ministry;
// "The Agency's shipping unit Y said …": Y).
func TestItSaidClauseSubject(t *testing.T) {
	sources := map[string]string{}
	for _, f := range extract(t, "it-said-clause").Figures {
		sources[f.Text] = f.Source
	}
	for text, source := range map[string]string{
		"200 crowns":       "Nordvik Shipping Corp",
		"900 passengers":   "Brightwater Ferries Inc",
		"5 million crowns": "Marlow Transport Ministry",
		"12 pilots":        "Nordvik Lines Ltd",
	} {
		if got := sources[text]; got != source {
			t.Errorf("source of %q = %q, want %q (all: %v)", text, got, source, sources)
		}
	}
}

// TestItSaidDescribedBody checks that plain "it said" takes the body the sentence before
// named by a description as the subject of its verb of saying ("The Norwegian government
// said …. It said": the Norwegian government), not the organization named last, in a
// figure's source and a quotation's speaker (itsaid.go, spokenBefore).
func TestItSaidDescribedBody(t *testing.T) {
	x := extract(t, "it-said-described")
	sources := map[string]string{}
	for _, f := range x.Figures {
		sources[f.Text] = f.Source
	}
	for text, source := range map[string]string{
		"300 routes":    "Norwegian government",
		"Some 40 towns": "Danish government",
	} {
		if got := sources[text]; got != source {
			t.Errorf("source of %q = %q, want %q (all: %v)", text, got, source, sources)
		}
	}
	for _, q := range x.Quotes {
		if strings.HasPrefix(q.Text, "Some 40 towns") && q.Speaker != "Danish government" {
			t.Errorf("speaker of %q = %q, want Danish government", q.Text, q.Speaker)
		}
	}
}

// TestDocumentAuthors: a firm's name (and ticker) before "shareholder filed a lawsuit"
// does not make the firm the lawsuit's author, and "the pension memo" is not the memo
// a person wrote earlier in the article.
func TestDocumentAuthors(t *testing.T) {
	x := extract(t, "document-authors")
	for _, q := range x.Quotes {
		if q.Speaker != "" {
			t.Errorf("speaker of %q = %q, want none", q.Text, q.Speaker)
		}
	}
	sources := map[string]string{}
	for _, f := range x.Figures {
		sources[f.Text] = f.Source
	}
	for text, source := range map[string]string{"40 countries": "", "12 regions": "Tomas Rieder"} {
		if got := sources[text]; got != source {
			t.Errorf("source of %q = %q, want %q (all: %v)", text, got, source, sources)
		}
	}
}
