package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestFieldInBodyName: a body's name whose field goes on with "in" and common nouns is
// one name (fieldinnames.go), no body "in" a place called by a common noun; "in" and a
// town or a month still end the name.
func TestFieldInBodyName(t *testing.T) {
	x := extractBody(t, "The letter was signed by the Quillmere Institute for Fairness in Schools, which tests riders.")
	if e := entityNamed(x, "Quillmere Institute for Fairness in Schools"); e == nil || e.Type != kg.Organization {
		t.Errorf("no Quillmere Institute for Fairness in Schools: %+v", x.Entities)
	}
	if entityNamed(x, "Schools") != nil {
		t.Errorf("Schools cut off as its own entity: %+v", x.Entities)
	}
	x = extractBody(t, "The Brenholt Council on Water Policy in Chicago published the figures.")
	if entityNamed(x, "Brenholt Council on Water Policy") == nil || entityNamed(x, "Chicago") == nil {
		t.Errorf("want the council and Chicago apart: %+v", x.Entities)
	}
}

// TestDefinedPlaceOutranksDefault: a lone name that a sentence defines as a settlement
// ("X is a city in …") is a place, however often it stands bare elsewhere (placedefinitions.go,
// bestType); a body with its own evidence keeps its type.
func TestDefinedPlaceOutranksDefault(t *testing.T) {
	x := extractBody(t, "The pope will travel to Marlowen on Sunday. Marlowen is a sprawling city in the state of Mexico. "+
		"Crime has long troubled Marlowen. Many families have left Marlowen. Officials say Marlowen needs help.")
	wantTypes(t, x, map[string]kg.EntityType{"Marlowen": kg.Place})
	x = extractBody(t, "Tessaly is its largest and poorest province. Tessaly has seen three floods. The army sent food to Tessaly.")
	wantTypes(t, x, map[string]kg.EntityType{"Tessaly": kg.Place})
	x = extractBody(t, "Marlowen is a city council contractor. Marlowen hired 40 workers. Marlowen said it would expand.")
	if e := entityNamed(x, "Marlowen"); e != nil && e.Type == kg.Place {
		t.Errorf("Marlowen placed by \"a city council contractor\": %+v", e)
	}
}
