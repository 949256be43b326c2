package extraction

import (
	"slices"
	"testing"

	"github.com/factgraph/kg"
)

// TestSaudiAramco: the oil firm keeps its demonym ("Saudi Aramco", alias "Aramco", an
// organization of Saudi Arabia; main cut it to "Aramco"), while "Saudi officials" still
// name the country (testdata/saudi-aramco.input, invented).
func TestSaudiAramco(t *testing.T) {
	x := extract(t, "saudi-aramco")
	if e := entityNamed(x, "Saudi Aramco"); e == nil || e.Type != kg.Organization || !slices.Contains(e.Aliases, "Aramco") {
		t.Errorf("Saudi Aramco: %+v", e)
	}
	if entityNamed(x, "Aramco") != nil {
		t.Errorf("Aramco apart from Saudi Aramco")
	}
	if e := entityNamed(x, "Saudi Arabia"); e == nil {
		t.Errorf("Saudi officials lost their country")
	}
}
