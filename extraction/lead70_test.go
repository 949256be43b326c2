package extraction

import (
	"slices"
	"strings"
	"testing"

	"github.com/factgraph/kg"
)

// TestChiefTechnologyOfficerInitials: "CTO" is the chief technology officer, as "CEO",
// "CFO" and "COO" are their offices.
func TestChiefTechnologyOfficerInitials(t *testing.T) {
	x := extractBody(t, "Quill Systems Inc. opened an office in Oslo. Quill Systems has 400 workers.\n\n"+
		"Ivo Marsh, Quill Systems' CTO, said the office would grow.")
	if !hasRelation(x, "Ivo Marsh", "chiefTechnologyOfficerOf", "Quill Systems Inc.") {
		t.Errorf("no Ivo Marsh chiefTechnologyOfficerOf Quill Systems Inc.; relations %v", x.Relations)
	}
	// near miss: initials that name no office give no role
	x = extractBody(t, "Quill Systems Inc. opened an office in Oslo. Quill Systems has 400 workers.\n\n"+
		"Ivo Marsh, Quill Systems' QTO, said the office would grow.")
	for _, r := range x.Relations {
		if r.Subject == "Ivo Marsh" && r.Object == "Quill Systems Inc." {
			t.Errorf("a role from unknown initials: %v", r)
		}
	}
}

// TestOwnerBeforeTitleMark: a plural name's bare possessive before a title it holds
// ends the name ("Quill Systems' CEO"); a bare possessive inside a name does not.
func TestOwnerBeforeTitleMark(t *testing.T) {
	x := extractBody(t, "Quill Systems Inc. opened an office in Oslo. Quill Systems has 400 workers.\n\n"+
		"Ivo Marsh, Quill Systems' CEO, said the office would grow.")
	if entityNamed(x, "Quill Systems' CEO") != nil {
		t.Errorf("Quill Systems' CEO taken for a name; entities %v", entityNames(x))
	}
	if !hasRelation(x, "Ivo Marsh", "chiefExecutiveOfficerOf", "Quill Systems Inc.") {
		t.Errorf("no Ivo Marsh chiefExecutiveOfficerOf Quill Systems Inc.; relations %v", x.Relations)
	}
	// near miss: a union's name keeps its mark
	x = extractBody(t, "The Dockers' Union called a strike in Oslo on Monday.")
	if entityNamed(x, "Dockers' Union") == nil {
		t.Errorf("no Dockers' Union; entities %v", entityNames(x))
	}
}

// TestHyphenedScaledCurrency: an amount written as one hyphened word, number, scale and
// currency ("a 2.5-billion-euro fund"), is that many euros.
func TestHyphenedScaledCurrency(t *testing.T) {
	x := extractBody(t, "The Nordic Council agreed a 2.5-billion-euro fund for flood defences in Oslo on Monday.")
	f := findFigure(x, "fund", 2.5e9)
	if f == nil || f.Unit != "EUR" {
		t.Fatalf("no fund of 2.5 billion euros; figures %v", x.Figures)
	}
	// near miss: a number hyphened to another word is still no amount
	x = extractBody(t, "The Nordic Council agreed a 25-member panel for flood defences in Oslo on Monday.")
	for _, f := range x.Figures {
		if f.Unit == "EUR" || f.Value == 25e9 {
			t.Errorf("an amount from a count compound: %v", f)
		}
	}
}

// TestSuffixedCompanyNoShortForm: a company named in full with its suffix ("Kestrel
// Inc") is no short form of a longer suffixed name that opens with its word ("Kestrel
// Japan Corp."), while the bare word still is ("Quill" for Quill Media Corp.).
func TestSuffixedCompanyNoShortForm(t *testing.T) {
	x := extractBody(t, "Kestrel Inc said on Monday it would extend the deadline for bids. Kestrel, whose shares rose, has launched an auction.\n\n"+
		"A buyer is ready to bid for a stake in Kestrel Japan Corp.\n\nKestrel spokeswoman Ada Lind declined to comment.")
	if e := entityNamed(x, "Kestrel Japan Corp."); e == nil || slices.Contains(e.Aliases, "Kestrel Inc") {
		t.Errorf("Kestrel Inc merged into Kestrel Japan Corp. (or no such entity); entities %v", x.Entities)
	}
	if !hasRelation(x, "Ada Lind", "spokeswomanOf", "Kestrel Inc") {
		t.Errorf("no Ada Lind spokeswomanOf Kestrel Inc; relations %v", x.Relations)
	}
	// near miss: a bare name is still the short form of the suffixed one
	x = extractBody(t, "Quill Media Corp. said on Monday it would extend the deadline for bids.\n\nQuill spokeswoman Ada Lind declined to comment.")
	if !hasRelation(x, "Ada Lind", "spokeswomanOf", "Quill Media Corp.") {
		t.Errorf("no Ada Lind spokeswomanOf Quill Media Corp.; relations %v", x.Relations)
	}
}

