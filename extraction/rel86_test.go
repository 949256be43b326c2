package extraction

import (
	"slices"
	"testing"

	"github.com/factgraph/kg"
)

// TestFirmBeforeAnalyst: a name before "analyst" or "economist" and a person's full name
// is the firm that employs the person, though its words look like a person's name; a
// person's name before "spokesman" stays a person's.
func TestFirmBeforeAnalyst(t *testing.T) {
	x := extractBody(t, "Orders slowed in March, Norbury Hale analyst Tessa Quillan said on Monday.")
	if e := entityNamed(x, "Norbury Hale"); e == nil || e.Type != kg.Organization {
		t.Errorf("Norbury Hale: want an organization: %+v", x.Entities)
	}
	x = extractBody(t, "Orders slowed in March, Dana Whitcombe spokesman Ivo Brandt said on Monday.")
	if e := entityNamed(x, "Dana Whitcombe"); e != nil && e.Type != kg.Person {
		t.Errorf("Dana Whitcombe: want a person: %+v", x.Entities)
	}
}

// TestFirmPossessingSpeaker: the possessor of a person's full name that speaks is a firm
// or a paper the person works for ("Norbury Hale's Tessa Quillan said"); the possessor
// of a person's name that does not speak keeps its type, and a body's full name after a
// person's possessive ("Ivo Brandt's Kestrel Motors Inc said") types no one a body.
func TestFirmPossessingSpeaker(t *testing.T) {
	x := extractBody(t, "Norbury Hale's Tessa Quillan said demand for the phones had grown.")
	if e := entityNamed(x, "Norbury Hale"); e == nil || e.Type != kg.Organization {
		t.Errorf("Norbury Hale: want an organization: %+v", x.Entities)
	}
	if !hasRelation(x, "Tessa Quillan", "employeeOf", "Norbury Hale") {
		t.Errorf("no Tessa Quillan employeeOf Norbury Hale: %+v", x.Relations)
	}
	x = extractBody(t, "Ivo Brandt's Kestrel Motors Inc said it would build a new plant.")
	if e := entityNamed(x, "Ivo Brandt"); e == nil || e.Type != kg.Person {
		t.Errorf("Ivo Brandt: want a person: %+v", x.Entities)
	}
	x = extractBody(t, "The film cast Dana Whitcombe's Tessa Quillan in a small role.")
	if e := entityNamed(x, "Dana Whitcombe"); e != nil && e.Type == kg.Organization {
		t.Errorf("Dana Whitcombe: no speaker, want no organization: %+v", x.Entities)
	}
}

// TestPossessedSpeakerAround: a body named once whose person speaks with a verb before
// the phrase ("said Harbinor's Ed Ross.", "told Harbinor's Ed Ross that") or after an
// adverb ("first reported") employs the person; a name that opens the clause said
// ("said Harbinor's Ed Ross played") is no speaker.
func TestPossessedSpeakerAround(t *testing.T) {
	for _, body := range []string{
		"Ticket sales were strong, said Harbinor's Ed Ross.",
		"A team source told Harbinor's Ed Ross that the coach would stay.",
		"Harbinor's Ed Ross first reported the trade.",
	} {
		if x := extractBody(t, body); !hasRelation(x, "Ed Ross", "employeeOf", "Harbinor") {
			t.Errorf("%q: no Ed Ross employeeOf Harbinor: %+v", body, x.Relations)
		}
	}
	if x := extractBody(t, "The coach said Harbinor's Ed Ross played well."); hasRelation(x, "Ed Ross", "employeeOf", "Harbinor") {
		t.Errorf("a clause's subject: want no employeeOf: %+v", x.Relations)
	}
}

// TestCapitalsPossessorEmploys: a one-word name written in capitals and named once
// employs the person whose full name it possesses ("KVRN's Ed Ross"); the same word in
// plain spelling ("Bright's Ed Ross"), a common word, does not without a verb of speech.
func TestCapitalsPossessorEmploys(t *testing.T) {
	x := extractBody(t, "The trade was covered by KVRN's Ed Ross and two other reporters.")
	if !hasRelation(x, "Ed Ross", "employeeOf", "KVRN") {
		t.Errorf("no Ed Ross employeeOf KVRN: %+v", x.Relations)
	}
	x = extractBody(t, "The trade was covered by Bright's Ed Ross and two other reporters.")
	if hasRelation(x, "Ed Ross", "employeeOf", "Bright") {
		t.Errorf("a common word named once: want no employeeOf: %+v", x.Relations)
	}
}

