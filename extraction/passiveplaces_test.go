package extraction

import "testing"

// TestPassivePlaces (places67): the place "in" names right after an agentless passive is
// where it was done to its subject ("was detained on Tuesday in Orsova" → detainedIn,
// "who was arrested in Lusk", "was killed in a car crash in Dunmore", "has been banned in
// Norland"); not for a name after "of" (the aide was arrested, not Vale), a wish ("be
// banned") or "it" inside the sentence. A speaking event named in a phrase before the
// speaker ("Speaking to reporters in Orsova, X said", "At a campaign rally in Lusk, X
// said", "X, speaking at a forum in Dunmore, said") gives speakIn.
func TestPassivePlaces(t *testing.T) {
	x := extract(t, "passive-places")
	for _, r := range [][3]string{
		{"Mara Lind", "detainedIn", "Orsova"},
		{"Tomas Brandt", "arrestedIn", "Lusk"},
		{"Jan Kord", "killedIn", "Dunmore"},
		{"Vireo Systems", "bannedIn", "Norland"},
		{"Ola Sund", "speakIn", "Orsova"},
		{"Lars Dahl", "speakIn", "Lusk"},
		{"Rolf Berg", "speakIn", "Dunmore"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Subject == "Piet Vale" || r.Subject == "Halden Group" || r.Predicate == "heldIn" {
			t.Errorf("unwanted %+v", r)
		}
	}
}
