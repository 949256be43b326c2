package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestRegionsRoadsTeamsPacts: names whose own words say nothing take their kind from the
// shape news gives them: a compass region after "the", an interstate by its number, the
// heads of roads and features, the plural of a state's last word, a team of a known
// town, a pact or a pipeline by the noun after it, names before a plural of a place's
// head, a place of a "neighborhood of", and towns listed beside a town.
func TestRegionsRoadsTeamsPacts(t *testing.T) {
	a := emphasised("Storm closes roads across the east",
		"Officials in the Mid-Atlantic and Northeast said the storm had passed. "+
			"Drivers were stuck on I-80 near Brisk, Ohio, for hours. "+
			"A stretch of the Ohio Turnpike was closed, and snow fell along the Eastern Seaboard. "+
			"Utilities reported 90,000 customers without power in the Carolinas. "+
			"The Denver Owls postponed their game against the Carolina Herons. "+
			"Congress has yet to ratify the Trans-Meridian Partnership trade pact or the Norland XL oil pipeline. "+
			"Police searched a home near the corner of Varrow and Tindle streets. "+
			"The leak began just outside the neighborhood of Quenby Ranch, near Pellow Brook. "+
			"Officers came from Ohio, Harnwick, Ostley and State Police units.")
	x := mustExtract(t, a)
	wantTypes(t, x, map[string]kg.EntityType{
		"Mid-Atlantic":               kg.Place,
		"Northeast":                  kg.Place,
		"I-80":                       kg.Place,
		"Ohio Turnpike":              kg.Place,
		"Eastern Seaboard":           kg.Place,
		"Carolinas":                  kg.Place,
		"Denver Owls":                kg.Organization,
		"Carolina Herons":            kg.Organization,
		"Trans-Meridian Partnership": kg.Other,
		"Norland XL":                 kg.Other,
		"Varrow":                     kg.Place,
		"Tindle":                     kg.Place,
		"Quenby Ranch":               kg.Place,
		"Pellow Brook":               kg.Place,
		"Harnwick":                   kg.Place,
		"Ostley":                     kg.Place,
	})
}

// TestRegionsRoadsTeamsPactsLeaveOthers: the shapes stop where the words say otherwise:
// a person called West, a given name before a plural surname, a country before a plural
// ("U.S. Marines"), a plural the article writes in lower case, a deal named after a
// party, a comma list with no "and", a brand's word, and a place used as a modifier.
func TestRegionsRoadsTeamsPactsLeaveOthers(t *testing.T) {
	a := emphasised("Singer tours the west",
		"Singer Kanye West said Mr. West would tour. "+
			"Denver Williams, who lives in Texas, said so. "+
			"The U.S. Marines said the Iowa Debates would go ahead, though the debates were moved. "+
			"Analysts said the Vantor deal would close in May. "+
			"In Brisk, Ohio, Harnwick said the plan would work. "+
			"Firms such as Norway's Quellco and UK bank Torvane said they would bid.")
	x := mustExtract(t, a)
	for name, bad := range map[string]kg.EntityType{
		"West":            kg.Place,
		"Denver Williams": kg.Organization,
		"Iowa Debates":    kg.Organization,
		"Vantor":          kg.Other,
		"Harnwick":        kg.Place,
		"Quellco":         kg.Place,
	} {
		if e := entityNamed(x, name); e != nil && e.Type == bad {
			t.Errorf("%q typed %s; entities: %+v", name, bad, x.Entities)
		}
	}
	if e := entityNamed(x, "Kanye West"); e == nil || e.Type != kg.Person {
		t.Errorf("want Kanye West a person; entities: %+v", x.Entities)
	}
}
