package extraction

import (
	"slices"
	"strings"
	"testing"

	"github.com/factgraph/kg"
)

// Table tests over the invented reports of testdata/: each row names what an analyst
// reads in one report and checks the extraction says the same.

func extract(t *testing.T, name string) *kg.Extraction {
	t.Helper()
	return mustExtract(t, readInput(t, "testdata/"+name+".input"))
}

// quoteSpeakers maps each quote of testdata/NAME.input to its speaker.
func quoteSpeakers(t *testing.T, name string) map[string]string {
	t.Helper()
	got := map[string]string{}
	for _, q := range extract(t, name).Quotes {
		got[q.Text] = q.Speaker
	}
	return got
}

// wantSpeakers checks that every quote of want is in got (quoteSpeakers) with its
// speaker.
func wantSpeakers(t *testing.T, got, want map[string]string) {
	t.Helper()
	wantByText(t, "quote", "speaker", got, want)
}

// wantByText checks that every item (a quote, a figure) of want, keyed by its text, is
// in got with the field's value want gives it.
func wantByText(t *testing.T, item, field string, got, want map[string]string) {
	t.Helper()
	for text, value := range want {
		v, ok := got[text]
		if !ok {
			t.Errorf("no %s %q in %v", item, text, got)
			continue
		}
		if v != value {
			t.Errorf("%s of %q = %q, want %q (all: %v)", field, text, v, value, got)
		}
	}
}

func TestMainEventDateAndPlace(t *testing.T) {
	tests := []struct {
		input, date, place string
	}{
		{"event-date-weekday", "2016-02-06", ""},    // "Saturday" read on Sunday 7 Feb
		{"event-date-local-time", "2016-02-06", ""}, // "4 a.m. local time Saturday" published Friday
		{"event-place-passing", "2016-02-06", "Mirko"},
		{"other-events", "2016-03-19", "Istanbul"},
		{"coordinated-figures", "2016-02-06", "Karvo"}, // "Saturday's blast"
	}
	for _, tt := range tests {
		t.Run(tt.input, func(t *testing.T) {
			x := extract(t, tt.input)
			if len(x.Events) == 0 || !x.Events[0].Main {
				t.Fatalf("no main event: %+v", x.Events)
			}
			ev := x.Events[0]
			if ev.Date != tt.date {
				t.Errorf("date = %q, want %q", ev.Date, tt.date)
			}
			if tt.place != "" && ev.Place != tt.place {
				t.Errorf("place = %q, want %q (not a region named in passing)", ev.Place, tt.place)
			}
		})
	}
}

// eventOfFigure returns the event of the figure with measure and value, or nil.
func eventOfFigure(x *kg.Extraction, measure string, v float64) *kg.Event {
	f := findFigure(x, measure, v)
	if f == nil || f.Event < 0 {
		return nil
	}
	return &x.Events[f.Event]
}

func TestFiguresOfOtherEvents(t *testing.T) {
	x := extract(t, "other-events")
	tests := []struct {
		value             float64
		main              bool
		place, date, what string
	}{
		{5, true, "Istanbul", "2016-03-19", "the article's bombing"},
		{37, false, "Ankara", "2016-03", "a suicide car bombing in the capital Ankara this month"},
		{29, false, "Ankara", "2016-02", "a similar bombing in Ankara last month"},
		{10, false, "Istanbul", "2016-01", "In January, a suicide bomber killed"},
		{17000, false, "", "1999", "a major earthquake in 1999"},
	}
	for _, tt := range tests {
		t.Run(tt.what, func(t *testing.T) {
			ev := eventOfFigure(x, "killed", tt.value)
			if ev == nil {
				t.Fatalf("killed %v has no event: %+v", tt.value, x.Figures)
			}
			if ev.Main != tt.main || ev.Date != tt.date || tt.place != "" && ev.Place != tt.place {
				t.Errorf("event = %s (main %v), want %s %s (main %v)", ev.Label(), ev.Main, tt.place, tt.date, tt.main)
			}
		})
	}
	// a month's total of another kind is no event's
	if f := findFigure(x, "killed", 250); f == nil || f.Event != -1 {
		t.Errorf("'more than 250 migrants have drowned already this month' = %+v, want killed with no event", f)
	}
}

func TestMeasures(t *testing.T) {
	tests := []struct {
		input   string
		value   float64
		measure string
		scope   string
	}{
		{"hospital-missing", 80, "injured", ""},               // taken to hospital
		{"hospital-missing", 20, "hospitalized", ""},          // still in hospital
		{"hospital-missing", 60, "missing", ""},               // trapped in the rubble
		{"hospital-missing", 70, "missing", ""},               // unaccounted for
		{"hospital-missing", 10, "missing", ""},               // buried under the debris
		{"coordinated-figures", 1200, "killed", "background"}, // another event's toll, in passing
		{"coordinated-figures", 9000, "injured", "background"},
		{"coordinated-figures", 2, "killed", ""}, // two dead and 14 wounded
		{"coordinated-figures", 14, "injured", ""},
		{"buildings-and-generic-counts", 9, "buildings collapsed", ""}, // buildings in nine other locations
		{"buildings-and-generic-counts", 5, "buildings tilting", ""},   // and five were left tilting
		{"buildings-and-generic-counts", 2e6, "population", ""},        // the city of 2 million people
		{"buildings-and-generic-counts", 68000, "households without power", ""},
		{"buildings-and-generic-counts", 40000, "households without water", ""},
		{"buildings-and-generic-counts", 150, "residents", ""}, // people lived there
		{"aftershocks", 6, "magnitude", ""},
		{"aftershocks", 3.8, "aftershock magnitude", ""},
		{"aftershocks", 4.6, "aftershock magnitude", ""},
		{"not-figures", 4, "arrested", ""}, // taken into custody four of the five suspects
		// parts of a toll are scopes of the toll, not read against the whole
		{"toll-parts", 40, "injured", ""},
		{"toll-parts", 9, "injured", "status: serious condition"},
		{"toll-parts", 15, "injured", "group: foreigners"},
		{"toll-parts", 6, "killed", "group: children"},
		{"toll-parts", 2, "injured", "group: citizens"}, // "two of its citizens were hurt": a group of people
	}
	for _, tt := range tests {
		t.Run(tt.input+"/"+tt.measure+"/"+tt.scope, func(t *testing.T) {
			x := extract(t, tt.input)
			f := findFigure(x, tt.measure, tt.value)
			if f == nil {
				t.Fatalf("no %s %v in %+v", tt.measure, tt.value, x.Figures)
			}
			if f.Scope.String() != tt.scope {
				t.Errorf("%s %v: scope %q, want %q", tt.measure, tt.value, f.Scope.String(), tt.scope)
			}
		})
	}
	x := extract(t, "buildings-and-generic-counts")
	for _, f := range x.Figures {
		// "about 300 people watched the rescue" is a count of people (peoplecounts.go);
		// "nine other locations" with nothing said of them is none
		if f.Value == 300 && f.Measure != "people" || f.Measure == "locations" {
			t.Errorf("a count with nothing said of it: %+v", f)
		}
	}
	if findFigure(x, "people", 300) == nil {
		t.Errorf("no count of 300 people: %+v", x.Figures)
	}
	if f := findFigure(x, "aftershock magnitude", 3.8); f != nil && f.Qualifier != kg.AtLeast {
		t.Errorf("'3.8-magnitude or more' qualifier = %q, want at least", f.Qualifier)
	}
}

