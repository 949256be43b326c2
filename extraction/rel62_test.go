package extraction

import "testing"

// TestCountedPlaces (rel62): after an agentless passive, "in" a count of places and the
// places that follow it ("is played in 44 states, Guam and Puerto Rico", "is banned in
// five countries, including Norland and Ostmark") gives the passive's place for each one
// named; a list after a single place is not read so ("was arrested in Orsova, Lusk police
// said"), nor a count with no place after it.
func TestCountedPlaces(t *testing.T) {
	x := extractBody(t, "Lotto Max is played in 44 states, as well as Guam, Puerto Rico and the U.S. Virgin Islands. "+
		"Vireo Systems has been banned in five countries, including Norland and Ostmark.")
	for _, r := range [][3]string{
		{"Lotto Max", "playedIn", "Guam"},
		{"Lotto Max", "playedIn", "Puerto Rico"},
		{"Lotto Max", "playedIn", "U.S. Virgin Islands"},
		{"Vireo Systems", "bannedIn", "Norland"},
		{"Vireo Systems", "bannedIn", "Ostmark"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	x = extractBody(t, "Vireo Systems has been banned in five countries. Norland and Ostmark are weighing a ban.")
	for _, r := range x.Relations {
		if r.Predicate == "bannedIn" {
			t.Errorf("unwanted %+v", r)
		}
	}
}

// TestSitesInTowns (rel62): a site's name with one of the relation stage's site heads
// ("Aquarium", "Laboratory", "High") or a business's name after a compound modifier
// ("the Vale-owned") or two lower-case modifiers ("the gay nightclub") is located in the
// town "in" names after it; after the modifiers not in a country ("in Germany": where the
// body works, not its seat).
func TestSitesInTowns(t *testing.T) {
	for _, c := range []struct{ body, subj, obj string }{
		{"The video was recorded by a camera at the Vale-owned Korsa Club in Lusk, where Vale later spoke.", "Korsa Club", "Lusk"},
		{"The shooting last month at the gay nightclub Velvet in Lusk shocked the town.", "Velvet", "Lusk"},
		{"An octopus escaped from the Ostburg Aquarium in Lusk last year.", "Ostburg Aquarium", "Lusk"},
		{"She was a student at Los Olmos High in Dunmore.", "Los Olmos High", "Dunmore"},
	} {
		if x := extractBody(t, c.body); !hasRelation(x, c.subj, "locatedIn", c.obj) {
			t.Errorf("%q: no %s locatedIn %s: %+v", c.body, c.subj, c.obj, x.Relations)
		}
	}
	x := extractBody(t, "The shooting last month at the gay nightclub Velvet in Germany shocked the town.")
	if hasRelation(x, "Velvet", "locatedIn", "Germany") {
		t.Errorf("unwanted Velvet locatedIn Germany: %+v", x.Relations)
	}
}

// TestPossessivePresence (rel62): "BODY's PLACE NOUN" with a noun of the body's presence
// ("Acme's China unit", "Acme's Brazil managing director") gives operatesIn, and a site
// noun after a lower-case word before the place ("Acme's new Denver headquarters") gives
// hasFacilityIn; a person's possessive or a nationality before a noun of people does not.
func TestPossessivePresence(t *testing.T) {
	for _, c := range []struct{ body, subj, pred, obj string }{
		{"Analysts said Quillon Corp's China unit was valued at $7 billion.", "Quillon Corp", "operatesIn", "China"},
		{"Quillon Corp's Brazil managing director, Ana Lima, said on Friday she is stepping down.", "Quillon Corp", "operatesIn", "Brazil"},
		{"Protesters gathered outside Quillon Corp's new Denver headquarters on Monday.", "Quillon Corp", "hasFacilityIn", "Denver"},
	} {
		if x := extractBody(t, c.body); !hasRelation(x, c.subj, c.pred, c.obj) {
			t.Errorf("%q: no %s %s %s: %+v", c.body, c.subj, c.pred, c.obj, x.Relations)
		}
	}
	x := extractBody(t, "Mara Lind's China unit was sold. Quillon Corp's North Korean workers went home.")
	for _, r := range x.Relations {
		if r.Predicate == "operatesIn" {
			t.Errorf("unwanted %+v", r)
		}
	}
}

// TestNearBorder (rel62): "X near the DEMONYM border" and "X near COUNTRY's border" put
// place X near the country; its capital or its coast does not.
func TestNearBorder(t *testing.T) {
	for _, body := range []string{
		"Food was handed out in the town of Kelvar near the Turkish border on Monday.",
		"Food was handed out in the town of Kelvar near Turkey's border on Monday.",
	} {
		if x := extractBody(t, body); !hasRelation(x, "Kelvar", "locatedNear", "Turkey") {
			t.Errorf("%q: no Kelvar locatedNear Turkey: %+v", body, x.Relations)
		}
	}
	for _, body := range []string{
		"Food was handed out in the town of Kelvar near Turkey's capital on Monday.",
		"Food was handed out in the town of Kelvar near the Turkish coast on Monday.",
	} {
		if x := extractBody(t, body); hasRelation(x, "Kelvar", "locatedNear", "Turkey") {
			t.Errorf("%q: unwanted Kelvar locatedNear Turkey: %+v", body, x.Relations)
		}
	}
}

// TestDescribedBodiesIn (rel62): a body's appositive description ending in its kind, then
// "in" and a place, locates the body there ("Fathom Labs, a design and software
// consultancy in Boston"); not after a superlative ("the largest … in Boston": a market it
// leads) nor before a possessive ("in Boston's suburbs").
func TestDescribedBodiesIn(t *testing.T) {
	x := extractBody(t, "Ben Fry is a principal of Fathom Labs, a design and software consultancy in Boston.")
	if !hasRelation(x, "Fathom Labs", "locatedIn", "Boston") {
		t.Errorf("no Fathom Labs locatedIn Boston: %+v", x.Relations)
	}
	for _, body := range []string{
		"Ben Fry is a principal of Fathom Labs, the largest software consultancy in Boston.",
		"Ben Fry is a principal of Fathom Labs, a software consultancy in Boston's suburbs.",
	} {
		if x := extractBody(t, body); hasRelation(x, "Fathom Labs", "locatedIn", "Boston") {
			t.Errorf("%q: unwanted Fathom Labs locatedIn Boston: %+v", body, x.Relations)
		}
	}
}
