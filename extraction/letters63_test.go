package extraction

import (
	"strings"
	"testing"

	"github.com/factgraph/kg"
)

// TestLoneLettersNameNoOne: a capital letter alone labels a corner, a vitamin, a button
// or a unit ("corner B", "vitamin D", "255 K"); it names no entity. An initial that a
// word opening a clause follows ends the sentence ("255 K. Could …"), so the two are no
// name; an initial inside a person's name stays ("Dana J. Ruiz").
func TestLoneLettersNameNoOne(t *testing.T) {
	x := extractBody(t, "The square has corners labeled A and B, with corner B at the top. "+
		"Astronauts take vitamin D on the station. The planet sits at about 255 K. Could it ever warm up? "+
		"The tests were run by Dana J. Ruiz, a chemist at Harlow University. "+
		"Ruiz has two phones, the Moto G and the cheaper Moto G. The second one broke.")
	for _, e := range x.Entities {
		if len(e.Name) <= 2 || strings.HasPrefix(e.Name, "K.") {
			t.Errorf("entity %q (%s): a lone letter names no one", e.Name, e.Type)
		}
		if strings.HasSuffix(e.Name, ".") || strings.HasSuffix(e.Name, " The") {
			t.Errorf("entity %q: a sentence's full stop or next word is not part of a name", e.Name)
		}
	}
	if e := entityNamed(x, "Dana J. Ruiz"); e == nil {
		t.Errorf("no Dana J. Ruiz: %+v", x.Entities)
	}
	if e := entityNamed(x, "Moto G"); e == nil {
		t.Errorf("no Moto G: %+v", x.Entities)
	}
}

// TestTownsInNamedProvinces: a town the gazetteer knows lies in its province or state
// when the article names that too ("near Fresno" in a story that names California); not
// where the text itself puts the town elsewhere ("Aurora, Illinois" in a story that also
// names Colorado).
func TestTownsInNamedProvinces(t *testing.T) {
	x := extractBody(t, "The fire began near Fresno on Sunday. California officials said 12 homes burned. "+
		"A second fire in Aurora, Illinois, was put out. Colorado sent two crews. "+
		"Donors in London and Westminster gave money.")
	if !hasRelation(x, "Fresno", "locatedIn", "California") {
		t.Errorf("no Fresno locatedIn California: %+v", x.Relations)
	}
	if hasRelation(x, "Aurora", "locatedIn", "Colorado") {
		t.Errorf("Aurora put in Colorado though the text says Illinois: %+v", x.Relations)
	}
}

// TestCommonWordsNamedOnce: a common English word capitalised once and typed a body by
// nothing but the default of a lone capitalised word is no entity ("Read or Share this
// story", "the Hand of the King rock"); a word where a body's name goes stays one: in a
// list of bodies, before a possessive and a name, before an outlet's noun.
func TestCommonWordsNamedOnce(t *testing.T) {
	x := extractBody(t, "The ship sank near the Hand of the King rock, officials said. Read or Share this story online. "+
		"Investors bought shares of rivals like TalkTalk, Sky and Vodafone on Monday. A Time magazine photographer was hurt. "+
		"Alphabet's Google said it would help.")
	for _, gone := range []string{"Hand", "Share"} {
		if e := entityNamed(x, gone); e != nil {
			t.Errorf("%q is an entity (%s): a common word named once", gone, e.Type)
		}
	}
	for _, kept := range []string{"Sky", "Time", "Alphabet"} {
		if e := entityNamed(x, kept); e == nil || e.Type != kg.Organization {
			t.Errorf("%q: want an Organization, got %+v", kept, e)
		}
	}
}

