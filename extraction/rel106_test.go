package extraction

import "testing"

// TestTitledHearers (rel106): "told" a person whom a title introduces is told that
// person ("told Judge Mara Holt", "told Mr. Vale", "told Ostrian Prime Minister Ivo
// Brandt"), not the title's owner; "was told" is a passive and tells no one.
func TestTitledHearers(t *testing.T) {
	x := extractBody(t, "Petra Vik is a lawyer in Karstad. Lars Dahl is a senator.\n\n"+
		"Vik told Judge Mara Holt that the firm would pay.\n\n"+
		"Dahl told Mr. Vale that the plan had failed.\n\n"+
		"Olsen Marr was told Judge Tora Lind would rule on Friday.")
	for _, r := range [][3]string{
		{"Petra Vik", "told", "Mara Holt"},
		{"Lars Dahl", "told", "Vale"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	for _, r := range x.Relations {
		if r.Object == "Tora Lind" && heard(r.Predicate) {
			t.Errorf("unwanted %+v: \"was told\" is a passive", r)
		}
	}
}

// TestTellerAfterQuote (rel106): "he" or "she" right after a quote is the quote's
// speaker, not a person the quoted words name ("“… by Mr. Hale …,” he told Judge
// Wood": the lawyer who spoke, not Hale).
func TestTellerAfterQuote(t *testing.T) {
	x := extractBody(t, "Ivo Hale, 40, sued the prison service in 2013. His lawyer, Tomas Berg, said after the flight, Hale began to feel pain in his leg.\n\n"+
		"\"We had complaints about pain by Mr. Hale since that date,\" he told Judge Anna Wood.")
	if !hasRelation(x, "Tomas Berg", "told", "Anna Wood") {
		t.Errorf("missing Tomas Berg told Anna Wood; relations: %+v", x.Relations)
	}
	if hasRelation(x, "Ivo Hale", "told", "Anna Wood") {
		t.Errorf("Ivo Hale told Anna Wood: the person the quote names is not its teller")
	}
}

// TestOutletJournalists (rel106): "told" an outlet's journalist ("told Karstad News'
// Ann Bell", "told Tarn TV host Ola Sund") tells the journalist as well as the outlet;
// a journalist who owns what follows ("told Karstad News' Ann Bell's producer") is not
// told, nor one after "he" or "she", whom the pronoun's reading may give wrongly.
func TestOutletJournalists(t *testing.T) {
	x := extractBody(t, "Karstad News is a broadcaster. Tarn TV is a network.\n\n"+
		"\"We will win,\" Petra Vik told Karstad News' Ann Bell.\n\n"+
		"\"It is over,\" Lars Dahl told Tarn TV host Ola Sund on Monday.\n\n"+
		"\"Not yet,\" Jan Kord told Karstad News' Eva Moss's producer.\n\n"+
		"Mara Lind spoke on Monday. \"Soon,\" she told Karstad News' Anna Berg.")
	for _, r := range [][3]string{
		{"Petra Vik", "told", "Karstad News"},
		{"Petra Vik", "told", "Ann Bell"},
		{"Lars Dahl", "told", "Ola Sund"},
	} {
		if !hasRelation(x, r[0], r[1], r[2]) {
			t.Errorf("missing %s %s %s; relations: %+v", r[0], r[1], r[2], x.Relations)
		}
	}
	if hasRelation(x, "Jan Kord", "told", "Eva Moss") {
		t.Errorf("Jan Kord told Eva Moss: her producer was told, not she")
	}
	for _, r := range x.Relations {
		if r.Object == "Anna Berg" && heard(r.Predicate) {
			t.Errorf("unwanted %+v: after \"she\" the journalist is left to the outlet", r)
		}
	}
}

// TestSharedSubjectPastQuotedPhrase (rel106): a short quoted phrase inside the first of
// two verb phrases ("an effort by “rivals to score points”") and "as a" before a noun
// phrase end no clause, so the verb after "and" keeps the sentence's subject; a quote
// after a comma is someone's words and still ends the verb phrase.
func TestSharedSubjectPastQuotedPhrase(t *testing.T) {
	x := extractBody(t, "Acme Corp is a firm. Birch Labs is a firm.\n\n"+
		"Tomas Vell brushed off the criticism as an effort by \"rivals to score points\" and accused Acme Corp of lying.\n\n"+
		"Maria Lind read out the line, \"rivals to score points\" and accused Birch Labs of lying.")
	if !hasRelation(x, "Tomas Vell", "accuses", "Acme Corp") {
		t.Errorf("missing Tomas Vell accuses Acme Corp; relations: %+v", x.Relations)
	}
	if hasRelation(x, "Maria Lind", "accuses", "Birch Labs") {
		t.Errorf("Maria Lind accuses Birch Labs: a quote after a comma ends the verb phrase")
	}
}
