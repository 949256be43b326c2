package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestMarketNames: an index's number is part of its name ("the S&P 500", "FTSE 100",
// "CAC 40", "Stoxx Europe 600"), an index is a thing (Other) wherever a number, an
// index's noun, a market's verb or a place's possessive says so ("Japan's Nikkei fell",
// "the Dow Jones industrial average", "Hong Kong's Hang Seng"), a place's possessive
// still places it, and the number in its name is no figure.
func TestMarketNames(t *testing.T) {
	x := extract(t, "market-names")
	for _, name := range []string{"Nikkei", "Topix", "FTSE 100", "CAC 40", "Stoxx Europe 600", "Hang Seng", "S&P 500", "Dow Jones"} {
		if e := entityNamed(x, name); e == nil || e.Type != kg.Other {
			t.Errorf("want %q an Other entity; got %+v", name, e)
		}
	}
	for _, name := range []string{"S&P", "FTSE", "CAC", "Stoxx Europe", "Dow"} {
		if e := entityNamed(x, name); e != nil {
			t.Errorf("want no entity %q (a cut index name); got %+v", name, e)
		}
	}
	for _, want := range [][2]string{{"Nikkei", "Japan"}, {"CAC 40", "France"}, {"Hang Seng", "Hong Kong"}} {
		if !hasRelation(x, want[0], "partOf", want[1]) {
			t.Errorf("want %s partOf %s; relations: %+v", want[0], want[1], x.Relations)
		}
	}
	for _, f := range x.Figures {
		if v := f.Value; v == 500 || v == 100 || v == 40 || v == 600 {
			t.Errorf("an index's number read as a figure: %+v", f)
		}
		if f.Source != "" {
			t.Errorf("an index's move has no source (\"added\" is no speech here): %+v", f)
		}
	}
}

// TestMarketNamesNot: a model's number before "coupe" is part of its name and no
// figure; an engine's layout is no name; "May" alone or before "U.S." is the month; a
// family word before an outlet's noun stays the newspaper's name.
func TestMarketNamesNot(t *testing.T) {
	x := extract(t, "market-names-not")
	if e := entityNamed(x, "Corvane RX 500"); e == nil || e.Type != kg.Other {
		t.Errorf("want the model \"Corvane RX 500\" an Other entity; got %+v", e)
	}
	for _, name := range []string{"Corvane RX", "V8", "May", "May U.S."} {
		if e := entityNamed(x, name); e != nil {
			t.Errorf("want no entity %q; got %+v", name, e)
		}
	}
	if e := entityNamed(x, "Nikkei"); e == nil || e.Type != kg.Organization {
		t.Errorf("want the newspaper \"Nikkei\" an Organization; got %+v", e)
	}
	for _, f := range x.Figures {
		if f.Value == 500 {
			t.Errorf("a model's number read as a figure: %+v", f)
		}
	}
}

// TestMayThePerson: a person the article names May keeps the name alone as an alias.
func TestMayThePerson(t *testing.T) {
	x := extract(t, "market-names-person")
	e := entityNamed(x, "Helen May")
	if e == nil || e.Type != kg.Person {
		t.Fatalf("want \"Helen May\" a Person; got %+v", e)
	}
	found := false
	for _, a := range e.Aliases {
		found = found || a == "May"
	}
	if !found {
		t.Errorf("want \"May\" an alias of Helen May; got %+v", e)
	}
}