// TestSuffixedCompanyNoPersonsName: a company named with its suffix is no short form of
// a person whose name holds its word ("Halden Co" beside "Mara Halden Ruiz").
func TestSuffixedCompanyNoPersonsName(t *testing.T) {
	x := extractBody(t, "Mara Halden Ruiz, 34, was shot in her home in Oslo in 1995. Her husband worked for Halden Co, an oil services firm.\n\n"+
		"Halden Co declined to comment on Friday.")
	if e := entityNamed(x, "Halden Co"); e == nil || e.Type != kg.Organization {
		t.Errorf("no organization Halden Co; entities %v", x.Entities)
	}
	// near miss: a bare surname is still the person's
	x = extractBody(t, "Mara Halden Ruiz, 34, was shot in her home in Oslo in 1995.\n\nRuiz had moved to Oslo in 1990.")
	if e := entityNamed(x, "Mara Halden Ruiz"); e == nil || !slices.Contains(e.Aliases, "Ruiz") {
		t.Errorf("Ruiz is not Mara Halden Ruiz's short form; entities %v", x.Entities)
	}
}

// TestQuakeInAnotherCountry: "a magnitude 7.8 quake hit … Tarsa" in a report on a quake
// in Velmar is another event when the article places the two towns in two countries; a
// number between the article and the noun keeps the noun indefinite.
func TestQuakeInAnotherCountry(t *testing.T) {
	body := "Aftershocks continue shaking the cities of Velmar, Japan and Tarsa, Ecuador, a week after earthquakes rocked the two cities.\n\n" +
		"A 7.0 temblor shook the city of Velmar on April 15, killing at least two people. " +
		"One day later, a magnitude 7.8 quake hit the coastal town of Tarsa, killing 410 people."
	x := extractBody(t, body)
	f := findFigure(x, "killed", 410)
	if f == nil || f.Event < 0 || x.Events[f.Event].Place != "Tarsa" {
		t.Errorf("the 410 killed are not of a quake in Tarsa: %+v; events %v", f, x.Events)
	}
	// near miss: a town of the same country stays the main event's
	x = extractBody(t, strings.Replace(body, "Tarsa, Ecuador", "Tarsa, Japan", 1))
	if f := findFigure(x, "killed", 410); f == nil || f.Event < 0 || x.Events[f.Event].Place != "Velmar" {
		t.Errorf("the 410 killed in a town of the same country left the main event: %+v; events %v", f, x.Events)
	}
}

// TestQuakeMagnitudeBeforeNoun: a number right before a quake's singular noun is its
// magnitude ("a 6.8 temblor"); before the plural it counts quakes.
func TestQuakeMagnitudeBeforeNoun(t *testing.T) {
	x := extractBody(t, "A 6.8 temblor shook the city of Velmar on Monday, killing at least two people.")
	if findFigure(x, "magnitude", 6.8) == nil {
		t.Errorf("no magnitude 6.8; figures %v", x.Figures)
	}
	// near miss: a count of quakes
	x = extractBody(t, "The state has been recording 2.5 earthquakes daily, the survey said.")
	if findFigure(x, "magnitude", 2.5) != nil {
		t.Errorf("a count of quakes read as a magnitude; figures %v", x.Figures)
	}
}

// TestAgedNameIsPerson: a name of two words or more with an age between commas after it
// is a person's ("Dalen Roof, 22, is accused"), whatever its words would say alone.
func TestAgedNameIsPerson(t *testing.T) {
	x := extractBody(t, "Dalen Roof, 22, is accused of opening fire at a church. Roof faces the death penalty.")
	if e := entityNamed(x, "Dalen Roof"); e == nil || e.Type != kg.Person {
		t.Errorf("Dalen Roof is no person; entities %v", x.Entities)
	}
	// near miss: a number between commas after a place is no age
	x = extractBody(t, "Storms hit Lake Orin, 12, miles from the coast, on Monday.")
	if e := entityNamed(x, "Lake Orin"); e != nil && e.Type == kg.Person {
		t.Errorf("Lake Orin typed Person; entities %v", x.Entities)
	}
}
