package extraction

import (
	"testing"
	"time"

	kg "github.com/factgraph/kg"
)

// TestVisitorCounts: a count of people whose verb is "visited" counts visitors, one
// whose verb is "voted" voters.
func TestVisitorCounts(t *testing.T) {
	checkFigures(t, "Park visits", map[string][]string{
		"A record 31 million people visited the Ruritania parks in 2015.": {"visitors 3.1e+07"},
		"About 2 million people voted in the Elmtown primary.":            {"voters 2e+06"},
	})
}

// TestSpotBesideDemonym: a people's word in the spot's paragraph ("embassies, including
// the French") names no place of another country: the mall stays in the dateline's town.
func TestSpotBesideDemonym(t *testing.T) {
	x := mustExtract(t, kg.Article{Title: "Blast in Karvo", Body: "JAKARTA, Indonesia — A blast rocked downtown Jakarta on Thursday.\n\n" +
		"Gunshots were heard near the Kemang shopping mall and a police station. The area also has many hotels and embassies, including the French."})
	found := false
	for _, r := range x.Relations {
		if r.Subject == "Kemang shopping mall" && r.Predicate == "locatedIn" {
			found = true
			if r.Object != "Jakarta" {
				t.Errorf("Kemang shopping mall locatedIn %q, want Jakarta", r.Object)
			}
		}
	}
	if !found {
		t.Errorf("no place for the mall: %+v", x.Relations)
	}
}

// TestCreedPlaceNouns: a people's or creed's word alone before a place noun makes no
// place's name ("the largely Shiite district of Sadr City", "a Kurdish town"), but a
// body's name written in lower case still reads ("the Islamic state").
func TestCreedPlaceNouns(t *testing.T) {
	x := mustExtract(t, kg.Article{Title: "Market bombing", Body: "BAGHDAD — A bomb tore through a market in the largely Shiite district of Sadr City on Sunday, killing 12 people. " +
		"Another bomb hit a predominantly Sunni district of western Baghdad.\n\n" +
		"\"You will see attacks from the Islamic state,\" the gunman wrote. Islamic State claimed the attack."})
	for _, bad := range []string{"Shiite district", "Sunni district"} {
		if e := entityNamed(x, bad); e != nil {
			t.Errorf("%q is an entity: %+v", bad, e)
		}
	}
	if f := figureOf(t, x, 12); f.Place != "Sadr City" {
		t.Errorf("12 killed: place %q, want Sadr City", f.Place)
	}
	found := false
	for _, e := range x.Entities {
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			found = found || n == "Islamic State" && e.Type == kg.Organization
		}
	}
	if !found {
		t.Errorf("no Islamic State: %+v", x.Entities)
	}
}

// TestPollsterNames: a name right after "a", "an" or "the" and before "poll" or "survey"
// is its pollster, a body ("an Ipsos MORI poll"), and the poll's figures are its own.
func TestPollsterNames(t *testing.T) {
	x := mustExtract(t, kg.Article{Title: "Referendum poll", Body: "An Elm Vesta poll for the Karvo Standard newspaper found support for Remain on 52 percent and Leave on 48 percent."})
	if e := entityNamed(x, "Elm Vesta"); e == nil || e.Type != kg.Organization {
		t.Errorf("Elm Vesta: %+v, want an organization", e)
	}
	if f := figureOf(t, x, 52); f.Source != "Elm Vesta" {
		t.Errorf("52 percent: source %q, want Elm Vesta", f.Source)
	}
}

// TestEmployerBeforeStaff: a two-word name right before "executive", "CEO", "unit",
// "subsidiary", "officials", "employees", "customers", "shareholders" or "stores" is the
// employer, a body ("Karvo Nast executive Dana Ruiz"); "named Dana
// Ruiz executive chairman" keeps the person.
func TestEmployerBeforeStaff(t *testing.T) {
	x := mustExtract(t, kg.Article{Title: "Hires", Body: "Former Karvo Nast executive Dana Ruiz joined the board. In October, Acme named former Googler Tomas Reyes executive chairman. Elmo Mac stores sold out."})
	for _, name := range []string{"Karvo Nast", "Elmo Mac"} {
		if e := entityNamed(x, name); e == nil || e.Type != kg.Organization {
			t.Errorf("%s: %+v, want an organization", name, e)
		}
	}
	for _, e := range x.Entities {
		if e.Type == kg.Organization && (e.Name == "Tomas Reyes" || e.Name == "Googler Tomas Reyes") {
			t.Errorf("%s typed an organization", e.Name)
		}
	}
}

// TestLatterClause: "in X … and in Y, the latter killing 90 people" is Y's count, not the
// event the sentence names first; "the former" is X's.
func TestLatterClause(t *testing.T) {
	for word, want := range map[string]string{"latter": "Ankara", "former": "Suruc"} {
		x := mustExtract(t, kg.Article{Title: "Bombings", Published: time.Date(2016, 1, 12, 0, 0, 0, 0, time.UTC),
			Body: "Ruritania was hit by two major bombings last year, in the town of Suruc near the border and in the capital Ankara, the " + word + " killing more than 90 people at a rally."})
		if f := figureOf(t, x, 90); f.Place != want {
			t.Errorf("the %s: place %q, want %s", word, f.Place, want)
		}
	}
}

// TestPluralModifierOfMoney: after an amount of money, a plural that modifies a singular
// head does not end the measure ("a $10 million civil rights lawsuit against").
func TestPluralModifierOfMoney(t *testing.T) {
	checkFigures(t, "Lawsuit", map[string][]string{
		"The driver has filed a $10 million civil rights lawsuit against the company.": {"civil rights lawsuit 1e+07 USD"},
	}, "civil rights 1e+07 USD")
}

// TestOutletOpensSentence: a lone capitalised word opening a sentence before an outlet's
// kind and a verb of saying ("Karvi news website reported") is the outlet's name.
func TestOutletOpensSentence(t *testing.T) {
	checkSourceCases(t, []sourceCase{
		{body: "A blast hit the consulate on Monday.\n\nKarvi news website reported that two security guards were wounded in the bombing.", value: 2, source: "Karvi"},
		{body: "A blast hit the consulate on Monday.\n\nZemlo newspaper reported that four suspects had been detained.", value: 4, source: "Zemlo"},
	})
}