// TestTownsBeforeTheirNouns: a one-word town the gazetteer knows, before a noun a town
// modifies, is a place ("Tucson resident", "Fresno residents", "the Toledo mayor"); a
// body's noun before a title makes the title the body's, not the country's ("zoo president
// Dana Ruiz", "company President Ann Lee"), where "President Ann Lee" alone is the
// country's.
func TestTownsBeforeTheirNouns(t *testing.T) {
	x := extractBody(t, "The lawsuit filed by Tucson resident John Brakey alleges fraud in Arizona. Fresno residents were angry. "+
		"The Toledo mayor spoke. Both sides will file briefs, zoo president Dana Ruiz said. "+
		"Ann Lee agreed, company President Ann Lee said, and a Marine Corps fighter pilot flew over. In Peru, President Rosa Vela said it was over.")
	for _, town := range []string{"Tucson", "Fresno", "Toledo"} {
		if e := entityNamed(x, town); e == nil || e.Type != kg.Place {
			t.Errorf("%s: want a Place, got %+v", town, e)
		}
	}
	for _, r := range x.Relations {
		if r.Predicate == "presidentOf" && (r.Subject == "Dana Ruiz" || r.Subject == "Ann Lee") {
			t.Errorf("%s presidentOf %s: a body's president", r.Subject, r.Object)
		}
	}
	if !hasRelation(x, "Rosa Vela", "presidentOf", "Peru") {
		t.Errorf("no Rosa Vela presidentOf Peru: %+v", x.Relations)
	}
	if e := entityNamed(x, "Marine Corps"); e == nil || e.Type != kg.Organization {
		t.Errorf("Marine Corps: want an Organization, got %+v", e)
	}
}

// TestBranchesAndParticiples: a body the word lists know before a place is its station
// or branch ("CBS Denver", "BBC Europe"), not a person; a verb's -ing form
// opening a clause before a known place is no part of its name ("Neighboring Turkey has",
// "Praising Britain, Obama said"), unless more name follows ("Making America Great Again").
func TestBranchesAndParticiples(t *testing.T) {
	x := extractBody(t, "The deputy told CBS Denver that the road was closed. The ship left, BBC Europe reported. "+
		"Neighboring Turkey has taken in two million refugees. Praising Britain, the president said the union was strong. "+
		"Making America Great Again was the slogan. Actor Kerry Washington spoke.")
	for _, body := range []string{"CBS Denver", "BBC Europe"} {
		if e := entityNamed(x, body); e == nil || e.Type != kg.Organization {
			t.Errorf("%s: want an Organization, got %+v", body, e)
		}
	}
	for _, glued := range []string{"Neighboring Turkey", "Praising Britain"} {
		if e := entityNamed(x, glued); e != nil {
			t.Errorf("%q is an entity: the participle opens the clause", glued)
		}
	}
	if e := entityNamed(x, "Turkey"); e == nil || e.Type != kg.Place {
		t.Errorf("Turkey: want a Place, got %+v", e)
	}
	if e := entityNamed(x, "America Great Again"); e != nil {
		t.Errorf("the slogan was cut: %+v", e)
	}
	if e := entityNamed(x, "Kerry Washington"); e == nil || e.Type != kg.Person {
		t.Errorf("Kerry Washington: want a Person, got %+v", e)
	}
}

// TestFundsNamedCapital: "the capital, Ankara" makes the place a capital; the last word
// of a fund's name before a comma ("Sequoia Capital, Andreessen Horowitz") makes nothing
// the capital of anything.
func TestFundsNamedCapital(t *testing.T) {
	x := extractBody(t, "Investors in Turkey include Sequoia Capital, Andreessen Horowitz and Accel Partners. "+
		"The bankers later flew to the Turkish capital, Ankara.")
	for _, r := range x.Relations {
		if r.Predicate == "capitalOf" && r.Subject != "Ankara" {
			t.Errorf("%s capitalOf %s from %q", r.Subject, r.Object, r.Text)
		}
	}
	if !hasRelation(x, "Ankara", "capitalOf", "Turkey") {
		t.Errorf("no Ankara capitalOf Turkey: %+v", x.Relations)
	}
}
