package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestCopularOwner: a copula with a named possessor in place of the article gives the
// role the appositive "Lena Vik, Norvane Bank's chief executive," gives (roles.go
// copularOwner); a name that is a preposition's object is no subject of the copula.
func TestCopularOwner(t *testing.T) {
	x := extractBody(t, "Lena Vik is Norvane Bank's chief executive. Ola Berg became Quill Mining's chief financial officer in May.")
	wantRelations(t, x, [][3]string{
		{"Lena Vik", "chiefExecutiveOf", "Norvane Bank"},
		{"Ola Berg", "chiefFinancialOfficerOf", "Quill Mining"},
	})
	x = extractBody(t, "The lawyer for Lena Vik is Norvane Bank's chief executive.")
	if hasRelation(x, "Lena Vik", "chiefExecutiveOf", "Norvane Bank") {
		t.Errorf("the lawyer for Lena Vik is the chief executive, not she: %+v", x.Relations)
	}
}

// TestAllianceCopula: a copula states an alliance noun's description of its subject as
// an appositive does ("Birch, Acme's chief rival,"), "one of" before a plural noun
// included (alliances.go allianceCopula); the object of a preposition before the copula
// is not what the noun describes.
func TestAllianceCopula(t *testing.T) {
	x := extractBody(t, "Birch Foods is Acme Corp's chief rival in Peru. The Vesper Front is one of Ivan Dorov's closest allies.")
	wantRelations(t, x, [][3]string{
		{"Birch Foods", "rivalOf", "Acme Corp"},
		{"Vesper Front", "allyOf", "Ivan Dorov"},
	})
	x = extractBody(t, "The chief executive of Birch Foods is Acme Corp's chief rival in the bidding.")
	if hasRelation(x, "Birch Foods", "rivalOf", "Acme Corp") {
		t.Errorf("the chief executive is the rival, not Birch Foods: %+v", x.Relations)
	}
}

// TestKinCopula: a kin noun after a copula or a "who is" clause ties its subject to the
// possessor (kin.go kinCopulaSubject); not the object of a preposition before it.
func TestKinCopula(t *testing.T) {
	x := extractBody(t, "Ada Lund is Tom Lund's younger sister. Nils Holm, who is Ola Holm's cousin, spoke on Monday.")
	wantRelations(t, x, [][3]string{
		{"Ada Lund", "siblingOf", "Tom Lund"},
		{"Tom Lund", "siblingOf", "Ada Lund"},
		{"Nils Holm", "relativeOf", "Ola Holm"},
	})
	x = extractBody(t, "The lawyer for Ada Lund is Tom Lund's sister.")
	if hasRelation(x, "Ada Lund", "siblingOf", "Tom Lund") {
		t.Errorf("the lawyer is the sister, not Ada Lund: %+v", x.Relations)
	}
}

// TestHolderCopulaAtStop: "Kestrel is Lumo's largest shareholder." closing its sentence
// reads as the copula before a comma does (shareholders.go possessedHolders); a past
// copula still gives nothing.
func TestHolderCopulaAtStop(t *testing.T) {
	x := extractBody(t, "Kestrel Holdings is Halvorsen Bank's largest shareholder.")
	wantRelations(t, x, [][3]string{{"Kestrel Holdings", "investsIn", "Halvorsen Bank"}})
	x = extractBody(t, "Kestrel Holdings was Halvorsen Bank's largest shareholder.")
	if hasRelation(x, "Kestrel Holdings", "investsIn", "Halvorsen Bank") {
		t.Errorf("a past holding: %+v", x.Relations)
	}
}

// TestSaidItsOwn: a one-word name before "said it would … its" is a body's, whose
// clause names its own (nametypes.go itsInClause); "said it was important to keep its
// promise" is a person's "it", a state of things.
func TestSaidItsOwn(t *testing.T) {
	x := extractBody(t, "Toyota said it would close its plant in Kentucky for a week.")
	if e := entityNamed(x, "Toyota"); e == nil || e.Type != kg.Organization {
		t.Errorf("want Toyota an organization: %+v", x.Entities)
	}
	x = extractBody(t, "Halvek said it was important to keep its promise.")
	if e := entityNamed(x, "Halvek"); e == nil || e.Type != kg.Person {
		t.Errorf("want Halvek a person: %+v", x.Entities)
	}
}

// TestKinPastAge: an age between a named possessor and a kin noun is stepped over
// ("Lund's 25-year-old brother"; kin.go pastKinAge); after his or her it is not, the
// pronoun having gone to the wrong person as often as not.
func TestKinPastAge(t *testing.T) {
	x := extractBody(t, "Police were searching for Ivar Lund, Nils Lund's 25-year-old brother.")
	wantRelations(t, x, [][3]string{
		{"Ivar Lund", "siblingOf", "Nils Lund"},
		{"Nils Lund", "siblingOf", "Ivar Lund"},
	})
	x = extractBody(t, "Sara Moen of Dalby said Ada Berg was seen with her 4-year-old daughter, Lilja Berg.")
	for _, r := range x.Relations {
		if r.Predicate == "childOf" || r.Predicate == "parentOf" {
			t.Errorf("no kin past an age after her: %+v", r)
		}
	}
}

// TestOwnStakeIn: "its stake in X" states the clause subject's holding whatever verb
// governs it (stakes.go ownStakeIn), an offer for it included; not when another name
// stands between the subject and the pronoun.
func TestOwnStakeIn(t *testing.T) {
	x := extractBody(t, "Kestrel Holdings said it had not received an offer for its stake in Brekke Corp.")
	wantRelations(t, x, [][3]string{{"Kestrel Holdings", "investsIn", "Brekke Corp."}})
	x = extractBody(t, "Kestrel Holdings asked Lumo Capital to cap its stake in Brekke Corp.")
	if hasRelation(x, "Kestrel Holdings", "investsIn", "Brekke Corp.") {
		t.Errorf("the stake is Lumo Capital's: %+v", x.Relations)
	}
}
