package extraction

import (
	"testing"

	"github.com/factgraph/kg"
)

// TestDocumentSpeakers: a document that speaks is never the speaker by its own noun
// ("the statement added"): its author when the article names one (in the phrase, or
// where the document was brought in), whom a word before the noun describes ("the city
// statement": the city), else no one. A document "saying" a quote is its issuer's ("The
// company later issued a statement saying"), and a document's author speaks the quoted
// words of the clause it says ("The statement said the United States is monitoring "…"").
func TestDocumentSpeakers(t *testing.T) {
	cases := []struct{ body, text, want string }{
		{`The Navy listed the missing sailors on Sunday. "Our thoughts are with the sailors and their families," the statement added.`,
			"Our thoughts are with the sailors and their families", ""},
		{`The Navy said in a statement on Sunday that the search would go on. "Our thoughts are with the sailors and their families," the statement added.`,
			"Our thoughts are with the sailors and their families", "Navy"},
		{`"We respect the criminal justice process at every level," the city statement said.`,
			"We respect the criminal justice process at every level", "city"},
		{`"We thank the rescuers for their quick action," a joint statement said.`,
			"We thank the rescuers for their quick action", ""},
		{`A Tarvo Corp spokesman said the company would curtail its business in Iran. The company later issued a statement saying: "Tarvo no longer seeks new customers in Iran."`,
			"Tarvo no longer seeks new customers in Iran.", "Tarvo Corp"},
		{`"The United States views the events with concern," a statement by Secretary of State John Kerry said. The statement said the United States is monitoring "a very fluid situation."`,
			"a very fluid situation.", "John Kerry"},
		{`"The United States views the events with concern," a statement by Secretary of State John Kerry said.` + "\n\n" +
			`A statement posted on the university website confirmed the death. "We learned last night of the death of a fine young man," the statement said.`,
			"We learned last night of the death of a fine young man", ""},
		{`The governor signed an order that applies to "certain Financing Authority notes," a statement from the government said.` + "\n\n" +
			`"With this action, all transfers of revenues are suspended," the statement said.`,
			"With this action, all transfers of revenues are suspended", "government"},
	}
	for _, c := range cases {
		got, ok := speakerOfQuote(t, c.body, c.text)
		if !ok {
			t.Errorf("no quote %q in %q", c.text, c.body)
			continue
		}
		if got != c.want {
			t.Errorf("speaker of %q = %q, want %q", c.text, got, c.want)
		}
	}
}

