package extraction

import (
	"testing"
	"time"

	"github.com/factgraph/kg"
)

// bodyKindsReport is invented: bodies named only by their kind ("the fire service", "the
// coast guard", "the disaster management authority") tell figures and quotes.
const bodyKindsReport = `Nearly 300 homes were destroyed in Harbor County, the fire service said.

At least 12 fishermen were missing on Tuesday, the coast guard said.

Some 4,000 people were moved to shelters, the disaster management authority said.

"The water is still rising," said one prison guard.`

func TestBodyKindSources(t *testing.T) {
	a := kg.Article{Title: "Floods hit Harbor County", Body: bodyKindsReport,
		Published: time.Date(2016, 3, 8, 9, 0, 0, 0, time.UTC)}
	a.Identify()
	x := mustExtract(t, a)
	sources := map[float64]string{}
	for _, f := range x.Figures {
		sources[f.Value] = f.Source
	}
	for value, want := range map[float64]string{300: "fire service", 12: "coast guard", 4000: "disaster management authority"} {
		if got, ok := sources[value]; !ok || got != want {
			t.Errorf("figure %v: source %q (found %v), want %q", value, got, ok, want)
		}
	}
	if len(x.Quotes) != 1 || x.Quotes[0].Speaker != "a prison guard" {
		t.Errorf("quotes %+v, want one by \"a prison guard\"", x.Quotes)
	}
}

// TestTollRaisers: who raises, lowers or revises a toll reports it ("the interior ministry
// raised the death toll to 14"); an event that raises it ("the blast raised") tells nothing.
func TestTollRaisers(t *testing.T) {
	for body, want := range map[string]string{
		"The interior ministry raised the death toll to 14 on Tuesday.": "interior ministry",
		"Officials revised the death toll down to 14.":                  "officials",
		"Authorities raised the number of dead to 14.":                  "authorities",
		"The blast raised the death toll to 14.":                        "",
	} {
		checkOneTeller(t, "Floods hit Harbor County", body, want)
	}
}

// TestOpeningAccordingTo: "According to X," that opens the sentence names who tells a
// company's own result after it, as a closing "according to X" does; a document of the
// company's own ("according to its annual report") or data name no other teller.
func TestOpeningAccordingTo(t *testing.T) {
	for body, want := range map[string]string{
		"According to the Financial Times, Acme Corp lost $35 million in 2014.":   "Financial Times",
		"Acme Corp lost $35 million in 2014, according to the Financial Times.":   "Financial Times",
		"According to its annual report, Acme Corp earned $35 million last year.": "Acme Corp",
	} {
		checkOneTeller(t, "Acme results", body, want)
	}
}

// checkOneTeller extracts a one-sentence report and wants one figure, told by want.
func checkOneTeller(t *testing.T, title, body, want string) {
	t.Helper()
	a := kg.Article{Title: title, Body: body, Published: time.Date(2016, 3, 8, 9, 0, 0, 0, time.UTC)}
	a.Identify()
	x := mustExtract(t, a)
	if len(x.Figures) != 1 || x.Figures[0].Source != want {
		t.Errorf("%q: figures %+v, want one told by %q", body, x.Figures, want)
	}
}

// TestStreetAddresses: a house number before a street's name is no figure; a count before
// a capitalised word that ends no street still is.
func TestStreetAddresses(t *testing.T) {
	body := "She will move into 10 Downing Street on Wednesday. The office at 1600 Harbor Avenue closed. " +
		"Police said 300 people gathered at 49 Oxford Drive, and 12 Marines guarded it. The parade starts at 100 Villa St. at noon."
	a := kg.Article{Title: "New leader moves in", Body: body, Published: time.Date(2016, 7, 11, 9, 0, 0, 0, time.UTC)}
	a.Identify()
	x := mustExtract(t, a)
	var values []float64
	for _, f := range x.Figures {
		values = append(values, f.Value)
	}
	if len(values) != 2 || values[0] != 300 || values[1] != 12 {
		t.Errorf("figures %v, want [300 12]", values)
	}
}

// TestClauseNoTeller: words that hold a clause of their own ("… case and was captured in
// Lisbon said") are no teller's name; after "and", the clause that tells names its teller
// ("Vane has been dropped by two agents and media reported").
func TestClauseNoTeller(t *testing.T) {
	for body, want := range map[string]string{
		"Lawyers for the teenager who killed four people in the \"affluenza\" drunken-driving case and was captured in Lisbon said on Tuesday they would appeal.": "",
		"Vane has been dropped by two agents this year and media reported he caused more than $30,000 worth of damage.":                                           "media",
	} {
		a := kg.Article{Title: "Court report", Body: body, Published: time.Date(2016, 3, 8, 9, 0, 0, 0, time.UTC)}
		a.Identify()
		x := mustExtract(t, a)
		if len(x.Figures) == 0 || x.Figures[len(x.Figures)-1].Source != want {
			t.Errorf("%q: figures %+v, want the last told by %q", body, x.Figures, want)
		}
	}
}

// TestCreditLinePlaceSurnames: a credit line names people, so a name that ends in a word
// of places ("Park", "Hill") is a reporter there; the city after "in" is still a place.
func TestCreditLinePlaceSurnames(t *testing.T) {
	body := "The talks ended on Monday, officials said.\n\n(Reporting by Jack Kim and Ju-min Park in Seoul; Editing by Sam Hill)"
	a := kg.Article{Title: "Seoul talks end", Body: body, Published: time.Date(2016, 3, 8, 9, 0, 0, 0, time.UTC)}
	a.Identify()
	x := mustExtract(t, a)
	types := map[string]kg.EntityType{}
	for _, e := range x.Entities {
		types[e.Name] = e.Type
	}
	for name, want := range map[string]kg.EntityType{"Ju-min Park": kg.Person, "Sam Hill": kg.Person, "Seoul": kg.Place} {
		if types[name] != want {
			t.Errorf("%s typed %q, want %s (entities %v)", name, types[name], want, types)
		}
	}
	found := false
	for _, r := range x.Relations {
		found = found || r.Subject == "Ju-min Park" && r.Predicate == "reportsFrom" && r.Object == "Seoul"
	}
	if !found {
		t.Errorf("no Ju-min Park reportsFrom Seoul in %+v", x.Relations)
	}
}

// TestPlaceBeforeCountedHead: a place's name between a count and its plural head only says
// where those counted are ("two Harbor City apartments"); a people's name is what is
// counted ("five Americans held").
func TestPlaceBeforeCountedHead(t *testing.T) {
	body := "Police searched two Brussels apartments on Tuesday. Five Americans held in Iran were freed."
	a := kg.Article{Title: "Raids", Body: body, Published: time.Date(2016, 3, 8, 9, 0, 0, 0, time.UTC)}
	a.Identify()
	x := mustExtract(t, a)
	measures := map[float64]string{}
	for _, f := range x.Figures {
		measures[f.Value] = f.Measure
	}
	if measures[2] != "apartments" || measures[5] == "held" || measures[5] == "" {
		t.Errorf("measures %v, want 2 apartments and 5 Americans (not held)", measures)
	}
}
