package extraction

import (
	"strings"
	"testing"
)

// TestHonorificsWithoutDot: British style writes "Mr Ygeman", "Ms Roe", "Dr Holt" with
// no full stop; the honorific is no part of the name, which is the person the article
// named in full before. A name that only looks alike keeps its words ("Drum Tower").
func TestHonorificsWithoutDot(t *testing.T) {
	x := extractBody(t, "Interior Minister Anders Velgren spoke on Monday. "+
		"Mr Velgren said 400 people had applied. Dr Jane Holt, a surgeon at the clinic, said 12 people were hurt. "+
		"Ms Holt later said the Drum Tower was closed.")
	for _, e := range x.Entities {
		switch e.Name {
		case "Mr Velgren", "Dr Jane Holt", "Ms Holt":
			t.Errorf("entity %q (%s): an honorific is no part of a name", e.Name, e.Type)
		}
	}
	if e := entityNamed(x, "Anders Velgren"); e == nil || e.Mentions < 2 {
		t.Errorf("Mr Velgren is Anders Velgren: %+v", x.Entities)
	}
	if e := entityNamed(x, "Jane Holt"); e == nil || e.Type != "Person" || e.Mentions < 2 {
		t.Errorf("Dr Jane Holt is the person Jane Holt, named twice: %+v", x.Entities)
	}
	if e := entityNamed(x, "Drum Tower"); e == nil {
		t.Errorf("no Drum Tower: %+v", x.Entities)
	}
}

// TestPronounSpeakerNotNamedInQuote: "he said" after a quote is not a person the quote
// itself names in the third person; the chain goes back to whoever spoke before. A
// quote that names no one keeps the nearest person.
func TestPronounSpeakerNotNamedInQuote(t *testing.T) {
	x := extractBody(t, "Foreign Minister Alan Brisk said he had \"no insight at all\" into the plan. "+
		"Western capitals were surprised by Omar Vell's decision to withdraw. "+
		"\"Nobody knows what Mr Vell intends when he acts,\" he said.\n\n"+
		"Senator Rita Okafor spoke on Monday. Voters were surprised by Dan Pelt's decision to quit. "+
		"\"Nobody knows what comes next,\" he said.")
	speakers := map[string]string{}
	for _, q := range x.Quotes {
		speakers[q.Text] = q.Speaker
	}
	if sp := speakers["Nobody knows what Mr Vell intends when he acts"]; sp != "Alan Brisk" {
		t.Errorf("speaker of the quote naming Vell = %q, want Alan Brisk; quotes %+v", sp, x.Quotes)
	}
	if sp := speakers["Nobody knows what comes next"]; sp != "Dan Pelt" {
		t.Errorf("speaker of the quote naming no one = %q, want Dan Pelt (the last man named); quotes %+v", sp, x.Quotes)
	}
}

// TestDescribedSpeakerNotTheNameInItsClause: a speaker described by a relative clause
// ("a donor who backs Trump said", "said one donor, who gave to Senate candidates") is
// the one described, not a name inside the clause; a clause that gives the speaker's
// name ("one man, who gave his name only as Steven, said") still names the speaker.
func TestDescribedSpeakerNotTheNameInItsClause(t *testing.T) {
	x := extractBody(t, "\"The money may not matter at all,\" a donor who backs Rita Okafor said.\n\n"+
		"\"We are not there yet,\" asked another donor, who said his goal was to protect House and Senate candidates.\n\n"+
		"\"I saw the fires from the road,\" one man, who gave his name only as Steven, said by telephone.")
	for _, q := range x.Quotes {
		switch {
		case strings.HasPrefix(q.Text, "The money"):
			if q.Speaker != "a donor who backs Rita Okafor" {
				t.Errorf("speaker %q, want the donor described", q.Speaker)
			}
		case strings.HasPrefix(q.Text, "We are not"):
			if q.Speaker == "House" || q.Speaker == "Senate" {
				t.Errorf("speaker %q: a body named in the donor's clause", q.Speaker)
			}
		case strings.HasPrefix(q.Text, "I saw"):
			if q.Speaker != "Steven" {
				t.Errorf("speaker %q, want Steven, the name the clause gives", q.Speaker)
			}
		}
	}
	if len(x.Quotes) != 3 {
		t.Errorf("%d quotes, want 3: %+v", len(x.Quotes), x.Quotes)
	}
}

// TestBodiesNamedForACause: a body named for what it stands for keeps its whole name
// when its first part is a nationality, a plural of people or a common word
// ("Egyptian Initiative for Personal Rights", "Medical Students for Choice", "Habitat for
// Humanity"); not a party word or a place before "for" ("a Democrat for Senate", "Rio for
// the Olympics"), nor a person after it.
func TestBodiesNamedForACause(t *testing.T) {
	x := extractBody(t, "Dana Ruiz, the associate director of the Egyptian Initiative for Personal Rights, spoke first. "+
		"The group Medical Students for Choice said 40 clinics had closed. "+
		"The donation went to Habitat for Humanity last year. "+
		"Ann Pell, who ran as a Democrat for Senate, lost. Crews prepared Rio for the Olympics. "+
		"Volunteers from Students for Sanders knocked on doors.")
	for _, name := range []string{"Egyptian Initiative for Personal Rights", "Medical Students for Choice", "Habitat for Humanity"} {
		if e := entityNamed(x, name); e == nil || e.Type != "Organization" {
			t.Errorf("no organization %q: %+v", name, x.Entities)
		}
	}
	for _, e := range x.Entities {
		if strings.Contains(e.Name, "Democrat for") || strings.Contains(e.Name, "Rio for") || strings.Contains(e.Name, "for Sanders") {
			t.Errorf("entity %q: not a name joined at \"for\"", e.Name)
		}
	}
}

