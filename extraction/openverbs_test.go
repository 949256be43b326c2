package extraction

import "testing"

// TestOpenVerbsFromSCOWL: past forms that data/english-words.txt does not read as verbs
// — "pledged" and "unveiled" it lacks, "granted" it keeps without its base ("Grant" is
// a name too) — are read from data/open-verbs.txt (testdata/open-verbs-scowl, invented);
// a verb of causing a feeling (open-verbs-not) keeps no relation to the name inside its
// subject ("the advance of Vesper fighters in northern Ostmark, …, has infuriated").
func TestOpenVerbsFromSCOWL(t *testing.T) {
	x := extract(t, "open-verbs-scowl")
	for _, r := range [][3]string{
		{"Mara Lind", "pledgeSupportTo", "Tom Wade"},
		{"Halvorsen Group", "unveilDroneWith", "Kestrel Robotics"},
		{"Anna Berg", "grant", "Jens Eriksen"},
		{"Kari Nord", "host", "Lena Moss"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Object == "Brekke Motors" {
			t.Errorf("unwanted %+v", r)
		}
	}
	for w, base := range map[string]string{"unveiled": "unveil", "pledged": "pledge", "granted": "grant", "rallied": "rally", "slammed": "slam"} {
		if got := openEdVerbs[w]; got != base {
			t.Errorf("openEdVerbs[%q] = %q, want %q", w, got, base)
		}
	}
	for _, w := range []string{"hundred", "naked", "wicked"} {
		if openEdVerbs[w] != "" {
			t.Errorf("openEdVerbs[%q] = %q, want none", w, openEdVerbs[w])
		}
	}
}
