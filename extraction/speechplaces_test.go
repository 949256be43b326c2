package extraction

import "testing"

// TestSpeechPlaces: a speaker who told an audience or spoke at an event in a place is
// located there (speechplaces.go); a statement, an interview or a place that modifies
// another noun gives nothing.
func TestSpeechPlaces(t *testing.T) {
	x := extract(t, "speech-places")
	for _, r := range [][3]string{
		{"Ilse Brant", "speakIn", "Lusk"},
		{"Tom Varley", "speakIn", "Dunmore"},
		{"Greta Lind", "speakIn", "Orsova"},
		{"Jon Mori", "speakIn", "Ashby"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if (r.Predicate == "speakIn" || r.Predicate == "speakAt") && (r.Subject == "Helga Moss" || r.Subject == "Nils Berg" || r.Subject == "Petra Holm" || r.Subject == "Oskar Lund") {
			t.Errorf("unwanted %+v: a statement, an interview, a place as modifier or a plan", r)
		}
	}
}