func TestNotFigures(t *testing.T) {
	x := extract(t, "not-figures")
	for _, f := range x.Figures {
		switch f.Value {
		case 14, 15, 17, 13: // ages
		case 3.5, 10, 11: // version, Windows 10, May 11
		case 2015, 2030: // years
		case 19300, 54: // the same distance and temperature again in other units
		case 12000: // a distance that is no depth
		case 6: // "6 victims were counted twice": why a toll was corrected
		case 2, 3: // "Two sources familiar with the case said", "three other sources": informants
		case 1, 7: // "their #1 choice", "their #7 choice": ranks
		default:
			if f.Value == 4 && f.Measure != "arrested" || f.Value == 5 && !strings.Contains(x.Sentences[f.Sentence].Text, "four of the five") {
				t.Errorf("not a figure: %+v", f) // the 4-4 score, "the five suspects" again (the whole of "four of the five suspects" is one)
			}
			continue
		}
		t.Errorf("not a figure: %+v", f)
	}
	if f := findFigure(x, "vehicles", 24); f == nil || f.Qualifier != kg.About {
		t.Errorf("'two dozen or so vehicles' = %+v, want about 24 vehicles", f)
	}
	if f := findFigure(x, "temperature", 12); f == nil || f.Unit != "celsius" {
		t.Errorf("temperature = %+v, want 12 celsius", f)
	}
}

func TestSources(t *testing.T) {
	x := extract(t, "source-agreement")
	tests := []struct {
		value  float64
		source string
	}{
		{3, "authorities"},           // "Authorities said", no stray article
		{12, "government officials"}, // plural: no article
		{40, "state television"},     // the text's own words
		{20, "a fire brigade official"},
		{10, "Syrian Observatory for Human Rights"}, // not the activists of the "while" clause
	}
	for _, tt := range tests {
		t.Run(tt.source, func(t *testing.T) {
			for _, f := range x.Figures {
				if f.Value == tt.value {
					if f.Source != tt.source {
						t.Errorf("source of %v = %q, want %q", tt.value, f.Source, tt.source)
					}
					return
				}
			}
			t.Errorf("no figure %v in %+v", tt.value, x.Figures)
		})
	}
}

func TestCreditLines(t *testing.T) {
	x := extract(t, "credit-lines")
	people := map[string]bool{}
	for _, e := range x.Entities {
		if e.Type == kg.Person {
			people[e.Name] = true
		}
	}
	for _, name := range []string{"Ashley Ponte", "Dita Alanis", "Jan Ruzicka", "Petr Dvorak", "Karel Brun"} {
		if !people[name] {
			t.Errorf("credited person %q missing from %v", name, people)
		}
	}
	for _, f := range x.Figures {
		if strings.Contains(x.Sentences[f.Sentence].Text, "reporting by") || strings.Contains(x.Sentences[f.Sentence].Text, "Getty") {
			t.Errorf("figure from a credit line: %+v", f)
		}
	}
	// A photo credit names its photographer's outlet (photocredits.go); nothing else of
	// the credit lines is a relation.
	others := 0
	for _, r := range x.Relations {
		if r.Predicate != "photographerOf" {
			others++
		}
	}
	if len(x.Quotes) != 0 || others > 1 {
		t.Errorf("quotes %+v or relations %+v from credit lines", x.Quotes, x.Relations)
	}
	for _, r := range [][2]string{{"Ashley Ponte", "Getty Images"}, {"Dita Alanis", "Associated Press"}} {
		if !hasRelation(x, r[0], "photographerOf", r[1]) {
			t.Errorf("missing %s photographerOf %s", r[0], r[1])
		}
	}
}

func TestPhraseRelations(t *testing.T) {
	tests := []struct {
		input string
		want  kg.Relation
	}{
		{"phrase-relations", kg.Relation{Subject: "Red Hand Front", Predicate: "attacks", Object: "Velka Street"}},
		{"phrase-relations", kg.Relation{Subject: "Red Hand Front", Predicate: "linkedTo", Object: "Al Qaeda"}},
		{"phrase-relations", kg.Relation{Subject: "Germany", Predicate: "shuts", Object: "Karvo"}},
		{"phrase-relations", kg.Relation{Subject: "Germany", Predicate: "shuts", Object: "Lenz"}},
		{"phrase-relations", kg.Relation{Subject: "Peoples' Liberty Party", Predicate: "oppositionPartyOf", Object: "Borland"}},
		{"other-events", kg.Relation{Subject: "Kurdish militant group", Predicate: "claimsResponsibilityFor", Object: "Ankara"}},
		{"lower-organizations", kg.Relation{Subject: "Borland", Predicate: "memberOf", Object: "U.S.-led coalition"}},
		{"pronoun-gender", kg.Relation{Subject: "Maria Lopez", Predicate: "meets", Object: "Daniel Ortiz"}},
		{"pronoun-gender", kg.Relation{Subject: "Daniel Ortiz", Predicate: "meets", Object: "Anna Berg"}},
	}
	for _, tt := range tests {
		t.Run(tt.want.Subject+" "+tt.want.Predicate+" "+tt.want.Object, func(t *testing.T) {
			x := extract(t, tt.input)
			for _, r := range x.Relations {
				if r.Subject == tt.want.Subject && r.Predicate == tt.want.Predicate && r.Object == tt.want.Object {
					return
				}
			}
			t.Errorf("missing; relations: %+v", x.Relations)
		})
	}
}

func TestLowerCaseOrganizations(t *testing.T) {
	x := extract(t, "lower-organizations")
	got := map[string]kg.EntityType{}
	for _, e := range x.Entities {
		got[e.Name] = e.Type
	}
	for _, name := range []string{"Israel's foreign ministry", "Indonesian armed forces", "defence ministry", "U.S.-led coalition", "Xinhua"} {
		if got[name] != kg.Organization {
			t.Errorf("%q = %q, want an organization (entities %v)", name, got[name], got)
		}
	}
	if _, ok := got["state news agency"]; ok {
		t.Error("'Chinese state news agency Xinhua' describes Xinhua; it is not a second organization")
	}
}

func TestPronounGender(t *testing.T) {
	x := extract(t, "pronoun-gender")
	want := map[string]string{"He was very polite": "Maria Lopez", "It was a short talk": "Daniel Ortiz"}
	for _, q := range x.Quotes {
		if w, ok := want[q.Text]; ok && q.Speaker != w {
			t.Errorf("speaker of %q = %q, want %q", q.Text, q.Speaker, w)
		}
	}
}

func TestVideoSentenceIsProse(t *testing.T) {
	x := extract(t, "video-prose")
	got := map[string]bool{}
	for _, e := range x.Entities {
		got[e.Name] = true
	}
	if !got["Starbucks"] || !got["Burger King"] {
		t.Errorf("'Video showed … a Starbucks … a Burger King' read as furniture: %v", got)
	}
}

