package extraction

import "testing"

// TestBareNounObject: a bare noun right after the verb is its object; a name after a
// preposition there is a medium, a place or another's party ("denied wrongdoing on
// Facebook"). The prepositions that bring the verb's own party still do: "blamed delays
// on X", "requested money from X".
func TestBareNounObject(t *testing.T) {
	x := extractTitled(t, "Report", "Dana Pruitt denied wrongdoing on Facebook on Friday. Mayor Tom Arlen warned investors about Norland Capital.")
	if hasRelation(x, "Dana Pruitt", "denies", "Facebook") {
		t.Errorf("denies Facebook read from a medium: %+v", x.Relations)
	}
	if hasRelation(x, "Tom Arlen", "warns", "Norland Capital") {
		t.Errorf("warns Norland Capital read past the bare object: %+v", x.Relations)
	}
	x = extractTitled(t, "Report", "Dana Pruitt blamed delays on Norland Capital on Friday.")
	if !hasRelation(x, "Dana Pruitt", "blames", "Norland Capital") {
		t.Errorf("near miss: want Dana Pruitt blames Norland Capital: %+v", x.Relations)
	}
}

// TestObjectNotInRelativeClause: the object reach stops at a relative pronoun ("blamed
// the violence on unrest in the region which made Ostmark the victim"); a name before it
// is still read.
func TestObjectNotInRelativeClause(t *testing.T) {
	x := extractTitled(t, "Report", "Tom Arlen blamed the violence on unrest in the region which he said made Ostmark the victim.")
	if hasRelation(x, "Tom Arlen", "blames", "Ostmark") {
		t.Errorf("blames Ostmark read inside a relative clause: %+v", x.Relations)
	}
	x = extractTitled(t, "Report", "Tom Arlen blamed the violence on Ostmark, which he said had armed the rebels.")
	if !hasRelation(x, "Tom Arlen", "blames", "Ostmark") {
		t.Errorf("near miss: want Tom Arlen blames Ostmark: %+v", x.Relations)
	}
}
