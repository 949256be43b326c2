package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestCreedsAndDeities: a religion, a branch of one and a deity are things (Other), not
// the organization a lone capitalised word is by default; a goddess named after "the
// goddess" too. A surname that is a creed's word stays in its person's name, and an
// exclamation ("Thank God") is left alone.
func TestCreedsAndDeities(t *testing.T) {
	a := emphasised("Scholars meet in Brisk",
		"Scholars of Hinduism and Sunni Islam met in Brisk on Monday, Mara Voss said. "+
			"Pilgrims pray to Allah and to the goddess Velmira at the shrine. "+
			"Nurul Islam, a teacher, said the talks went well. "+
			"\"Thank God it was not worse,\" Jon Pell said.")
	x := mustExtract(t, a)
	wantTypes(t, x, map[string]kg.EntityType{
		"Hinduism":    kg.Other,
		"Sunni Islam": kg.Other,
		"Allah":       kg.Other,
		"Velmira":     kg.Other, // "the goddess Velmira"
		"Nurul Islam": kg.Person,
		"Mara Voss":   kg.Person,
	})
	if e := entityNamed(x, "God"); e != nil && e.Type == kg.Other {
		t.Errorf("God of an exclamation typed Other; entities: %+v", x.Entities)
	}
}

// TestTownsByMayorAndDowntown: a one-word town the word lists lack is a place after "the
// mayor of" or "downtown", not the organization a lone word is by default; a name that
// modifies a station after "downtown" ("the downtown Lunex station") is left alone.
func TestTownsByMayorAndDowntown(t *testing.T) {
	a := emphasised("Storm closes roads",
		"The mayor of Corvane said roads would reopen on Tuesday. "+
			"Crowds gathered in downtown Tellbury after the storm. "+
			"Riders waited at the downtown Lunex station for an hour.")
	x := mustExtract(t, a)
	wantTypes(t, x, map[string]kg.EntityType{
		"Corvane":  kg.Place,
		"Tellbury": kg.Place,
	})
	if e := entityNamed(x, "Lunex"); e != nil && e.Type == kg.Place {
		t.Errorf("Lunex typed Place; entities: %+v", x.Entities)
	}
}

// TestReferendumSides: in a story of a referendum, a one-word choice before "camp",
// "campaign" or "side" is a Group (the "Leave camp"-like sides of gold25 and gold26); a
// fund-raising site's campaign and a refugee camp, in a story of no referendum, are left
// alone.
func TestReferendumSides(t *testing.T) {
	a := emphasised("Voters go to the polls",
		"The Stay camp led the Quit side by two points before the referendum, Mara Voss said. "+
			"Quit campaigners disputed the poll.")
	x := mustExtract(t, a)
	wantTypes(t, x, map[string]kg.EntityType{
		"Stay": kg.Group,
		"Quit": kg.Group,
	})
	b := emphasised("Artist raises money",
		"A Fundora campaign raised $40,000 for the Brellin camp, Mara Voss said.")
	y := mustExtract(t, b)
	for _, name := range []string{"Fundora", "Brellin"} {
		if e := entityNamed(y, name); e != nil && e.Type == kg.Group {
			t.Errorf("%q typed Group; entities: %+v", name, y.Entities)
		}
	}
}