// TestPersonShapedNames: a given name, a middle initial and a surname make a person's
// name even when the surname is an English word that ends newspapers' names; a mayor of
// no named place serves the article's town, not a building in it.
func TestPersonShapedNames(t *testing.T) {
	x := extract(t, "middle-initials-and-mayors")
	var typ kg.EntityType
	for _, e := range x.Entities {
		if e.Name == "Mara K. Sun" {
			typ = e.Type
		}
	}
	if typ != kg.Person {
		t.Errorf("Mara K. Sun is a %q, want a person; entities: %+v", typ, x.Entities)
	}
	var mayorOf string
	for _, r := range x.Relations {
		if r.Subject == "Anton Brekke" && r.Predicate == "mayorOf" {
			mayorOf = r.Object
		}
	}
	if mayorOf != "Karvo" {
		t.Errorf("Anton Brekke is mayor of %q, want Karvo; relations: %+v", mayorOf, x.Relations)
	}
}

// entityNamed returns the entity named name, or nil.
func entityNamed(x *kg.Extraction, name string) *kg.Entity {
	for i := range x.Entities {
		if x.Entities[i].Name == name {
			return &x.Entities[i]
		}
	}
	return nil
}

// TestSurnamesAndSides: a party word before a given name is a side, not part of the
// name ("Republican Daniel Okafor"), so that "Okafor" later is the person; a known
// organization's one-word name ("Bloomberg") after a person named in full with it is
// that person's surname.
func TestSurnamesAndSides(t *testing.T) {
	x := extract(t, "campaign-trail")
	tests := []struct{ name, alias string }{
		{"Daniel Okafor", "Okafor"},       // "Republican Daniel Okafor"
		{"Helen Marsh", "Marsh"},          // "Democrat Helen Marsh"
		{"Walter Bloomberg", "Bloomberg"}, // not Bloomberg News
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := entityNamed(x, tt.name)
			if e == nil || e.Type != kg.Person {
				t.Fatalf("no person %q: %+v", tt.name, x.Entities)
			}
			if !slices.Contains(e.Aliases, tt.alias) {
				t.Errorf("%s aliases = %v, want %q among them", tt.name, e.Aliases, tt.alias)
			}
			if o := entityNamed(x, tt.alias); o != nil {
				t.Errorf("%q is an entity of its own (%s)", tt.alias, o.Type)
			}
		})
	}
	for _, glued := range []string{"Republican Daniel Okafor", "Democrat Helen Marsh"} {
		if entityNamed(x, glued) != nil {
			t.Errorf("entity %q: the side is glued to the name", glued)
		}
	}
}

// TestSpeakerChain: "he said" after a quote names whoever spoke last, not a person the
// quote itself names; a participle's subject is its clause's ("He went on to attack
// Marsh's record, saying …").
func TestSpeakerChain(t *testing.T) {
	x := extract(t, "campaign-trail")
	tests := []struct{ text, speaker string }{
		{"Walter Bloomberg was never in this race", "Peter Lindqvist"},
		{"would double the state's debt.", "Daniel Okafor"},
	}
	for _, tt := range tests {
		t.Run(tt.speaker, func(t *testing.T) {
			for _, q := range x.Quotes {
				if q.Text == tt.text {
					if q.Speaker != tt.speaker {
						t.Errorf("speaker of %q = %q, want %q", tt.text, q.Speaker, tt.speaker)
					}
					return
				}
			}
			t.Errorf("no quote %q: %+v", tt.text, x.Quotes)
		})
	}
}

// TestShareSubjects: a poll share is about whom its own clause says people back, and a
// share of a population is about no one the article is about.
func TestShareSubjects(t *testing.T) {
	x := extract(t, "campaign-trail")
	tests := []struct {
		measure string
		value   float64
		subject string
	}{
		{"voters", 44, "Helen Marsh"},         // "44 percent … would support Marsh"
		{"poll support", 39, "Daniel Okafor"}, // "39 percent would support Okafor"
		{"voters", 30, ""},                    // "About 30 percent of voters surveyed"
	}
	for _, tt := range tests {
		f := findFigure(x, tt.measure, tt.value)
		if f == nil {
			t.Errorf("no figure %s=%v", tt.measure, tt.value)
			continue
		}
		if f.Subject != tt.subject {
			t.Errorf("%s=%v subject = %q, want %q", tt.measure, tt.value, f.Subject, tt.subject)
		}
	}
}

// TestDatelineIsWhereTheReporterIs: a report from BEIRUT or ANKARA of strikes in Syria
// places them in Syria (in its town when a sentence names one, "Syria's Idlib"); "a
// flood of villagers" is no flood.
func TestDatelineIsWhereTheReporterIs(t *testing.T) {
	tests := []struct{ input, typ, place, country string }{
		{"dateline-elsewhere", "airstrike", "Idlib", "Syria"},
		// the headline's fighting is its news; the shelling that killed 12 is told in
		// a clause after "after" (see leadTollAside)
		{"dateline-country", "clash", "Syria", "Syria"},
		// an analysis from DETROIT that names the town only there and in its credit,
		// and gives the crash neither a day nor a toll, is filed from Detroit
		{"dateline-analysis", "crash", "United States", "United States"},
		// one that names the town again is about it
		{"dateline-crash-town", "crash", "Detroit", "United States"},
		// a wildfire the lead places "outside" a town is near it, not at the
		// dateline's LOS ANGELES
		{"dateline-outside-town", "wildfire", "Marrowdale", "United States"},
	}
	for _, tt := range tests {
		t.Run(tt.input, func(t *testing.T) {
			x := extract(t, tt.input)
			if len(x.Events) == 0 || !x.Events[0].Main {
				t.Fatalf("no main event: %+v", x.Events)
			}
			ev := x.Events[0]
			if ev.Type != tt.typ || ev.Place != tt.place || ev.Country != tt.country {
				t.Errorf("main event = %s in %s, %s; want %s in %s, %s", ev.Type, ev.Place, ev.Country, tt.typ, tt.place, tt.country)
			}
			for _, e := range x.Events {
				if e.Type == "flood" {
					t.Errorf("event %s from a figure of speech", e.Label())
				}
			}
		})
	}
}

// TestCriticIsNoExplosion: "Lund blasted Governor Tarr" is a critic's verb, no
// explosion; "twin blasts Thursday killed 20" is one.
func TestCriticIsNoExplosion(t *testing.T) {
	for _, e := range extract(t, "critics-and-blasts").Events {
		t.Errorf("event %s read from a critic's verb", e.Label())
	}
	x := extract(t, "twin-blasts")
	if len(x.Events) == 0 || x.Events[0].Type != "explosion" {
		t.Errorf("twin blasts: events %+v, want an explosion first", x.Events)
	}
}

// TestClauseSubjects: a figure of no event is about the entity its own clause is about
// (the antecedent of its relative clause, the name that opens its clause, what "the
// company" stands for), or about nothing: never the article's headline topic by default.
func TestClauseSubjects(t *testing.T) {
	x := extract(t, "clause-subjects")
	tests := []struct {
		measure string
		value   float64
		subject string
	}{
		{"revenue", 2e9, "Keldra"},             // "Keldra, which made close to $2 billion"
		{"market", 35, "Brightvale Corp"},      // "In 2010, Brightvale Corp dominated around 35 percent"
		{"students", 300, "Kettle Labs"},       // "Kettle Labs, the region's biggest software school, is training"
		{"programming firms", 9, "Orvane Oyj"}, // "The company has partnered": the headline's company
		{"amount stolen", 5e6, ""},             // "Hackers tried to steal": no one the article names
		{"unemployment", 11, "Corvania"},       // "Corvania's economic malaise that has pushed unemployment"
	}
	for _, tt := range tests {
		f := findFigure(x, tt.measure, tt.value)
		if f == nil {
			t.Errorf("no figure %s=%v", tt.measure, tt.value)
			continue
		}
		if f.Subject != tt.subject {
			t.Errorf("%s=%v subject = %q, want %q", tt.measure, tt.value, f.Subject, tt.subject)
		}
	}
	// a Nordic company form types the name ("Orvane Oyj"), as "Corp" does
	if e := entityNamed(x, "Orvane Oyj"); e == nil || e.Type != kg.Organization {
		t.Errorf("Orvane Oyj = %+v, want an Organization", e)
	}
}

