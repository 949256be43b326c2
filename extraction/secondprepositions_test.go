package extraction

import "testing"

// TestSecondPrepositionObjects: the name behind a second preposition, after the first
// one's short noun phrase, is the open verb's object; not after "to" and a verb, "for",
// a person noun, "of" or "between", nor under a pronoun "they".
func TestSecondPrepositionObjects(t *testing.T) {
	x := extractBody(t, "Tom Wade spoke at a news conference with Mara Lind on Monday. "+
		"Ida Moss moved to the area from Ashmoor in 2003. "+
		"Kestrel Labs agreed to allow access to Dunmore. "+
		"Ida Moss called for a ban on Birch Energy. "+
		"Refugees kept arriving, and they moved from border towns to Dunmore. "+
		"Tom Wade met at the home of Mara Lind.")
	for _, r := range [][3]string{
		{"Tom Wade", "speakWith", "Mara Lind"},
		{"Ida Moss", "moveFrom", "Ashmoor"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		switch r.Predicate {
		case "agreeTo", "callOn", "moveTo", "meetOf", "agreeFor":
			t.Errorf("unexpected %s %s %s", r.Subject, r.Predicate, r.Object)
		}
	}
}

// TestPersonVerbsInS: a word in -s right after a person's name, before a preposition and a
// name, is the person's verb; after a place's name it stays a noun ("Velland interests in").
func TestPersonVerbsInS(t *testing.T) {
	x := extractBody(t, "Mara Lind works with Kestrel Labs on batteries. "+
		"Tom Wade lives in Ashmoor with his family. "+
		"Velland interests in Dunmore grew last year.")
	for _, r := range [][3]string{
		{"Mara Lind", "workWith", "Kestrel Labs"},
		{"Tom Wade", "liveIn", "Ashmoor"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Object == "Dunmore" && r.Predicate != "locatedIn" {
			t.Errorf("unexpected %s %s %s", r.Subject, r.Predicate, r.Object)
		}
	}
}
