package extraction

import "testing"

// TestSaidInPlace: a person who "said in PLACE" or "told NAME in PLACE" spoke there
// (saidinplaces.go); not when the place opens what was said, nor a people's word.
func TestSaidInPlace(t *testing.T) {
	for _, c := range []struct{ body, s, o string }{
		{"“We will not wait,” Mila Stenn said in Tallinn on Thursday.", "Mila Stenn", "Tallinn"},
		{"“The plan is sound,” Ivo Brandt said in Denver, Colorado, adding that talks would go on.", "Ivo Brandt", "Denver"},
		{"Trade envoy Rolf Hagen told Reuters in Lima that the deal was close.", "Rolf Hagen", "Lima"},
	} {
		if x := extractBody(t, c.body); !hasRelation(x, c.s, "speakIn", c.o) {
			t.Errorf("%q: no %s speakIn %s: %+v", c.body, c.s, c.o, x.Relations)
		}
	}
	for _, c := range []struct{ body, s, o string }{
		{"Ada Vale said in Syria the army had taken the hills.", "Ada Vale", "Syria"},
		{"Ada Vale said in Spanish that the talks had failed.", "Ada Vale", "Spain"},
	} {
		if x := extractBody(t, c.body); hasRelation(x, c.s, "speakIn", c.o) {
			t.Errorf("%q: %s speakIn %s: %+v", c.body, c.s, c.o, x.Relations)
		}
	}
}

// TestStays: a named person who "was|is|were in PLACE" and a stay's phrase closes there
// visits it (presences.go); not a preposition's object, a stay to come after "when",
// a place that opens a noun, nor a bare surname two people of the story bear.
func TestStays(t *testing.T) {
	for _, c := range []struct{ body, s, o string }{
		{"Tomas Kord was in Oslo for a summit of energy ministers.", "Tomas Kord", "Oslo"},
		{"Officials said Lena Moss was in Quito to meet investors on Monday.", "Lena Moss", "Quito"},
		{"While Anders Velde was also in Geneva last week, the board met without him.", "Anders Velde", "Geneva"},
	} {
		if x := extractBody(t, c.body); !hasRelation(x, c.s, "visits", c.o) {
			t.Errorf("%q: no %s visits %s: %+v", c.body, c.s, c.o, x.Relations)
		}
	}
	for _, c := range []struct{ body, s, o string }{
		{"The talks with Tomas Kord were in Oslo for two days.", "Tomas Kord", "Oslo"},
		{"Aides will brief the press when Lena Moss is in Quito to meet investors.", "Lena Moss", "Quito"},
		{"Anders Velde was in Geneva police custody on Monday.", "Anders Velde", "Geneva"},
	} {
		if x := extractBody(t, c.body); hasRelation(x, c.s, "visits", c.o) {
			t.Errorf("%q: %s visits %s: %+v", c.body, c.s, c.o, x.Relations)
		}
	}
	x := extractBody(t, "Greta Holm, the coach who won eight titles, died on Tuesday, her son Erik Holm said. "+
		"Erik Holm said his mother had been ill. Holm said the family was grateful. "+
		"In 1998, while Holm was in Denver for a book tour, a rival sent flowers.")
	if hasRelation(x, "Erik Holm", "visits", "Denver") {
		t.Errorf("a bare surname two people bear: %+v", x.Relations)
	}
}

// TestDeathPlaces: "the killing|shooting|death of [description] PERSON in PLACE" says
// where the person was killed, shot or died (deathplaces.go); not a place that opens a
// noun after it.
func TestDeathPlaces(t *testing.T) {
	for _, c := range []struct{ body, s, p, o string }{
		{"Protests followed the 2014 killing of local teacher Ivo Brandt in Denver, not far from the capital.", "Ivo Brandt", "killedIn", "Denver"},
		{"Prosecutors are reviewing the police shooting of 23-year-old Mila Stenn in Tulsa, Oklahoma.", "Mila Stenn", "shotIn", "Tulsa"},
		{"Rolf Hagen was a poet, and the death of Rolf Hagen in Lima, where he taught, drew wide attention.", "Rolf Hagen", "dieIn", "Lima"},
	} {
		if x := extractBody(t, c.body); !hasRelation(x, c.s, c.p, c.o) {
			t.Errorf("%q: no %s %s %s: %+v", c.body, c.s, c.p, c.o, x.Relations)
		}
	}
	x := extractBody(t, "Lawyers questioned the death of Rolf Hagen in Denver police custody.")
	if hasRelation(x, "Rolf Hagen", "dieIn", "Denver") {
		t.Errorf("a place that opens a noun: %+v", x.Relations)
	}
}
