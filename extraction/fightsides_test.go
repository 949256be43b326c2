package extraction

import "testing"

// TestFightSides: a fight with no foe names where or beside whom it was fought (open
// fightIn, fightAlongside, fightFor), never from a denied fight nor a name that only
// modifies a noun; and an object followed by how often ("three times", "twice") is
// still the verb's object.
func TestFightSides(t *testing.T) {
	x := extract(t, "fight-sides")
	for _, r := range [][3]string{
		{"Hezbollah", "fightIn", "Aleppo"},
		{"Kestrel Brigade", "fightAlongside", "Syrian government forces"},
		{"Jon Pell", "fightFor", "Islamic State"},
		{"Dan Moss", "shoot", "Carl Webb"},
		{"Ted Roe", "stab", "Amy Cole"},
		{"Nick Ames", "visits", "Will Hart"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range [][3]string{
		{"Hezbollah", "fightIn", "Homs"},
		{"Mara Lind", "fightIn", "Iowa"},
		{"Jon Pell", "fightIn", "Syria"},
	} {
		if hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("unwanted %s %s %s", r[0], r[1], r[2])
		}
	}
}
