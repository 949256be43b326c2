package extraction

import "testing"

// TestAgedDescriptions: an age opening the description after a person's name does not
// hide the place it gives: a town before a trade (apposedtrades.go, residentOf), a
// country or its people's word before "citizen" or alone (citizens.go,
// apposednationality.go, citizenOf); a trade of practiceNouns ("engineer", "office
// worker") is read as the others are; "is a PLACE native" as ", a PLACE native"
// (modifiers.go personsPlace); an ambassador "to" a country keeps the nationality.
func TestAgedDescriptions(t *testing.T) {
	for _, c := range []struct{ body, s, p, o string }{
		{"“We waited all night,” said Mara Quell, a 41-year-old Denver engineer.", "Mara Quell", "residentOf", "Denver"},
		{"Ivo Tamm, a 33-year-old Denver office worker, joined the march.", "Ivo Tamm", "residentOf", "Denver"},
		{"Lena Ostrova, a Denver engineer, filed the complaint.", "Lena Ostrova", "residentOf", "Denver"},
		{"Tomas Reyes, a 33-year-old U.S. citizen, was charged on Monday.", "Tomas Reyes", "citizenOf", "United States"},
		{"Karl Umber, a 52-year-old Canadian who lives abroad, spoke first.", "Karl Umber", "citizenOf", "Canada"},
		{"Ana Ruiz, a 38-year-old French lawyer who lives in Spain, spoke first.", "Ana Ruiz", "citizenOf", "France"},
		{"Dora Plum is a Chicago native who studied law in Boston.", "Dora Plum", "nativeOf", "Chicago"},
		{"Piet Lorne, a former Belgian ambassador to the United Nations, spoke first.", "Piet Lorne", "citizenOf", "Belgium"},
	} {
		if x := extractBody(t, c.body); !hasRelation(x, c.s, c.p, c.o) {
			t.Errorf("%q: no %s %s %s: %+v", c.body, c.s, c.p, c.o, x.Relations)
		}
	}
	for _, c := range []struct{ body, s, p, o string }{
		{"Mara Quell, a 41-year-old former Denver engineer, filed the complaint.", "Mara Quell", "residentOf", "Denver"},
		{"Tomas Reyes, a 33-year-old U.S. national security aide, was charged.", "Tomas Reyes", "citizenOf", "United States"},
		{"Dora Plum is a Chicago native plant expert.", "Dora Plum", "nativeOf", "Chicago"},
	} {
		if x := extractBody(t, c.body); hasRelation(x, c.s, c.p, c.o) {
			t.Errorf("%q: %s %s %s: %+v", c.body, c.s, c.p, c.o, x.Relations)
		}
	}
}

// TestDeedPlaces: an active verb of a deed done to a named person, then "in PLACE", says
// where it was done (deedplaces.go); not through a function word (a companion, a
// neighbour), not a place that opens a noun, and no meeting.
func TestDeedPlaces(t *testing.T) {
	for _, c := range []struct{ body, s, p, o string }{
		{"Officers killed suspect Ivo Brandt in Denver early on Friday.", "Ivo Brandt", "killedIn", "Denver"},
		{"Federal agents arrested Mila Stenn in Tulsa on Wednesday morning.", "Mila Stenn", "arrestedIn", "Tulsa"},
		{"Premier Ola Holt hosted senator Rolf Hagen in Lima last year.", "Rolf Hagen", "visits", "Lima"},
	} {
		if x := extractBody(t, c.body); !hasRelation(x, c.s, c.p, c.o) {
			t.Errorf("%q: no %s %s %s: %+v", c.body, c.s, c.p, c.o, x.Relations)
		}
	}
	for _, c := range []struct{ body, s, p, o string }{
		{"Police arrested a second man with Mila Stenn in Tulsa on Wednesday.", "Mila Stenn", "arrestedIn", "Tulsa"},
		{"Premier Ola Holt met senator Rolf Hagen in Lima last year.", "Rolf Hagen", "visits", "Lima"},
		{"Officers killed suspect Ivo Brandt in Denver police custody, lawyers say.", "Ivo Brandt", "killedIn", "Denver"},
	} {
		if x := extractBody(t, c.body); hasRelation(x, c.s, c.p, c.o) {
			t.Errorf("%q: %s %s %s: %+v", c.body, c.s, c.p, c.o, x.Relations)
		}
	}
}