// TestNoNamesInLinksAndLabels: the path of a link, a handle and a hashtag, a label that
// opens a line ("What Really Happened:") and an adjective made from a name ("Earth-like",
// "Oscar-winning", "Brooklyn-born") are no entities.
func TestNoNamesInLinksAndLabels(t *testing.T) {
	x := extract(t, "web-roundup")
	for _, e := range x.Entities {
		switch e.Name {
		case "Happened", "Really Happened", "Takeaway", "Mars-bound", "Earth-like", "QuillForMayor", "XkR8bTqLmZ",
			"Oscar-winning", "Brooklyn-born", "Ghent-registered", "Zika-affected":
			t.Errorf("entity %q [%s] is no name", e.Name, e.Type)
		}
	}
	if e := entityNamed(x, "Dara Quill"); e == nil || e.Type != kg.Person {
		t.Errorf("Dara Quill = %+v, want a Person", e)
	}
}

// TestHeadingSpeakers: a paragraph of quotation under a line that names a person ("Lena
// Harte on the comics business:", "Rabbi Ezra Stein") is that person's; a title in
// capitals in quotation marks ("Who Will Speak For Carvale?") is no quote.
func TestHeadingSpeakers(t *testing.T) {
	x := extract(t, "heading-speakers")
	want := map[string]string{"Publishers own the characters": "Lena Harte", "She taught a generation": "Ezra Stein"}
	found := 0
	for _, q := range x.Quotes {
		if strings.Contains(q.Text, "Who Will Speak") {
			t.Errorf("title %q taken as a quote", q.Text)
		}
		for start, sp := range want {
			if strings.HasPrefix(q.Text, start) {
				found++
				if q.Speaker != sp {
					t.Errorf("quote %q speaker = %q, want %q", start, q.Speaker, sp)
				}
			}
		}
	}
	if found != len(want) {
		t.Errorf("found %d of the %d quotes", found, len(want))
	}
	if !slices.ContainsFunc(x.Quotes, func(q kg.Quote) bool { return strings.HasPrefix(q.Text, "Lena Harte!") }) {
		t.Error("the chant \"Lena Harte! Lena Harte!\" is a quote, not a title")
	}
}

// TestTownsBeforeStates: a name a U.S. state or a country follows after a comma is a
// town ("Quenby, Florida had an outbreak"); not a person the next words describe
// ("Naledi Osei, Ghana's health minister").
func TestTownsBeforeStates(t *testing.T) {
	x := extract(t, "towns-before-states")
	for name, typ := range map[string]kg.EntityType{"Quenby": kg.Place, "Tessmore": kg.Place, "Dana Ortiz": kg.Person, "Naledi Osei": kg.Person, "NASA": kg.Organization} {
		if e := entityNamed(x, name); e == nil || e.Type != typ {
			t.Errorf("%s = %+v, want a %s", name, e, typ)
		}
	}
}

// TestResidenceIsNoEventPlace: "X, 34, of Quenby, Florida" says where X lives, not where
// the shooting the sentence tells of happened.
func TestResidenceIsNoEventPlace(t *testing.T) {
	x := extract(t, "residence-not-event-place")
	if len(x.Events) == 0 || x.Events[0].Place != "Richmond" {
		t.Errorf("events = %+v, want the shooting in Richmond", x.Events)
	}
}

// TestPersonOfOrgSpeaks: "X of the Y Institute writes … that" and "according to Y
// researcher X" are X's words, not the organization's.
func TestPersonOfOrgSpeaks(t *testing.T) {
	x := extract(t, "person-of-org-speakers")
	want := map[string]string{"will help us": "Erik Ruiz", "radiation can weaken": "Ana Morel"}
	for _, q := range x.Quotes {
		for start, sp := range want {
			if strings.HasPrefix(q.Text, start) {
				delete(want, start)
				if q.Speaker != sp {
					t.Errorf("quote %q speaker = %q, want %q", start, q.Speaker, sp)
				}
			}
		}
	}
	for start := range want {
		t.Errorf("no quote %q", start)
	}
}

// TestEventTownCountry: a town the word lists do not know takes the country the text
// gives it ("Quenby, Ohio" is in the United States), not a country named later in passing.
func TestEventTownCountry(t *testing.T) {
	x := extract(t, "event-town-country")
	if len(x.Events) == 0 || !x.Events[0].Main {
		t.Fatalf("no main event: %+v", x.Events)
	}
	if ev := x.Events[0]; ev.Place != "Quenby" || ev.Country != "United States" {
		t.Errorf("main event = %+v, want the shooting in Quenby, United States", ev)
	}
}

// TestTopicSubjects: a figure whose own clause names no subject is about the article's
// topic when its sentence names that topic ("Buyers of Megaball tickets face odds of 1 in
// 250 million"), and about nothing when it does not ("about 3 million tickets an hour").
func TestTopicSubjects(t *testing.T) {
	x := extract(t, "topic-subjects")
	if f := findFigure(x, "jackpot", 900e6); f == nil || f.Subject != "Megaball" {
		t.Errorf("jackpot = %+v, want subject Megaball", f)
	}
	if f := findFigure(x, "odds", 250e6); f == nil || f.Subject != "Megaball" {
		t.Errorf("odds = %+v, want subject Megaball", f)
	}
	if f := findFigure(x, "tickets", 3e6); f == nil || f.Subject != "" {
		t.Errorf("tickets = %+v, want no subject", f)
	}
}

// TestDatelineHyphen: wire copy that ends its dateline with a hyphen between spaces
// ("QUENBY - Two workers were killed") has a dateline: the town is the event's place,
// and the sentence's first word is no name.
func TestDatelineHyphen(t *testing.T) {
	x := extract(t, "dateline-hyphen")
	if len(x.Events) == 0 || x.Events[0].Place != "Quenby" {
		t.Errorf("events = %+v, want the fire in Quenby", x.Events)
	}
	if e := entityNamed(x, "Two"); e != nil {
		t.Errorf("entity %+v from the word after the dateline", e)
	}
}

// TestDatelineLabel: a story's label before a dash ("BREAKING NEWS –") is no town: no
// place named so, and the event is where the sentence puts it. A town of common words
// that ends in a place's head ("SALT LAKE CITY —"), or a dateline an agency follows
// ("UNITED NATIONS (Reuters) -"), stays a dateline.
func TestDatelineLabel(t *testing.T) {
	x := extract(t, "dateline-label")
	if e := entityNamed(x, "Breaking News"); e != nil {
		t.Errorf("entity %+v from the story's label", e)
	}
	if len(x.Events) == 0 || x.Events[0].Place == "Breaking News" {
		t.Errorf("events = %+v, want the shootings placed by the sentence, not the label", x.Events)
	}
	x = extract(t, "dateline-common-town")
	for _, town := range []string{"Salt Lake City", "United Nations"} {
		if e := entityNamed(x, town); e == nil {
			t.Errorf("no entity %q from its dateline; entities: %+v", town, x.Entities)
		}
	}
}

