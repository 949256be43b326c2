package extraction

import "testing"

// TestPhrasalOwners: a phrasal verb of stance ("took aim at", "lashed out at", "brushed
// off", "pushed back against") or a raid on premises ("raided X's offices", "searched X's
// home") acts on the owner of its possessed object (phrasalowners.go); an owned person or
// role, and owned things that are no premises, give nothing. "called out" and "went
// after" are read before a plain name too; "called X a failure" is no act on X.
func TestPhrasalOwners(t *testing.T) {
	x := extract(t, "phrasal-owners")
	for _, r := range [][3]string{
		{"Ann Harlow", "takeAimAt", "Brenmoor Energy"},
		{"Tom Reed", "lashOutAt", "Lina Vask"},
		{"Mara Stein", "brushOff", "Owen Pratt"},
		{"Kara Moss", "pushBackAgainst", "Talos Group"},
		{"Kessel Police", "search", "Piet Varga"},
		{"Ida Lund", "callOut", "Halden Bank"},
		{"Tom Reed", "goAfter", "Quill Media"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		switch {
		case r.Object == "Jan Berger", r.Object == "Quill Media" && r.Predicate == "raid", r.Object == "Dunmore Holdings":
			t.Errorf("unwanted %+v", r)
		}
	}
}
