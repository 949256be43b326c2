package extraction

import (
	"slices"
	"testing"
)

// TestAccentedNames: a name the article writes both with and without its accents
// ("Zoé Marchetti" and "Zoe Marchetti", "Brévane" and "Brevane") names one entity.
func TestAccentedNames(t *testing.T) {
	x := mustExtract(t, emphasised("Brévane opens a plant",
		"Brévane SA said on Monday it would open a plant in Lyon, its chief executive Zoé Marchetti said. "+
			"Brevane SA expects to hire 300 people, Zoe Marchetti told reporters. "+
			"Zoe Marchetti's company employs 4,000 people."))
	for name, alias := range map[string]string{"Brévane SA": "Brevane SA", "Zoé Marchetti": "Zoe Marchetti"} {
		e := entityNamed(x, name)
		if e == nil || !slices.Contains(e.Aliases, alias) {
			t.Errorf("want %s with alias %s; entities: %+v", name, alias, x.Entities)
		}
		if entityNamed(x, alias) != nil {
			t.Errorf("%s stays an entity of its own besides %s", alias, name)
		}
	}
}
