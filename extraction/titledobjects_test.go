package extraction

import "testing"

// TestTitledObjects: a verb acts on the person a title names, not on the place, body or
// nationality that owns the title ("met with Norwegian Prime Minister Jan Kord",
// "endorsed Texas Governor Tomas Brandt", "by former Ohio Governor Ola Sund", "spoke by
// phone with Swedish Foreign Minister Petra Vik"); a time phrase before "with" is no
// object ("will meet on Thursday with"); a game's score after a side ends no name
// ("beat the Halden Hawks 27-23"). A possessed victory or win over a side, or defeat of
// it, wins ("Jan Kord's narrow victory over Tomas Brandt"), but not after "its".
func TestTitledObjects(t *testing.T) {
	x := extract(t, "titled-objects")
	for _, r := range [][3]string{
		{"Mara Lind", "meets", "Jan Kord"},
		{"Mara Lind", "endorses", "Tomas Brandt"},
		{"Mara Lind", "thank", "Hanna Ek"},
		{"Ola Sund", "supports", "Tarn Party"},
		{"Rolf Berg", "spokeTo", "Petra Vik"},
		{"Rolf Berg", "meets", "Jens Holm"},
		{"Karstad Kings", "beat", "Halden Hawks"},
		{"Jan Kord", "wins", "Tomas Brandt"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Subject == "Mara Lind" && (r.Object == "Texas" || r.Object == "Norway" || r.Object == "Velland Bank") {
			t.Errorf("unwanted %+v: the title's owner is no object", r)
		}
		if r.Predicate == "wins" && r.Object == "Halden Hawks" {
			t.Errorf("unwanted %+v: \"its\" before a victory names no side", r)
		}
	}
}