// TestCompanyWordSubjects: in a report about a company, "price target on the stock" is
// that company's.
func TestCompanyWordSubjects(t *testing.T) {
	x := extract(t, "company-stock")
	for _, v := range []float64{40, 52} {
		if f := findFigure(x, "price target stock", v); f == nil || f.Subject != "Northwind" {
			t.Errorf("price target %v = %+v, want subject Northwind", v, f)
		}
	}
}

// TestDefiniteOwnerSubjects: a sentence that opens with "The jackpot" or "The request"
// is about what the report's earlier jackpot or request was of.
func TestDefiniteOwnerSubjects(t *testing.T) {
	if f := findFigure(extract(t, "lottery-cash"), "cash value", 420e6); f == nil || f.Subject != "Megaball" {
		t.Errorf("cash value = %+v, want subject Megaball (\"The jackpot is worth\")", f)
	}
	if f := findFigure(extract(t, "funding-purpose"), "Medicaid funding", 300e6); f == nil || f.Subject != "Velora" {
		t.Errorf("Medicaid funding = %+v, want subject Velora (\"The request would also give\")", f)
	}
}

// TestPurposeSubject: money asked for to fight the report's topic is the topic's,
// whoever asks for it.
func TestPurposeSubject(t *testing.T) {
	if f := findFigure(extract(t, "funding-purpose"), "funding request", 2e9); f == nil || f.Subject != "Velora" {
		t.Errorf("funding request = %+v, want subject Velora, not the Holm administration", f)
	}
}

// TestCountryBeforeName: a country's initials before one word make no person's name
// ("U.S. Megaball"), and the subject drops the country where the report names the rest;
// a given name that is also a country's ("Jordan Spieth") stays a person's.
func TestCountryBeforeName(t *testing.T) {
	x := extract(t, "country-name")
	for _, want := range []struct {
		name string
		typ  kg.EntityType
	}{{"U.S. Megaball", kg.Organization}, {"Jordan Spieth", kg.Person}} {
		found := false
		for _, e := range x.Entities {
			if e.Name == want.name {
				found = true
				if e.Type != want.typ {
					t.Errorf("%s typed %s, want %s", e.Name, e.Type, want.typ)
				}
			}
		}
		if !found {
			t.Errorf("no entity %q in %+v", want.name, x.Entities)
		}
	}
	if f := findFigure(x, "jackpot", 900e6); f == nil || f.Subject != "Megaball" {
		t.Errorf("jackpot = %+v, want subject Megaball", f)
	}
}

// TestAttackerKilledEvent: the attacker killed "before he was killed by police" is a
// figure of the shooting, as its toll is.
func TestAttackerKilledEvent(t *testing.T) {
	x := extract(t, "attacker-killed")
	if f := findFigure(x, "attackers killed", 1); f == nil || f.Event != 0 {
		t.Errorf("attackers killed = %+v, want the main event's", f)
	}
}

// TestThresholdNoSubject: "the 1,237 delegates she needs" is what a nomination takes,
// not the candidate's count; her own count keeps her as its subject.
func TestThresholdNoSubject(t *testing.T) {
	x := extract(t, "delegates-needed")
	if f := findFigure(x, "delegates", 1237); f == nil || f.Subject != "" {
		t.Errorf("threshold = %+v, want no subject", f)
	}
	if f := findFigure(x, "delegates", 980); f == nil || f.Subject != "Grace Okafor" {
		t.Errorf("count = %+v, want subject Grace Okafor", f)
	}
}

// TestThingsAndWorks: a name with a thing's head after it ("the Marvo virus", "the Pellan
// spacecraft") or a work's descriptor before it ("the film Quiet Harbor", "the novel
// Ostwind") is a thing, not an organization or a person, also where it stands alone
// later; a company named by its suffix stays one.
func TestThingsAndWorks(t *testing.T) {
	x := extract(t, "things-and-works")
	for name, typ := range map[string]kg.EntityType{"Marvo": kg.Other, "Seltra": kg.Other, "Pellan": kg.Other,
		"Quiet Harbor": kg.Other, "Ostwind": kg.Other, "Dravik Corp": kg.Organization} {
		if e := entityNamed(x, name); e == nil || e.Type != typ {
			t.Errorf("%s = %+v, want a %s", name, e, typ)
		}
	}
}

// TestCompanyOwners: "Y, a unit of X", "Y, a wholly owned subsidiary of X", "Y, which is
// owned by X" and "X-owned Y" make Y part of X; a stake ("a third of which is owned by")
// and a state ("State-owned") do not.
func TestCompanyOwners(t *testing.T) {
	x := extract(t, "company-owners")
	want := map[string]string{"Lumo Inc": "Northwind Corp", "Pento Ltd": "Harlow Bank", "Brisk Co": "Veltra", "Corvo Ltd": "Tomas Varga"}
	for _, r := range x.Relations {
		if r.Predicate != "partOf" {
			continue
		}
		if want[r.Subject] == r.Object {
			delete(want, r.Subject)
			continue
		}
		t.Errorf("unwanted %s partOf %s (%q)", r.Subject, r.Object, r.Text)
	}
	for unit, owner := range want {
		t.Errorf("no %s partOf %s; relations: %+v", unit, owner, x.Relations)
	}
}

// TestEmployersAfterAt: "a senior analyst at Pellbrook" names an employer, an
// organization, not a place; the role is held there. "NASA administrator Charles
// Bolden" is a role too. "met in Denver" stays a place.
func TestEmployersAfterAt(t *testing.T) {
	x := extract(t, "employers-after-at")
	for name, typ := range map[string]kg.EntityType{"Pellbrook": kg.Organization, "Quillon": kg.Organization, "Denver": kg.Place} {
		if e := entityNamed(x, name); e == nil || e.Type != typ {
			t.Errorf("%s = %+v, want a %s", name, e, typ)
		}
	}
	want := map[string]bool{"Ann Lee analystOf Pellbrook": true, "Mark Oyelaran chiefTechnologyOfficerOf Quillon": true,
		"Charles Bolden administratorOf NASA": true}
	for _, r := range x.Relations {
		delete(want, r.Subject+" "+r.Predicate+" "+r.Object)
	}
	for r := range want {
		t.Errorf("no relation %s; relations: %+v", r, x.Relations)
	}
}

// TestDescribedBodies: an appositive that describes a body ("Brandt Kessler, the
// Panama-based law firm that …") makes the name an organization; one that describes a
// person's job ("a spokesman for the company", "a former bank executive") does not.
func TestDescribedBodies(t *testing.T) {
	x := extract(t, "described-bodies")
	for name, typ := range map[string]kg.EntityType{"Brandt Kessler": kg.Organization, "Sela Moreau": kg.Organization,
		"Tomas Varga": kg.Person, "Irena Duval": kg.Person} {
		if e := entityNamed(x, name); e == nil || e.Type != typ {
			t.Errorf("%s = %+v, want a %s", name, e, typ)
		}
	}
}