// TestAmountBeforeDealNoun: an amount between the article and the noun of "a deal to buy"
// does not hide the subject that made the deal ("Acme completed a $12 billion deal to buy
// Birch"); with no name before the amount's noun nothing is read.
func TestAmountBeforeDealNoun(t *testing.T) {
	for _, body := range []string{
		"Kestrel Motors Inc completed a $12 billion deal to buy Birch Labs Corp on Monday.",
		"Kestrel Motors Inc signed a 2.5 billion euro deal to buy Birch Labs Corp on Friday.",
	} {
		if x := extractBody(t, body); !hasRelation(x, "Kestrel Motors Inc", "acquires", "Birch Labs Corp") {
			t.Errorf("%q: no Kestrel Motors Inc acquires Birch Labs Corp: %+v", body, x.Relations)
		}
	}
	x := extractBody(t, "Kestrel Motors Inc shares rose. Traders expect a $12 billion deal to buy Birch Labs Corp.")
	if hasRelation(x, "Kestrel Motors Inc", "acquires", "Birch Labs Corp") {
		t.Errorf("no subject before the deal: want no acquires: %+v", x.Relations)
	}
}

// TestTrailingTitleInitialism: a title's initialism that closes a run of capitalised words
// with no person's name after it is no part of a name: "the Quorvel CTO," is the company
// and its officer, and the company keeps its own later mentions; before a name ("Quorvel
// CTO Ann Lisle") the title is the titled reader's as before.
func TestTrailingTitleInitialism(t *testing.T) {
	x := extractBody(t, "The suit said Lisle, the Quorvel CTO, had found a flaw. Quorvel denied it. Quorvel shares fell.")
	if e := entityNamed(x, "Quorvel CTO"); e != nil {
		t.Errorf("Quorvel CTO: want no entity: %+v", x.Entities)
	}
	if e := entityNamed(x, "Quorvel"); e == nil || e.Type != kg.Organization {
		t.Errorf("Quorvel: want an organization: %+v", x.Entities)
	}
	x = extractBody(t, "Quorvel CTO Ann Lisle said the flaw was fixed.")
	if !hasRelation(x, "Ann Lisle", "chiefTechnologyOfficerOf", "Quorvel") {
		t.Errorf("no Ann Lisle chiefTechnologyOfficerOf Quorvel: %+v", x.Relations)
	}
}

// TestBodyApartFromGluedName: a one-word body that its own contexts type (a company's
// legal form, "the company") stays apart from a name run typed a person that opens with
// it ("Quorvel Lumio", a product glued to its maker), and a leader the word lists name by
// surname stays apart from a run whose first word is no given name ("Gitmo Obama"); a
// given name before the surname is the person's ("Barack Obama … Obama").
func TestBodyApartFromGluedName(t *testing.T) {
	x := extractBody(t, "Shares of Quorvel rose after the company Quorvel said demand grew. Buyers said Quorvel Lumio costs too much. Quorvel said it would cut prices.")
	if e := entityNamed(x, "Quorvel"); e == nil || e.Type != kg.Organization {
		t.Errorf("Quorvel: want an organization apart from Quorvel Lumio: %+v", x.Entities)
	}
	x = extractBody(t, "Critics mocked the Gitmo Obama plan on Tuesday. Obama said the prison must close. Obama spoke again later.")
	if e := entityNamed(x, "Gitmo Obama"); e != nil && slices.Contains(e.Aliases, "Obama") {
		t.Errorf("Obama: want apart from Gitmo Obama: %+v", x.Entities)
	}
	x = extractBody(t, "Barack Obama spoke on Tuesday. Obama said the prison must close.")
	if e := entityNamed(x, "Barack Obama"); e == nil || !slices.Contains(e.Aliases, "Obama") {
		t.Errorf("Barack Obama: want the alias Obama: %+v", x.Entities)
	}
}
