package extraction

import "testing"

// TestNamedKillings: a named person killed by a named person, group or body, active
// ("shot and killed Tom Vance") or passive ("was shot and killed by Carl Webb", the
// second participle sharing the first's "was"; "shot dead", "gunned down", "fatally
// shot", also as a passive with an adverb: "was fatally shot by"); not a suicide, a weapon, a charge ("those
// responsible for killing"), a pronoun inside another's reported claim, nor a condition.
func TestNamedKillings(t *testing.T) {
	x := extract(t, "named-killings")
	for _, r := range [][3]string{
		{"Ted Roe", "kills", "Tom Vance"},
		{"Carl Webb", "kills", "Dan Pell"},
		{"Jon Holt", "kills", "Ann Lee"},
		{"Lisa Grey", "kills", "Amy Cole"},
		{"Sara Wynn", "killedIn", "Pueblo"},
		{"Dylan Pierson", "kills", "Claire Davis"},
		{"Ed Hale", "kills", "Ben Ross"},
		{"John Salamoni", "kills", "Alton Sterling"},
		{"Michael Slager", "kills", "Walter Scott"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range [][3]string{
		{"Dan Pell", "kills", "Carl Webb"},
		{"Jim Bard", "kills", "Sam Dale"},
		{"Nick Moss", "kills", "Will Hart"},
		{"AK-47", "kills", "Gary Pike"},
		{"Jane Field", "kills", "Paul Snow"},
		{"Kate Frost", "kills", "Lucy Park"},
		{"Bob Crane", "kills", "Mark Ruiz"},
	} {
		if hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("unwanted %s %s %s", r[0], r[1], r[2])
		}
	}
}
