package extraction

import "testing"

// TestNamedPolice: "police said" in a story that names one police force is that force's;
// with two forces named it stays "police".
func TestNamedPolice(t *testing.T) {
	checkSourceCases(t, []sourceCase{
		{body: "The Lakeview Police Department opened an inquiry on Monday. Three people were hurt in a shooting near the harbor, police said.", measure: "injured", source: "Lakeview Police Department"},
		{body: "The Lakeview Police Department and the Dorvan State Police opened an inquiry on Monday. Three people were hurt in a shooting near the harbor, police said.", measure: "injured", source: "police"},
	})
}