// TestBrothersFirms: "Bros." ends a firm's name as "Inc." does ("Kessler Bros. said",
// "the Dalton Bros circus"); the firm is an organization, not a person or a place.
func TestBrothersFirms(t *testing.T) {
	x := extractBody(t, "The film was released by Kessler Bros. in March, the studio said. "+
		"Elephants from the Dalton Bros circus were moved to Florida.")
	for _, name := range []string{"Kessler Bros.", "Dalton Bros"} {
		if e := entityNamed(x, name); e == nil || e.Type != "Organization" {
			t.Errorf("%s is a firm: %+v", name, x.Entities)
		}
	}
}

// TestDescribedSpeakersPastAdverbs: an adverb between a speaker's description and its
// verb, or after the description, is no part of it ("a spokesman testily told", "said an
// opposition spokesman still in Geneva"); an acquaintance and a family speak; a campaign
// is never "she".
func TestDescribedSpeakersPastAdverbs(t *testing.T) {
	x := extractBody(t, "\"If they had looked more carefully,\" a spokesman testily told a reporter.\n\n"+
		"\"The city is a catastrophe,\" said an opposition spokesman still in Geneva after the talks.\n\n"+
		"\"He had been worried for weeks,\" the acquaintance said.\n\n"+
		"Governor Rita Okafor had a planned campaign event in Ohio. The campaign abruptly announced that the rally was cancelled. "+
		"\"I am humbled to be back on the trail,\" she wrote.")
	want := map[string]string{
		"If they had looked more carefully":    "a spokesman",
		"The city is a catastrophe":            "an opposition spokesman",
		"He had been worried for weeks":        "acquaintance",
		"I am humbled to be back on the trail": "Rita Okafor",
	}
	for _, q := range x.Quotes {
		if w, ok := want[q.Text]; ok && q.Speaker != w {
			t.Errorf("speaker of %q = %q, want %q", q.Text, q.Speaker, w)
		}
	}
}

// TestAnsweringPopes: "answered" reports speech; "the pope" is the pope the article
// named, not another name in the fronted clause ("When a reporter asked about Zika, the
// pope answered, …"); "thanked … for" introduces the thanker's words; who answers a call
// does not speak.
func TestAnsweringPopes(t *testing.T) {
	x := extractBody(t, "Pope Tobias flew home on Monday. When the reporter asked about the risks of Velora, the pope answered, \"Taking one life to save another is wrong.\"\n\n"+
		"Mayor Ann Pell spoke at the opening. Pell thanked the volunteers \"for keeping the doors open.\"\n\n"+
		"Suddenly, Dan Ortiz recalled, emails flooded in. Before he could read them, he answered a call from a friend.\n\n\"Did you see the news?\"")
	for _, q := range x.Quotes {
		switch q.Text {
		case "Taking one life to save another is wrong.":
			if q.Speaker != "Tobias" && q.Speaker != "Pope Tobias" {
				t.Errorf("speaker %q, want the pope named before", q.Speaker)
			}
		case "for keeping the doors open.":
			if q.Speaker != "Ann Pell" {
				t.Errorf("speaker %q, want Ann Pell, who thanked", q.Speaker)
			}
		case "Did you see the news?":
			if q.Speaker == "Dan Ortiz" {
				t.Errorf("speaker %q: who answers a call does not say the caller's words", q.Speaker)
			}
		}
	}
	if len(x.Quotes) != 3 {
		t.Errorf("%d quotes, want 3: %+v", len(x.Quotes), x.Quotes)
	}
}

// TestGermanAmInNames: "am" joins a German paper's or a place's name ("Welt am Sonntag",
// "Kurier am Abend"), which is a body, not a person; "am" after a number is no particle.
func TestGermanAmInNames(t *testing.T) {
	x := extractBody(t, "He sees the market growing 1.5 percent this year, Kurier am Abend reported. "+
		"The rally in Ostburg starts at 10 am Monday.")
	if e := entityNamed(x, "Kurier am Abend"); e == nil || e.Type != "Organization" {
		t.Errorf("no organization Kurier am Abend: %+v", x.Entities)
	}
	for _, e := range x.Entities {
		if strings.Contains(e.Name, " am ") && e.Name != "Kurier am Abend" {
			t.Errorf("entity %q joined at \"am\"", e.Name)
		}
	}
}

// TestInitialsStayWithTheirPerson: initials with full stops are a person's given names,
// so "O.J." in "O.J.'s house" is the O.J. Kessel named before, not a body split from him.
func TestInitialsStayWithTheirPerson(t *testing.T) {
	x := extractBody(t, "O.J. Kessel was acquitted in 1995. \"I went to O.J.'s house just to support him,\" said Dana Ruiz.")
	for _, e := range x.Entities {
		if e.Name == "O.J." {
			t.Errorf("entity %q (%s) split from O.J. Kessel: %+v", e.Name, e.Type, x.Entities)
		}
	}
	if e := entityNamed(x, "O.J. Kessel"); e == nil || e.Type != "Person" || e.Mentions < 2 {
		t.Errorf("O.J. Kessel named twice: %+v", x.Entities)
	}
}