// TestMonthsAndPlurals: a month's abbreviation before a day ("Feb 27") and an acronym's
// plural ("GPUs", "PCs") are no names; "Jan Koum" still is one.
func TestMonthsAndPlurals(t *testing.T) {
	x := extract(t, "months-and-plurals")
	for _, name := range []string{"Feb", "Dec", "GPUs", "PCs"} {
		if e := entityNamed(x, name); e != nil {
			t.Errorf("%q is an entity (%s)", name, e.Type)
		}
	}
	if e := entityNamed(x, "Jan Koum"); e == nil || e.Type != kg.Person {
		t.Errorf("Jan Koum = %+v, want a person", e)
	}
}

// TestFrontedAndDescribedSubjects: a figure's owner named after a fronted phrase ("With
// four conservative judges …, the Halvard Court"), after a description ("Norwegian
// shipping equipment maker Orvane Corp"), by "the country" (the country named before),
// or before a relative clause set off by a dash.
func TestFrontedAndDescribedSubjects(t *testing.T) {
	x := extract(t, "fronted-subjects")
	tests := []struct {
		measure string
		value   float64
		subject string
	}{
		{"fund", 180e6, "Orvane Corp"},
		{"conservative judges", 4, "Halvard Court"},
		{"store closures", 300, "Brightvale Corp"},
		{"programmers", 7000, "Estonia"},
		{"wells", 115, "Kettle Ridge"},
		{"votes", 53, "Marten Olsen"}, // "the nation's former prime minister": a person, not the country
	}
	for _, tt := range tests {
		f := findFigure(x, tt.measure, tt.value)
		if f == nil {
			t.Errorf("no figure %s=%v", tt.measure, tt.value)
			continue
		}
		if f.Subject != tt.subject {
			t.Errorf("%s=%v subject = %q, want %q", tt.measure, tt.value, f.Subject, tt.subject)
		}
	}
	for _, f := range x.Figures {
		if (f.Value == 21 || f.Value == 2e6 || f.Value == 150) && f.Subject != "" {
			t.Errorf("%s=%v: subject %q, want none (votes counted, his network's viewers, the assembly's seats)", f.Measure, f.Value, f.Subject)
		}
	}
}

// TestGrowthVerbFigures: a percentage named by the subject of its verb past a year
// ("growth for 2015 hit 4.2 percent"), past "as high as" ("the chance … was as
// high as 15 percent"), after a verb of shrinking ("output contracting 2.5 percent"),
// and without the verb of estimating before its subject ("estimates investment … was
// 3.1 percent higher": the rise of investment).
func TestGrowthVerbFigures(t *testing.T) {
	x := extract(t, "growth-verbs")
	for _, tt := range []struct {
		measure string
		value   float64
	}{{"growth", 4.2}, {"chance", 15}, {"output fall", 2.5}, {"investment rise", 3.1}} {
		if f := findFigure(x, tt.measure, tt.value); f == nil || f.Unit != "percent" {
			t.Errorf("no figure %s=%v percent: %+v", tt.measure, tt.value, f)
		}
	}
}

// TestScaleAfterA: "a billion users", "half a million signatures", "a thousand protesters"
// are counts as "1 billion users" is; "bucks" are dollars.
func TestScaleAfterA(t *testing.T) {
	x := extract(t, "a-million")
	for _, tt := range []struct {
		measure string
		value   float64
	}{{"users", 1e9}, {"signatures", 5e5}, {"protesters", 1000}} {
		if f := findFigure(x, tt.measure, tt.value); f == nil {
			t.Errorf("no figure %s=%v", tt.measure, tt.value)
		}
	}
	for _, f := range x.Figures {
		if f.Value == 1e6 && f.Unit != "USD" {
			t.Errorf("a million bucks: %+v, want USD", f)
		}
	}
}

// TestTownStateOutranksLists: "Plymouth, Massachusetts" is in the United States though
// the word lists know a Plymouth elsewhere (Montserrat's capital); a town in a list of
// cities ("Buenos Aires, New York and London") and a town whose "state" is its own
// country ("Tbilisi, Georgia") keep the lists' country.
func TestTownStateOutranksLists(t *testing.T) {
	x := extract(t, "town-state")
	for name, country := range map[string]string{"Plymouth": "United States", "Buenos Aires": "Argentina", "Tbilisi": "Georgia"} {
		if e := entityNamed(x, name); e == nil || e.Country != country {
			t.Errorf("%s = %+v, want a place in %s", name, e, country)
		}
	}
	if len(x.Events) == 0 || x.Events[0].Country != "United States" {
		t.Errorf("events = %+v, want the fire in the United States", x.Events)
	}
}

// TestOtherFireElsewhere: a fire in another state ("a grass fire in central New Mexico")
// is another event than a wildfire outside a town the word lists do not know.
func TestOtherFireElsewhere(t *testing.T) {
	x := extract(t, "dateline-outside-town")
	for _, f := range x.Figures {
		if f.Value == 12000 && f.Event == 0 {
			t.Errorf("the other state's fire's %v %s filed under the main event %s", f.Value, f.Measure, x.Events[0].Label())
		}
	}
	if f := findFigure(x, "area burned in acres", 6000); f == nil || f.Event != 0 {
		t.Errorf("the fire's own 6,000 acres: %+v, want under the main event %s", f, x.Events[0].Label())
	}
}

// TestDigestReportsNoEvent: a digest of unrelated items ("4 things you need to know
// Thursday") has no main event, even when its first item is a bombing; a list about one
// event ("4 things to know about the Karvo market bombing") reports it.
func TestDigestReportsNoEvent(t *testing.T) {
	for _, e := range extract(t, "digest-list").Events {
		if e.Main {
			t.Errorf("digest: main event %s", e.Label())
		}
	}
	x := extract(t, "digest-about")
	if len(x.Events) == 0 || !x.Events[0].Main || x.Events[0].Type != "bombing" {
		t.Errorf("list about a bombing: events %+v, want the bombing as main", x.Events)
	}
}

// TestFigureSourcesDescribedAndTold: a speaker named by a post-modified description
// ("people familiar with the matter", "a source close to the company") is the source,
// not the company the figure is about or the company the description mentions; and
// "NAME, …, told X" has NAME, not the listener X, for its source; "two sources have
// told" is the two sources' (past the auxiliary), and "Missouri officials" are not Missouri.
func TestFigureSourcesDescribedAndTold(t *testing.T) {
	x := extract(t, "figure-sources")
	for _, tt := range []struct {
		value  float64
		source string
	}{{40e9, "people familiar with the matter"}, {3000, "a source close to the company"}, {20, "Maria Lindqvist"}, {12, "Tomas Berg"},
		{400, "two sources"}, {75, "Missouri officials"}} {
		var f *kg.Figure
		for i := range x.Figures {
			if x.Figures[i].Value == tt.value {
				f = &x.Figures[i]
			}
		}
		if f == nil || f.Source != tt.source {
			t.Errorf("figure %v = %+v, want source %q", tt.value, f, tt.source)
		}
	}
}

