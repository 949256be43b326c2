package extraction

import "testing"

// TestPossessedWork: a person's possessive before a work named with a work's noun makes
// the person its creator ("Mara Lind's novel The Salt Orchard", "Tomas Varga's 1998 film
// Quiet Lanterns", "Anna Lund's The Glass Tide album"); a measure before "film" is no year, and
// a firm's possessive leaves the work to productOf.
func TestPossessedWork(t *testing.T) {
	x := extractBody(t, "Critics praised Mara Lind's novel The Salt Orchard when it came out in Oslo.")
	if !hasRelation(x, "Mara Lind", "creatorOf", "The Salt Orchard") {
		t.Errorf("no Mara Lind creatorOf The Salt Orchard: %+v", x.Relations)
	}
	x = extractBody(t, "The scene recalls Tomas Varga's 1998 film, Quiet Lanterns, which few people saw.")
	if !hasRelation(x, "Tomas Varga", "creatorOf", "Quiet Lanterns") {
		t.Errorf("no Tomas Varga creatorOf Quiet Lanterns: %+v", x.Relations)
	}
	x = extractBody(t, "Fans lined up for Anna Lund's The Glass Tide album on Friday.")
	if !hasRelation(x, "Anna Lund", "creatorOf", "The Glass Tide") {
		t.Errorf("no Anna Lund creatorOf The Glass Tide: %+v", x.Relations)
	}
	x = extractBody(t, "We read Petra Holm's The Winter Ledger, the second book in her trilogy.")
	if !hasRelation(x, "Petra Holm", "creatorOf", "The Winter Ledger") {
		t.Errorf("no Petra Holm creatorOf The Winter Ledger: %+v", x.Relations)
	}
	x = extractBody(t, "Collectors want Anna Lund's 35mm film Kestrel-X cameras from 1962.")
	for _, r := range x.Relations {
		if r.Predicate == "creatorOf" {
			t.Errorf("a camera's film is no work: %+v", r)
		}
	}
}

// TestMadeWorks: an aside after a work's name that names its maker, "WORK, directed by
// PERSON" or "WORK, a new novel by PERSON", makes the person its creator.
func TestMadeWorks(t *testing.T) {
	x := extractBody(t, "The festival opens with The Quiet Lanterns, directed by Tomas Varga, on Friday.")
	if !hasRelation(x, "Tomas Varga", "creatorOf", "The Quiet Lanterns") {
		t.Errorf("no Tomas Varga creatorOf The Quiet Lanterns: %+v", x.Relations)
	}
	x = extractBody(t, "Readers queued for The Salt Orchard, a new novel by Mara Lind, in Oslo.")
	if !hasRelation(x, "Mara Lind", "creatorOf", "The Salt Orchard") {
		t.Errorf("no Mara Lind creatorOf The Salt Orchard: %+v", x.Relations)
	}
}

// TestCreatorVerb: a person who directed a work typed Other is its creatorOf, not the open
// "direct"; one who directs an agency keeps its own reading.
func TestCreatorVerb(t *testing.T) {
	x := extractBody(t, "Tomas Varga directed The Quiet Lanterns in a fishing village near Bergen.")
	if !hasRelation(x, "Tomas Varga", "creatorOf", "The Quiet Lanterns") {
		t.Errorf("no Tomas Varga creatorOf The Quiet Lanterns: %+v", x.Relations)
	}
}
