package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestPeoplesAndVotes: a lone word for a people ("Britons", "Scots") or for a place's
// residents ("Iowans", "Londoners") is a Group; a country's vote to leave a union
// ("Grexit", "Frexit") is Other; a region of two regions ("Asia-Pacific") is a Place,
// put in no country. None of them is the Organization a lone capitalised word is by
// default.
func TestPeoplesAndVotes(t *testing.T) {
	a := emphasised("Voters weigh a union exit",
		"KORVIK (Reuters) - Many Britons and Scots said on Monday they feared Grexit more than Frexit. "+
			"Pollsters asked Iowans and Londoners about trade with the Asia-Pacific, Mara Voss said.")
	x := mustExtract(t, a)
	wantTypes(t, x, map[string]kg.EntityType{
		"Britons":      kg.Group,
		"Scots":        kg.Group,
		"Iowans":       kg.Group,
		"Londoners":    kg.Group,
		"Grexit":       kg.Other,
		"Frexit":       kg.Other,
		"Asia-Pacific": kg.Place,
		"Mara Voss":    kg.Person,
	})
	for _, r := range x.Relations {
		if r.Subject == "Asia-Pacific" && r.Predicate == "locatedIn" {
			t.Errorf("a region of regions put in a country: %+v", r)
		}
	}
}

// TestWordsThatNameNoOne: a stretch of months or days ("January-March",
// "Friday-Saturday"), a party's label before "-led" ("the Republican-led Senate") and a
// people's word used of one person ("a Latino") are no entities; two countries joined
// by a hyphen ("China-Taiwan talks") are no region, and "Westerly" (no place's
// residents) keeps the default type.
func TestWordsThatNameNoOne(t *testing.T) {
	a := emphasised("Profit rises at Tarvosk",
		"Tarvosk Corp said January-March profit rose 4 percent, and its shops will close on Friday-Saturday nights. "+
			"The Republican-led Senate passed the bill after China-Taiwan talks, said Paul Ardent, a Latino who runs Westerly.")
	x := mustExtract(t, a)
	for _, name := range []string{"January-March", "Friday-Saturday", "Republican", "Latino"} {
		if e := entityNamed(x, name); e != nil {
			t.Errorf("%q is an entity (%s); entities: %+v", name, e.Type, x.Entities)
		}
	}
	if e := entityNamed(x, "China-Taiwan"); e != nil && e.Type == kg.Place {
		t.Errorf("China-Taiwan typed Place")
	}
	if e := entityNamed(x, "Westerly"); e != nil && e.Type == kg.Group {
		t.Errorf("Westerly typed Group")
	}
}

// TestResidentForms: the plural resident nouns of places the word lists know, and words
// that are none.
func TestResidentForms(t *testing.T) {
	for w, want := range map[string]bool{
		"Iowans": true, "Ohioans": true, "Texans": true, "Floridians": true, "Londoners": true,
		"Chicagoans": true, "Athens": false, "Iowa": false, "Warriors": false, "Americas": false,
	} {
		if got := placeResidents(w); got != want {
			t.Errorf("placeResidents(%q) = %v, want %v", w, got, want)
		}
	}
	for w, want := range map[string]bool{"Brexit": true, "Grexit": true, "Exit": false, "Texit": true, "BREXIT": false, "exit": false} {
		if got := secessionVote(w); got != want {
			t.Errorf("secessionVote(%q) = %v, want %v", w, got, want)
		}
	}
}
