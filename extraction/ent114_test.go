package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestKnownMakerProducts: after a maker the word lists know by its one word, a word no
// person of the article has in the name is the maker's product ("Microsoft Tallis"), and
// its last word alone is its short form; a surname the article gives a person is not
// ("Microsoft Halvorsen" beside "Erik Halvorsen" is left as it was read).
func TestKnownMakerProducts(t *testing.T) {
	x := extractBody(t, "The staff compared notes from Slack, Microsoft Tallis and email. Tallis crashed twice on Monday, the school said.")
	e := entityNamed(x, "Microsoft Tallis")
	if e == nil || e.Type != kg.Other {
		t.Fatalf("Microsoft Tallis: got %+v, want Other in %v", e, entityNames(x))
	}
	if len(e.Aliases) != 1 || e.Aliases[0] != "Tallis" {
		t.Errorf("Microsoft Tallis aliases %v, want [Tallis]", e.Aliases)
	}
	x = extractBody(t, "The staff compared notes from Slack, Microsoft Halvorsen and email. Erik Halvorsen said the test went well.")
	if e := entityNamed(x, "Microsoft Halvorsen"); e != nil && e.Type == kg.Other {
		t.Errorf("Microsoft Halvorsen beside Erik Halvorsen typed Other")
	}
}

// TestCompanyMakerProducts: a maker the article names with a company's ending and alone
// ("Drennick Motors Inc", "shares of Drennick") makes its products of the words after
// it ("Drennick Caravel"); without the company's ending the run is left as it was read.
func TestCompanyMakerProducts(t *testing.T) {
	x := extractBody(t, "Drennick Motors Inc reported higher sales on Tuesday. Shares of Drennick rose after buyers of Drennick Caravel and Drennick Brava waited weeks.")
	for _, n := range []string{"Drennick Caravel", "Drennick Brava"} {
		if e := entityNamed(x, n); e == nil || e.Type != kg.Other {
			t.Errorf("%s: got %+v, want Other", n, e)
		}
	}
	x = extractBody(t, "Drennick reported higher sales on Tuesday. Shares of Drennick rose after buyers of Drennick Caravel and Drennick Brava waited weeks.")
	if e := entityNamed(x, "Drennick Caravel"); e != nil && e.Type == kg.Other {
		t.Errorf("Drennick Caravel typed Other with no company's ending for its maker")
	}
}

// TestCampusAtTown: "University of STATE at TOWN" is one name, also before a possessive or a
// verb of speech, located in the state, and a figure near it is
// placed in the town when the article names the town (not in Houston, named before it);
// a stadium after "at" is no campus.
func TestCampusAtTown(t *testing.T) {
	x := extractBody(t, "She studied chemistry at the University of Nevada at Reno before moving to Utah.")
	if entityNamed(x, "University of Nevada at Reno") == nil {
		t.Errorf("no University of Nevada at Reno in %v", entityNames(x))
	}
	if !hasRelation(x, "University of Nevada at Reno", "locatedIn", "Nevada") {
		t.Errorf("no University of Nevada at Reno locatedIn Nevada in %+v", x.Relations)
	}
	x = extractBody(t, "Fans met at the University of Ohio at Lima's library on Friday.")
	if entityNamed(x, "University of Ohio at Lima") == nil {
		t.Errorf("no University of Ohio at Lima in %v", entityNames(x))
	}
	x = extractBody(t, "The fire started on Sunday, the University of Tennessee at Martin said in a statement.")
	if entityNamed(x, "University of Tennessee at Martin") == nil {
		t.Errorf("no University of Tennessee at Martin in %v", entityNames(x))
	}
	x = extractBody(t, "The rally was held at the University of Iowa at Kinnick Stadium on Saturday.")
	if entityNamed(x, "University of Iowa") == nil || entityNamed(x, "Kinnick Stadium") == nil {
		t.Errorf("want University of Iowa and Kinnick Stadium apart, got %v", entityNames(x))
	}
	x = extractBody(t, "Crews from Houston and Dallas helped Austin police on Friday. Two people were hurt in a fire near the University of Texas at Austin, officials said.")
	if f := findFigure(x, "injured", 2); f == nil || f.Place != "Austin" {
		t.Errorf("injured 2: got %+v, want place Austin", f)
	}
}
