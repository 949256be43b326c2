package extraction

import "testing"

// TestPossessedObjects: a verb of stance or harm whose object a name owns acts on the
// owner ("questioned Brenmoor Energy's motives"); a verb of buying or ruling does not
// ("bought Halden Bank's insurance unit", "overturned Jan Berger's conviction"), nor does
// one whose owned noun is a person ("attacked Owen Pratt's father"). A relative clause
// after "NAME of BODY in PLACE" describes the person, not the place.
func TestPossessedObjects(t *testing.T) {
	x := extract(t, "possessed-objects")
	for _, r := range [][3]string{
		{"Ann Harlow", "question", "Brenmoor Energy"},
		{"Tom Reed", "attacks", "Lina Vask"},
		{"Sweden", "sabotage", "Ostmark"},
		{"Vestria", "sabotage", "Ostmark"},
		{"Ida Lund", "welcome", "Piet Varga"},
		{"Kara Moss", "defend", "Talos Group"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		switch {
		case r.Object == "Halden Bank", r.Object == "Owen Pratt", r.Object == "Jan Berger",
			r.Subject == "Dunmore" && r.Object == "Piet Varga":
			t.Errorf("unwanted %+v", r)
		}
	}
}