// TestNumberOf: a bare number is measured by "the number of" what it counts earlier in
// its clause ("raise the number of its bakeries to 60": bakeries), by what happened to
// them when the clause says ("the number of people killed … rose to at least 31":
// killed); in a change told in order ("grew from 113 to 150") both counts are read, the
// value it started from as background (figrecall64; main before it read neither).
func TestNumberOf(t *testing.T) {
	x := extract(t, "number-of")
	for _, tt := range []struct {
		measure string
		value   float64
	}{{"bricks-and-mortar bakeries", 60}, {"flood refugees", 5.8e6}, {"killed", 31}, {"apprentices", 150}, {"apprentices", 113}} {
		if f := findFigure(x, tt.measure, tt.value); f == nil {
			t.Errorf("no figure %s=%v: %+v", tt.measure, tt.value, x.Figures)
		}
	}
	for _, f := range x.Figures {
		if f.Value == 113 && f.Scope.Kind != kg.Background || f.Value == 150 && f.Scope.Kind == kg.Background {
			t.Errorf("the value a number started from is background, the one it reached is not: %+v", f)
		}
	}
}

// TestSmallMovesAndCooling: "edged down" is one verb of change, so the shares, not
// "shares edged", are what fell; growth that "cooled to" a rate and a currency that
// "firmed" are read as growth and a rise.
func TestSmallMovesAndCooling(t *testing.T) {
	x := extract(t, "small-moves")
	for _, tt := range []struct {
		measure string
		value   float64
	}{{"share price fall", 0.5}, {"economic growth", 6.9}, {"pound rise", 1.2}} {
		if f := findFigure(x, tt.measure, tt.value); f == nil {
			t.Errorf("no figure %s=%v: %+v", tt.measure, tt.value, x.Figures)
		}
	}
}

// TestPenalties: a ban, a suspension or a prison term given as a span of time is a
// figure ("banned … for nine months", "a four-year suspension", "a 12-year prison
// term", "a five-year sentence", "banned … from all national competitions for seven
// years", "a ban … cut to four months"); an office's "four-year term" is not, nor a
// span of work in the next clause.
func TestPenalties(t *testing.T) {
	x := extract(t, "penalties")
	for _, tt := range []struct {
		measure string
		value   float64
		unit    string
	}{{"ban", 9, "months"}, {"suspension", 4, "years"}, {"sentence", 12, "years"}, {"sentence", 5, "years"},
		{"ban", 7, "years"}, {"ban", 4, "months"}} {
		if f := findFigure(x, tt.measure, tt.value); f == nil || f.Unit != tt.unit {
			t.Errorf("no figure %s=%v %s: %+v", tt.measure, tt.value, tt.unit, x.Figures)
		}
	}
	if f := findFigure(x, "sentence", 4); f != nil {
		t.Errorf("an office's term read as a sentence: %+v", f)
	}
	if f := findFigure(x, "ban", 11); f != nil {
		t.Errorf("a span of work read as a ban (the clause ended at the comma): %+v", f)
	}
}

// TestMoneyRates: money paid by the hour or the month is a figure with a rate scope,
// whichever reader names it: a wage raised "to $15 an hour" (a change verb), one a
// verb opening the sentence raises, earnings, a cost; and "to" between two amounts
// after such a verb is a range's, not a change's.
func TestMoneyRates(t *testing.T) {
	x := extract(t, "hourly-wages")
	for _, tt := range []struct {
		measure string
		value   float64
		rate    string
	}{{"minimum wage", 14, "hour"}, {"minimum wage", 15, "hour"}, {"earnings", 11, "hour"}, {"cost", 30, "month"}} {
		f := findFigure(x, tt.measure, tt.value)
		if f == nil || f.Scope != (kg.Scope{Kind: kg.Rate, Of: tt.rate}) {
			t.Errorf("no figure %s=%v a %s: %+v", tt.measure, tt.value, tt.rate, x.Figures)
		}
	}
	// "planned to raise $2 million to $3 million": a range raised, not the mayor's rise
	if f := findFigure(x, "funds raised", 3e6); f == nil {
		t.Errorf("no funds raised=3e6: %+v", x.Figures)
	}
	// "a 6.5 percent raise": the noun, though "raise" is also a verb of a rise
	if f := findFigure(x, "raise", 6.5); f == nil {
		t.Errorf("no raise=6.5: %+v", x.Figures)
	}
}

// TestAppositiveClauses: what the description after a name says of its person — the
// state a legislator is "from", the caucus a relative clause says they head — and whose
// verb follows it: the person described, not an organization the relative clause names.
// A clause after the comma ("including for …") and whom a speaker talks to ("told
// Reuters") give no role.
func TestAppositiveClauses(t *testing.T) {
	x := extract(t, "appositive-clauses")
	for _, r := range [][3]string{
		{"Dale Harmon", "representativeOf", "Utah"},                      // "Representative Dale Harmon, a freshman from Utah"
		{"Jane Porter", "senatorOf", "Ohio"},                             // "a U.S. senator from Ohio"
		{"Ann Merrow", "criticizes", "Tom Wade"},                         // "a Republican who has often criticized"
		{"Mark Elkins", "headOf", "Budget Reform Caucus"},                // "a Kansan who heads the Budget Reform Caucus"
		{"Mark Elkins", "criticizes", "Tom Wade"},                        // the verb after two asides
		{"Peter Kline", "criticizes", "Tom Wade"},                        // "a past critic of Wade"
		{"Ann Lee", "supports", "Rita Vance"},                            // "a longtime supporter of Mayor Rita Vance"
		{"Petrobras", "partOf", "Brazil"},                                // "Brazil's national oil company Petrobras"
		{"Halvorsen Systems", "locatedIn", "Europe"},                     // "Halvorsen Systems, Europe's largest shipbuilder": a firm in it, not the state's
		{"Dale Harmon", "meets", "Al Sharpe"},                            // "…, and on Wednesday met civil rights leader Al Sharpe"
		{"Jane Porter", "meets", "Tom Wade"},                             // "Porter earlier this week met Governor Tom Wade"
		{"Kathy Lien", "managingDirectorOf", "Norland Asset Management"}, // "managing" is no clause opener
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range [][3]string{
		{"Jane Porter", "senatorOf", "United States"},
		{"Budget Reform Caucus", "criticizes", "Tom Wade"},
		{"Tom Wade", "judgeOf", "United States"},
		{"Mark Elkins", "judgeOf", "United States"},
		{"Piet Vos", "coFounderOf", "Reuters"},
		{"Ray Malone", "warns", "Ostrava Navy"}, // "warned the Ostrava Navy could see …"
		{"Ann Lee", "supports", "Norway"},       // "a supporter of Norway staying in the union"
		{"Mark Ellison", "headOf", "Reuters"},   // "who heads Reuters's photo desk"
	} {
		if hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("unwanted %s %s %s", r[0], r[1], r[2])
		}
	}
}

// TestQuoteClauses: who speaks words quoted inside a sentence that goes on after them —
// the subject of the verb of saying after the last comma, not a name in the words
// between; not a name after "said" when the verb has its own subject ("The report said
// the malware used against X exhibits …"); and "she said" after a sentence whose own
// "she said" refers to the person the sentence opens with.
func TestQuoteClauses(t *testing.T) {
	x := extract(t, "quote-clauses")
	speaker := func(text string) (string, bool) {
		for _, q := range x.Quotes {
			if strings.Contains(q.Text, text) {
				return q.Speaker, true
			}
		}
		return "", false
	}
	for _, tt := range []struct{ text, want string }{
		{"in a similar fashion", "Corvel Systems"},
		{"I just hope that Ohio", "Dora Pike"},
	} {
		if got, ok := speaker(tt.text); !ok || got != tt.want {
			t.Errorf("quote %q: speaker %q (found %v), want %q", tt.text, got, ok, tt.want)
		}
	}
	if got, ok := speaker("the same unique characteristics"); ok && got == "Meridian Bank" {
		t.Errorf("quote of the report: speaker %q, want no bank", got)
	}
}

