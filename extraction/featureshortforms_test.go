package extraction

import (
	"slices"
	"testing"

	"github.com/factgraph/kg"
)

// TestFeatureShortForms: the first word of a bay's, an island's or a valley's two-word
// name, written alone later, is that place ("Korvel Bay … Korvel"), not a body of its own;
// not when it is the town a dateline names ("MARSTOW —" before "Marstow Bay") nor a
// compass word ("South" after "South Bay"). "The city" stands for no island.
func TestFeatureShortForms(t *testing.T) {
	x := mustExtract(t, emphasised("Inmates moved from island jail",
		"The prison at Korvel Bay holds 91 men. "+
			"Guards at Korvel said the move would take a week. "+
			"Officials in Pellin Valley said Pellin would take 20 of them. "+
			"Dana Frost, a former inmate of Tarrow Island, has filed a lawsuit against the city. "+
			"Tarrow has been criticised for years."))
	for name, alias := range map[string]string{"Korvel Bay": "Korvel", "Pellin Valley": "Pellin", "Tarrow Island": "Tarrow"} {
		e := entityNamed(x, name)
		if e == nil || e.Type != kg.Place || !slices.Contains(e.Aliases, alias) {
			t.Errorf("want %s (Place) with alias %s; entities: %+v", name, alias, x.Entities)
		}
		if entityNamed(x, alias) != nil {
			t.Errorf("%s stays an entity of its own besides %s", alias, name)
		}
	}
	for _, r := range x.Relations {
		if r.Subject == "Dana Frost" && r.Object == "Tarrow Island" {
			t.Errorf("\"the city\" read as an island: %+v", r)
		}
	}

	x = mustExtract(t, emphasised("Storm nears the coast",
		"MARSTOW — Winds reached Marstow on Friday, where 40 homes flooded. "+
			"Boats in Marstow Bay were moved inland. "+
			"Residents of South Bay fled. South of the bay, roads closed."))
	if e := entityNamed(x, "Marstow Bay"); e != nil && slices.Contains(e.Aliases, "Marstow") {
		t.Errorf("the dateline's town taken for the bay: %+v", e)
	}
	if e := entityNamed(x, "South Bay"); e != nil && slices.Contains(e.Aliases, "South") {
		t.Errorf("a compass word taken for the bay: %+v", e)
	}
	if e := entityNamed(x, "Marstow"); e == nil || e.Type != kg.Place {
		t.Errorf("want the dateline's town Marstow (Place); entities: %+v", x.Entities)
	}
}
