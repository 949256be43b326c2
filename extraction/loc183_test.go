package extraction

import "testing"

// TestOffEarthOrVirtualPlace: a space station and the Internet lie in no country, not
// in the report's by default.
func TestOffEarthOrVirtualPlace(t *testing.T) {
	x := extractBody(t, "ASTANA, Kazakhstan (Reuters) - Two cosmonauts will fly from the Baikonur Cosmodrome in Kazakhstan on Friday. Officials in Kazakhstan said they were on their way to join the crew on the International Space Station.")
	for _, r := range x.Relations {
		if r.Subject == "International Space Station" && r.Predicate == "locatedIn" {
			t.Errorf("the space station put in a place on earth: %+v", r)
		}
	}
	x = extractBody(t, "BERLIN, Germany (Reuters) - German software maker Tarvo said on Monday that operating margins in Germany would dip as more business comes from cheaper Internet-based cloud software.")
	if hasRelation(x, "Internet", "locatedIn", "Germany") {
		t.Errorf("the Internet put in the report's country: %+v", x.Relations)
	}
}

// TestPossessorCountryOfPlace: a country's possessive just before a place ("Vietnam's
// strategic Cam Ranh Bay") says the place's country, which is not the report's.
func TestPossessorCountryOfPlace(t *testing.T) {
	x := extractBody(t, "TOKYO, Japan (Reuters) - A Japan navy ship will visit ports in Japan and abroad this month, officials in Japan said. The ship will later sail to Vietnam's strategic Dalvang Bay base, the officials said.")
	if hasRelation(x, "Dalvang Bay", "locatedIn", "Japan") {
		t.Errorf("Dalvang Bay put in the report's country: %+v", x.Relations)
	}
}