// TestInstitutionStreets: a street that stands for an institution (Wall Street) is not a
// street of the town a story is filed from, and "U.S. District Judge" names no district
// of it; the town's own streets still lie in it.
func TestInstitutionStreets(t *testing.T) {
	x := extract(t, "institution-streets")
	for _, r := range x.Relations {
		if r.Predicate == "locatedIn" && (r.Subject == "Wall Street" || r.Subject == "U.S. District") && r.Object != "United States" {
			t.Errorf("relation %s %s %s: placed by the dateline", r.Subject, r.Predicate, r.Object)
		}
	}
	if !hasRelation(x, "Harbor Square", "locatedIn", "Valdora") {
		t.Errorf("Harbor Square is not located in the dateline's town; relations: %+v", x.Relations)
	}
}

// TestWebAddressIsNotProse: a company's name written in lower case in a web address
// ("velden.us") does not make it a common word, so "Velden Motor Corp" at the start of a
// sentence keeps its first word.
func TestWebAddressIsNotProse(t *testing.T) {
	x := extract(t, "web-address")
	if e := entityNamed(x, "Velden Motor Corp"); e == nil {
		t.Errorf("no entity Velden Motor Corp; entities: %+v", x.Entities)
	}
	if e := entityNamed(x, "Motor Corp"); e != nil {
		t.Errorf("entity %+v: the name lost its first word", e)
	}
}

// TestFigurativeHeadline: "faces storm of criticism" in a headline, which drops its
// "a", is a figure of speech and no storm.
func TestFigurativeHeadline(t *testing.T) {
	x := extract(t, "figurative-headline")
	for _, ev := range x.Events {
		if ev.Type == "storm" {
			t.Errorf("event %+v from a headline's figure of speech", ev)
		}
	}
}

// TestPersonAfterPlaceAndOf: a name after a place and "and" is a place ("Karvo and
// Lenz"), unless "of" and a name follow it, as a list of people and their states goes
// ("Sherrod Brown of Ohio and Corwin Baylis of New Jersey").
func TestPersonAfterPlaceAndOf(t *testing.T) {
	x := extract(t, "senators-of-states")
	if e := entityNamed(x, "Corwin Baylis"); e == nil || e.Type != kg.Person {
		t.Errorf("Corwin Baylis = %+v, want a person", e)
	}
	if e := entityNamed(x, "Lenz"); e == nil || e.Type != kg.Place {
		t.Errorf("Lenz = %+v, want a place (joined by and to Karvo)", e)
	}
}

// TestNewsroomTitles: a newsroom's title between an outlet and a name ("Harbor Gazette
// Correspondent Ana Ruiz", "Wire Service Sports Writer Tomas Pirk") splits the three:
// the person, the title's role, the outlet.
func TestNewsroomTitles(t *testing.T) {
	x := extract(t, "newsroom-titles")
	for _, name := range []string{"Ana Ruiz", "Tomas Pirk"} {
		if e := entityNamed(x, name); e == nil || e.Type != kg.Person {
			t.Errorf("%s = %+v, want a person; entities: %+v", name, e, x.Entities)
		}
	}
	if !hasRelation(x, "Ana Ruiz", "correspondentOf", "Harbor Gazette") {
		t.Errorf("no Ana Ruiz correspondentOf Harbor Gazette; relations: %+v", x.Relations)
	}
}

// TestAgreedToVerb: "agreed to buy Velden Systems" states the buying, not an agreement
// to Velden Systems; "agreed to the plan of the Harbor Council" is an agreement.
func TestAgreedToVerb(t *testing.T) {
	x := extract(t, "agreed-to-verb")
	if hasRelation(x, "Northwind Corp", "agreesTo", "Velden Systems") {
		t.Errorf("Northwind Corp agreesTo Velden Systems, from 'agreed to buy'")
	}
	found := false
	for _, r := range x.Relations {
		found = found || r.Predicate == "agreesTo" && r.Subject == "Ostmark"
	}
	if !found {
		t.Errorf("no agreesTo for Ostmark ('agreed to the plan'); relations: %+v", x.Relations)
	}
}

// TestDatelineElsewhere: a town the word lists do not know takes no dateline's country
// when the article names another country more ("BEIRUT" over a story of Syria's war), nor
// when a demonym before it says whose it is ("the Syrian village of Tellmora").
func TestDatelineElsewhere(t *testing.T) {
	x := extract(t, "unlisted-town-country")
	for _, town := range []string{"Karvash", "Tellmora"} {
		if hasRelation(x, town, "locatedIn", "Lebanon") {
			t.Errorf("%s locatedIn Lebanon: the dateline's country given to a town of Syria", town)
		}
	}
	if !hasRelation(x, "Beirut", "locatedIn", "Lebanon") {
		t.Errorf("Beirut is not located in Lebanon; relations: %+v", x.Relations)
	}
}

// TestTownAbroadOnceNamed: a town whose own phrase once places it in another country ("the
// Belgian district of Varnhout" in a report from Paris) takes not the dateline's country
// from a later bare mention.
func TestTownAbroadOnceNamed(t *testing.T) {
	x := extract(t, "unlisted-town-abroad")
	if hasRelation(x, "Varnhout", "locatedIn", "France") {
		t.Errorf("Varnhout locatedIn France: the dateline's country given to a Belgian district")
	}
}

// wantMeasures checks that x has a figure of each value of want, with the measure want
// gives it (one figure a value: the first of that value counts).
func wantMeasures(t *testing.T, x *kg.Extraction, want map[float64]string) {
	t.Helper()
	wantFigureField(t, x, want, "measure", func(f kg.Figure) string { return f.Measure })
}

// wantSubjects checks that x has a figure of each value of want, with the subject want
// gives it (one figure a value: the first of that value counts).
func wantSubjects(t *testing.T, x *kg.Extraction, want map[float64]string) {
	t.Helper()
	wantFigureField(t, x, want, "subject", func(f kg.Figure) string { return f.Subject })
}

// wantFigureField checks that the first figure of each value of want has the field
// (read by get) that want gives it.
func wantFigureField(t *testing.T, x *kg.Extraction, want map[float64]string, field string, get func(kg.Figure) string) {
	t.Helper()
	seen := map[float64]bool{}
	for _, f := range x.Figures {
		if w, ok := want[f.Value]; ok && !seen[f.Value] {
			seen[f.Value] = true
			if got := get(f); got != w {
				t.Errorf("%s %v: %s %q, want %q", f.Measure, f.Value, field, got, w)
			}
		}
	}
	for v, w := range want {
		if !seen[v] {
			t.Errorf("no figure %v (%s %s): %+v", v, field, w, x.Figures)
		}
	}
}

// wantRelations checks that x states each relation of want (subject, predicate, object).
func wantRelations(t *testing.T, x *kg.Extraction, want [][3]string) {
	t.Helper()
	for _, r := range want {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("want %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
}

// heard reports whether predicate p says someone spoke to a hearer: spokeTo, or told when
// the verb was "told", or interviewedBy for an interview (relations.go toldRelations).
func heard(p string) bool { return p == "spokeTo" || p == "told" || p == "interviewedBy" }
