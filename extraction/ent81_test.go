package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestArticledNames: a run of capitalised words that nothing but its form types is no
// person's name after "the", "a" or "an" when it heads its phrase: a thing ("the Velmora
// Quill was", "an Orvath Lumen."), a product before its noun ("the Karsk Deltan sedan"),
// a body when it speaks ("the Drennick Ledger reported"), a team or a band when plural
// ("the Harlow Kestrels"), a place when a compass word opens it ("the Western Tarrow").
func TestArticledNames(t *testing.T) {
	a := emphasised("Gadget makers gather in Brisk",
		"The Velmora Quill was the talk of the show in Brisk on Monday, Mara Voss said. "+
			"Testers lined up to try an Orvath Lumen. "+
			"Rivals showed the Karsk Deltan sedan and a Pellum Rook console. "+
			"The Drennick Ledger reported strong sales. "+
			"Fans of the Harlow Kestrels and fans from the Western Tarrow were there.")
	x := mustExtract(t, a)
	wantTypes(t, x, map[string]kg.EntityType{
		"Velmora Quill":   kg.Other,
		"Orvath Lumen":    kg.Other,
		"Karsk Deltan":    kg.Other,
		"Pellum Rook":     kg.Other,
		"Drennick Ledger": kg.Organization,
		"Harlow Kestrels": kg.Organization,
		"Western Tarrow":  kg.Place,
		"Mara Voss":       kg.Person,
	})
}

// TestArticledNamesLeavePeople: a name that modifies another noun ("the Dorran Pike
// affair"), two names that modify one ("the Lusk Marrow and Tovin Brask duet"), a name a
// person's aside describes ("the Grey Hollin, who") and a town before its state ("the
// Dunmore Falls, Texas-based maker") are left as they were: people, or the town.
func TestArticledNamesLeavePeople(t *testing.T) {
	a := emphasised("Singer settles suit",
		"Critics revisited the Dorran Pike affair on Monday. "+
			"The crowd cheered the Lusk Marrow and Tovin Brask duet. "+
			"Guards watched the Grey Hollin, who sat alone. "+
			"The Dunmore Falls, Texas-based maker said it would hire 20 people.")
	x := mustExtract(t, a)
	for _, name := range []string{"Dorran Pike", "Lusk Marrow", "Grey Hollin"} {
		if e := entityNamed(x, name); e == nil || e.Type != kg.Person {
			t.Errorf("%q not a person; entities: %+v", name, x.Entities)
		}
	}
	if e := entityNamed(x, "Dunmore Falls"); e != nil && e.Type == kg.Other {
		t.Errorf("Dunmore Falls typed Other; entities: %+v", x.Entities)
	}
}

// TestArticledShortForms: the last word alone of a thing its article typed ("the Rift"
// after "the Velmora Rift is") is the same thing, not an organization of its own; the
// maker's name before it ("Velmora said") stays an entity of its own.
func TestArticledShortForms(t *testing.T) {
	a := emphasised("Headset ships",
		"The Velmora Rift is in shops in Brisk on Monday. "+
			"Buyers said the Rift was light. Reviewers liked the Rift too.")
	x := mustExtract(t, a)
	e := entityNamed(x, "Velmora Rift")
	if e == nil || e.Type != kg.Other {
		t.Fatalf("Velmora Rift not Other; entities: %+v", x.Entities)
	}
	if r := entityNamed(x, "Rift"); r != nil {
		t.Errorf("Rift kept apart from the Velmora Rift; entities: %+v", x.Entities)
	}
}

// TestRoleNamedPerson: a run of capitalised words after a lower-case role noun is a
// person's name though the article writes one of its words in lower case ("spokeswoman
// Faith Marrick" where "faith" appears too); a run whose last word the article writes in
// lower case ("vice president Global Markets") stays a phrase.
func TestRoleNamedPerson(t *testing.T) {
	a := emphasised("Mayor faces questions",
		"Campaign spokeswoman Faith Marrick declined to comment on Monday. "+
			"Supporters said the win restored their faith. "+
			"Lena Tarr became vice president Global Markets after the deal, and markets rose.")
	x := mustExtract(t, a)
	if e := entityNamed(x, "Faith Marrick"); e == nil || e.Type != kg.Person {
		t.Errorf("Faith Marrick not a person; entities: %+v", x.Entities)
	}
	if e := entityNamed(x, "Global Markets"); e != nil && e.Type == kg.Person {
		t.Errorf("Global Markets typed a person; entities: %+v", x.Entities)
	}
}
