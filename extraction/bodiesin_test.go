package extraction

import "testing"

// TestBodiesInPlaces: a body's name with "in PLACE" after it, in a phrase a preposition
// or a kind opens, has the body operate in the place, the place after "and" too; not
// after a verb, not a news outlet after "with", not before a court, not a party; after
// a body's possessive, a noun of its presence ("country director"), not any noun ("help").
func TestBodiesInPlaces(t *testing.T) {
	x := extractBody(t, "A spokesman for Vesper Holdings in Dayton said on Friday that the plant would close next year. "+
		"The coalition against Tarvel Front in Norland and Ostmark has grown in recent months, officials said on Tuesday. "+
		"Drivers who worked for Kestrel Rides in Norway would have been owed about $126 million, court papers show. "+
		"Speaking in an interview with Reuters in Karvo on Monday, Lund said the talks had failed. "+
		"The foundation sued Brant Securities in Oslo federal court on Tuesday, seeking records. "+
		"Republicans in Ohio voted on Tuesday to approve the measure, which the governor opposes. "+
		"\"We are ready,\" said Jon Berg, Kestrel Foods's country director in Ostmark. "+
		"Vesper Group's help in Oslo was not needed, the police said on Friday.")
	wantRelations(t, x, [][3]string{
		{"Vesper Holdings", "operatesIn", "Dayton"},
		{"Tarvel Front", "operatesIn", "Norland"},
		{"Tarvel Front", "operatesIn", "Ostmark"},
		{"Kestrel Rides", "operatesIn", "Norway"},
		{"Kestrel Foods", "operatesIn", "Ostmark"},
	})
	for _, r := range x.Relations {
		switch {
		case r.Subject == "Reuters" && r.Object == "Karvo":
			t.Errorf("unwanted %+v: where the interview was", r)
		case r.Subject == "Brant Securities" && r.Object == "Oslo":
			t.Errorf("unwanted %+v: where the court sits", r)
		case r.Subject == "Vesper Group" && r.Object == "Oslo":
			t.Errorf("unwanted %+v: help is no presence", r)
		case r.Subject == "Republicans":
			t.Errorf("unwanted %+v: a party's members", r)
		}
	}
}

// TestTownStateBased: "Town, State-based NAME" puts the body in the town as well as the
// state; a state alone before "-based" names no town.
func TestTownStateBased(t *testing.T) {
	x := extractBody(t, "Confidence in Dunmore, California-based Vesper Systems Inc was shaken after it posted a decline in sales. "+
		"California-based Kestrel Labs Inc said on Tuesday that it would hire 200 engineers.")
	wantRelations(t, x, [][3]string{
		{"Vesper Systems Inc", "locatedIn", "California"},
		{"Vesper Systems Inc", "locatedIn", "Dunmore"},
		{"Kestrel Labs Inc", "locatedIn", "California"},
	})
	for _, r := range x.Relations {
		if r.Subject == "Kestrel Labs Inc" && r.Object != "California" {
			t.Errorf("unwanted %+v: no town before the state", r)
		}
	}
}

// TestKindDescribedObjects: a verb that takes its object right after it reaches a body's
// name past a kind and the words before it ("owns popular dating app Zinder", "joined the
// law firm Brant & Holm LLP"); not a name before a possessive.
func TestKindDescribedObjects(t *testing.T) {
	x := extractBody(t, "Vesper Group, which owns popular dating app Zinder, said on Tuesday it would spin off the unit. "+
		"Ann Lund, who last week joined the law firm Brant & Holm LLP, declined to comment. "+
		"Kestrel Corp owns the software company Tarvo Labs's largest rival, analysts said on Monday.")
	wantRelations(t, x, [][3]string{
		{"Vesper Group", "owns", "Zinder"},
		{"Ann Lund", "joins", "Brant & Holm LLP"},
	})
	for _, r := range x.Relations {
		if r.Subject == "Kestrel Corp" && r.Object == "Tarvo Labs" {
			t.Errorf("unwanted %+v: the rival is owned, not the company", r)
		}
	}
}

// TestPronounAndKindSubjects: "It" opening a sentence, and "The company" (a kind after
// "the"), are the subject of a verb in -s ("It owns a stake in", "The company competes
// with"), as of other verbs; not "the territory it controls in Iraq" (a relative clause)
// nor "the bank attacks was" (a noun).
func TestPronounAndKindSubjects(t *testing.T) {
	for _, c := range []struct {
		body string
		want [3]string
	}{
		{"Vesper Group said on Tuesday it would cut 200 jobs in Norway as demand fell.\n\nIt owns a stake in Tarvo Labs and employs 9,000 people.", [3]string{"Vesper Group", "investsIn", "Tarvo Labs"}},
		{"Vesper Group said on Tuesday it would cut 200 jobs in Norway as demand fell.\n\nThe company competes with Kelvar Energy and employs 9,000 people.", [3]string{"Vesper Group", "rivalOf", "Kelvar Energy"}},
	} {
		x := extractBody(t, c.body)
		wantRelations(t, x, [][3]string{c.want})
	}
	x := extractBody(t, "Kelvar Front is a threat because of the territory it controls in Norland and Ostmark, officials said on Monday.")
	for _, r := range x.Relations {
		if r.Predicate == "controls" {
			t.Errorf("unwanted %+v: the territory is controlled, not the country", r)
		}
	}
}

// TestDescribedAsideSpeakers: a person's name set off by commas after a noun phrase
// that describes them is the subject of the verb after it ("A Norland rebel commander,
// Ida Lund, told", "Norland's oil envoy, Per Moe, told", "But one of them, Ann Berg,
// told"); "tells" an outlet by call letters with a hyphen ("tells WXYZ-TV"); not after a
// place ("In Oslo, Tor Dahl, told").
func TestDescribedAsideSpeakers(t *testing.T) {
	x := extractBody(t, "A Norland rebel commander, Ida Lund, told Reuters that shelling killed 29 fighters near the border. "+
		"Norland's oil envoy, Per Moe, told the Daily Courier that the talks had failed on Monday. "+
		"But one of them, Ann Berg, told USA Today that her claim was valid. "+
		"Kari Holm tells WXYZ-TV that her farm suffered extensive damage on Wednesday. "+
		"In Oslo, Tor Dahl, told Reuters that the talks had failed.")
	wantRelations(t, x, [][3]string{
		{"Ida Lund", "told", "Reuters"},
		{"Per Moe", "told", "Daily Courier"},
		{"Ann Berg", "told", "USA Today"},
		{"Kari Holm", "told", "WXYZ-TV"},
	})
	if hasRelation(x, "Tor Dahl", "told", "Reuters") || hasRelation(x, "Tor Dahl", "spokeTo", "Reuters") || hasRelation(x, "Tor Dahl", "interviewedBy", "Reuters") {
		t.Errorf("Tor Dahl spokeTo Reuters: want none (a place opens the phrase)")
	}
}
