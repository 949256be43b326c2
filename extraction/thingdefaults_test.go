package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestThingOverDefault: a one-word name the article once writes before a thing's head
// ("the Korva virus") is that thing, however often it then stands alone, where a lone
// capitalised word would be a body by default; a product's head ("the Pellam app") does
// not outrank the default, since a company's name takes one as often.
func TestThingOverDefault(t *testing.T) {
	x := mustExtract(t, emphasised("Virus spreads",
		"Health officials declared the Korva virus an emergency on Monday. "+
			"Korva was detected in Lenz last May. Korva is not known to be fatal. "+
			"Doctors said Korva spreads fast. Korva reached 20 countries. "+
			"Korva has mild symptoms. Korva and measles are different. "+
			"Nurses fear Korva. Korva worries travellers. "+
			"The Pellam app tracks cases. Pellam hired 40 nurses. "+
			"Pellam opened an office in Lenz. Pellam expects growth. Pellam grew. "+
			"Pellam employs 300 people. Pellam lost money. Pellam fired 12 managers."))
	wantTypes(t, x, map[string]kg.EntityType{"Korva": kg.Other})
	if e := entityNamed(x, "Pellam"); e == nil || e.Type == kg.Other {
		t.Errorf("Pellam is typed a thing by its app: %+v", e)
	}
}