// TestDocumentNamed: a speaker whose last word is a lower-case document noun is a
// document; a publication ("a reformist newspaper") and a name ("Drudge Report") speak.
func TestDocumentNamed(t *testing.T) {
	for s, want := range map[string]bool{"statement": true, "a joint statement": true, "army command statement": true,
		"a reformist newspaper": false, "Drudge Report": false, "police": false} {
		if got := documentNamed(s); got != want {
			t.Errorf("documentNamed(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestVerbAfterCount: a word in -ing right after a count and followed by "as", "since", a
// determiner or a number is a verb with what follows it ("the other two serving as vice
// presidents"), not what the count counts; a noun in -ing stays the measure ("a $648
// million drawing in 2013", "four offspring").
func TestVerbAfterCount(t *testing.T) {
	x := extractBody(t, "The winner will become president, with the other two serving as vice presidents.\n\n"+
		"Six new species have become established, with five arriving since 1990.\n\n"+
		"Nyquist, who had won $3.3 million heading into the Derby, won again.")
	for _, f := range x.Figures {
		if f.Measure == "serving" || f.Measure == "arriving" || f.Measure == "heading" {
			t.Errorf("%v %s: a verb, not a measure (%q)", f.Value, f.Measure, f.Text)
		}
	}
	x = extractBody(t, "It is the third largest jackpot, behind a $648 million drawing in 2013.\n\n"+
		"The orangutan gave birth to four offspring there.")
	wantMeasures(t, x, map[float64]string{648000000: "drawing", 4: "offspring"})
}

// TestValueLost: a share of what a thing is worth that a verb of losing takes is the
// loss of it ("has lost 55 percent of its value": value loss), as "wiped out $5 trillion
// in value" is; a share of value with another verb stays the value's.
func TestValueLost(t *testing.T) {
	x := extractBody(t, "Tarvo's stock has lost 55 percent of its value in the past 12 months.\n\n"+
		"Norvik shares have lost about a third of their market value since April.\n\n"+
		"Ostin Bank holds 12 percent of its value in bonds.")
	wantMeasures(t, x, map[float64]string{55: "value loss", 33.3: "market value loss"})
	for _, f := range x.Figures {
		if f.Value == 12 && f.Measure == "value loss" {
			t.Errorf("12 percent held read as a loss: %+v", f)
		}
	}
}

// TestRelativeYear: a month followed by "last year", "this year" or "next year" is of
// that year, whatever month the report is published in ("in February last year" in a
// March 2016 report is February 2015; "in November this year" is 2016's, not last
// November); "last year's champion" after a month says nothing of the month's year.
func TestRelativeYear(t *testing.T) {
	x := extractBody(t, "Two people were killed in a shooting in Varsk in February last year.\n\n"+
		"The company will open 40 stores in November this year.\n\n"+
		"It plans to hire 300 workers in April of next year.\n\n"+
		"In February, last year's champion won 3 races in Velland.")
	wantFigureField(t, x, map[float64]string{2: "2015-02", 40: "2016-11", 300: "2017-04", 3: "2016-02"}, "date",
		func(f kg.Figure) string { return f.Date })
}

// TestNumberInName: a number followed at once by capitalised words that end in a singular
// and stand as a name is part of the name ("the Standard & Poor's 500 Index", "the 91
// Freeway", "the 787 Dreamliner"), no count; a count of a plural, of a noun after the
// capitalised words, of coordinated modifiers, or in a unit stays.
func TestNumberInName(t *testing.T) {
	x := extractBody(t, "Futures on the Standard & Poor's 500 Index climbed 0.5 percent on Tuesday.\n\n"+
		"The standoff forced the closure of the 91 Freeway in Anaheim for six hours.\n\n"+
		"Boeing's 787 Dreamliner has had its share of trouble.")
	for _, f := range x.Figures {
		if f.Value == 500 || f.Value == 91 || f.Value == 787 {
			t.Errorf("%v %s: a number in a name, no figure (%q)", f.Value, f.Measure, f.Text)
		}
	}
	x = extractBody(t, "More than 1,000 Union and Confederate soldiers were killed at Petersburg.\n\n"+
		"The cache held nearly 57 million Mail.ru accounts, Holden said.\n\n"+
		"At least 350 Turkey-backed rebels crossed into Syria on Sunday.\n\n"+
		"The surface temperature is 20.5 Kelvin.\n\n"+
		"Remains Found, 150 Structures Destroyed in Kern County Wildfire.")
	for _, v := range []float64{1000, 57e6, 350, 20.5, 150} {
		found := false
		for _, f := range x.Figures {
			found = found || f.Value == v
		}
		if !found {
			t.Errorf("no figure %v: %+v", v, x.Figures)
		}
	}
}

// TestGeorgiaState: a name that is a U.S. state's and a nation's is the state's where the
// article sets it beside another state or after a U.S. town; alone or beside nations it
// stays the nation.
func TestGeorgiaState(t *testing.T) {
	x := extractBody(t, "Two winning tickets were sold in California and Georgia, lottery officials said.")
	if e := entityNamed(x, "Georgia"); e == nil || e.Country != "United States" {
		t.Errorf("Georgia beside California: %+v, want country United States", e)
	}
	x = extractBody(t, "Russia fought a short war with Georgia and Ukraine watched.")
	if e := entityNamed(x, "Georgia"); e == nil || e.Country != "Georgia" {
		t.Errorf("Georgia beside Russia and Ukraine: %+v, want country Georgia", e)
	}
}

// TestPlacesCounted: a count of states, countries, nations or cities lies in no place that
// a list beside it names ("played in 44 states, Washington, D.C. and …", "30 countries,
// including Brazil"); its place is where the sentence says they lie ("22 countries in the
// Americas", "two cities in the southern state of Chiapas"). A count of counties keeps
// the place the sentence names.
func TestPlacesCounted(t *testing.T) {
	x := extractBody(t, "The lottery is played in 44 states, Washington, D.C. and the U.S. Virgin Islands.\n\n"+
		"The virus has spread to 30 countries, including Brazil and Colombia.\n\n"+
		"The pope will visit two cities in the southern state of Chiapas on Monday.\n\n"+
		"Texas Governor Greg Abbott declared a state of disaster in 31 counties on Wednesday.")
	wantFigureField(t, x, map[float64]string{44: "", 30: "", 2: "Chiapas", 31: "Texas"}, "place",
		func(f kg.Figure) string { return f.Place })
}

// TestBodyInIng: a body whose name ends in -ing ("Corning Inc.") opening a sentence is
// no verb before a name the article writes elsewhere ("Inc."): the whole name stays.
func TestBodyInIng(t *testing.T) {
	x := extractBody(t, "Shares of Tarvo Inc. fell on Monday.\n\n"+
		"Corning Inc., a supplier of glass for panel makers, said its factory in Tainan was not damaged.")
	if e := entityNamed(x, "Corning Inc."); e == nil || e.Type != kg.Organization {
		t.Errorf("Corning Inc.: %+v, want an organization", e)
	}
}

// TestPronounNotTheNamed: "he" before a verb of saying is not the person his own words
// name ("He said Trump was "clearly out of his mind""): kg gives the words no speaker
// rather than Trump; a "he said" whose clause names no one keeps the person before.
func TestPronounNotTheNamed(t *testing.T) {
	body := `After Donald Trump called for a ban, the new foreign minister took aim. He said Trump was "clearly out of his mind" on Monday.`
	if sp, ok := speakerOfQuote(t, body, "clearly out of his mind"); ok && sp == "Donald Trump" {
		t.Errorf("speaker %q: the words are the minister's, not Trump's", sp)
	}
	body = `Coach Tom Baker spoke after the game on Sunday. He said the team was "nowhere near ready" for the final.`
	if sp, _ := speakerOfQuote(t, body, "nowhere near ready"); sp != "Tom Baker" {
		t.Errorf("speaker %q, want Tom Baker", sp)
	}
}

// TestBasedPlaceNoSubject: a place named in a figure's sentence only where a body is
// based ("the San Francisco-based startup") is never the figure's subject.
func TestBasedPlaceNoSubject(t *testing.T) {
	x := extractBody(t, "The San Francisco-based startup, which operates in nearly 200 countries, also secured a $1 billion debt facility in June.\n\n"+
		"The Palo Alto, California-based company also said it would cut about 800 jobs.")
	for _, f := range x.Figures {
		if f.Subject == "San Francisco" || f.Subject == "Palo Alto" || f.Subject == "California" {
			t.Errorf("%v %s: subject %q is where a body is based", f.Value, f.Measure, f.Subject)
		}
	}
}
