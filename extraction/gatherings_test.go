package extraction

import "testing"

// TestGatheringCounters: who organizes or joins a gathering tells its count ("3,000
// people attended, organizers said"), and "called off" a quoted name is no speech.
func TestGatheringCounters(t *testing.T) {
	for body, want := range map[string]string{
		"More than 3,000 people protested in Kesma, organizers said.":             "organizers",
		"Organizers said 3,000 people attended the rally.":                        "organizers",
		"About 140 vehicles took part in the demonstration, the organisers said.": "organisers",
	} {
		checkOneTeller(t, "Rally in Kesma", body, want)
	}
	x := extractBody(t, `Organizers called off a "march against fear" planned for Sunday.`)
	if len(x.Quotes) != 0 {
		t.Errorf("a quoted name after 'called off' is no quote: %+v", x.Quotes)
	}
}
