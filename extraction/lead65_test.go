package extraction

import "testing"

// TestSpeechVerbInBracketsAfterQuote: a verb of saying inside brackets after a closing
// mark belongs to the aside, so the term quoted before it has no speaker and stays a
// term; a bracketed tag inside the speaker's name is read past.
func TestSpeechVerbInBracketsAfterQuote(t *testing.T) {
	x := extractBody(t, "The panel praised the \"index theorem,\" devised in 1963 with Ann Vale of "+
		"the Norland Institute (and properly called the Vale-Atiyah theorem), as a landmark.\n\n"+
		"\"We will not back down,\" Rep. Rita Okafor (D-Calif.) said on Monday.")
	for _, q := range x.Quotes {
		if q.Text == "index theorem" {
			t.Errorf("quote %q given to %q: a term, and the verb is the aside's", q.Text, q.Speaker)
		}
	}
	found := false
	for _, q := range x.Quotes {
		found = found || q.Speaker == "Rita Okafor" && q.Text == "We will not back down"
	}
	if !found {
		t.Errorf("no quote of Rita Okafor past her bracketed tag: %+v", x.Quotes)
	}
}

// TestStandingShareSubjects: in a list of standings each share is the person named right
// before its "at", "on" or "with"; "with" after the object of a verb or a preposition
// ("beat Dana Ruiz with two votes to one") stays the clause subject's.
func TestStandingShareSubjects(t *testing.T) {
	x := extractBody(t, "Senator Rita Okafor, Governor Tom Wade and Mayor Dana Ruiz ran in the primary. "+
		"With 40% of votes counted, Okafor leads at 41.9%, ahead of Wade at 30.3% and Ruiz on 13.2%.\n\n"+
		"A poll of 600 voters put Okafor at 38 percent, Wade with 21 percent.\n\n"+
		"In the county vote, Okafor beat Ruiz with two votes to one.")
	wantSubjects(t, x, map[float64]string{30.3: "Tom Wade", 13.2: "Dana Ruiz", 21: "Tom Wade", 2: "Rita Okafor"})
}

// TestChangeSubjectPastShowingVerb: the subject of a verb of change stops at a verb that
// reports it ("data released over the weekend showed Norland's exports fell 1.8 percent":
// exports, not "weekend showed exports").
func TestChangeSubjectPastShowingVerb(t *testing.T) {
	x := extractBody(t, "Stocks retreated after data released over the weekend showed Norland exports fell 1.8 percent in April.")
	wantMeasures(t, x, map[float64]string{1.8: "exports fall"})
}

// TestMakerAndCommonWordProduct: a maker the word lists know, glued to a common word, is
// the maker's product, not a person ("Facebook Messenger"); an unknown first word before
// a word that is also a surname stays a person ("Halvor Grove").
func TestMakerAndCommonWordProduct(t *testing.T) {
	x := extractBody(t, "Facebook makes apps. Many users prefer Facebook Messenger to other apps.\n\n"+
		"Halvor runs the shop. Halvor Grove said the shop would close.")
	if e := entityNamed(x, "Facebook Messenger"); e == nil || e.Type != "Other" {
		t.Errorf("Facebook Messenger should be a product (Other): %+v", e)
	}
	if e := entityNamed(x, "Halvor Grove"); e == nil || e.Type != "Person" {
		t.Errorf("Halvor Grove should stay a person: %+v", e)
	}
}

// TestPlacePossessiveOpener: a country's firm opening the clause is the subject of the
// clause's figures, not the country; a country's own measure stays the country's.
func TestPlacePossessiveOpener(t *testing.T) {
	x := extractBody(t, "Japan's Vexon Corp this month agreed to pay $40 million to settle the claims.\n\n"+
		"Sweden's economy grew 2.5 percent last year.")
	wantSubjects(t, x, map[float64]string{40000000: "Vexon Corp", 2.5: "Sweden"})
}

// TestTitledPersonAtShare: a person named with a title before "at" and a share is a
// standing, not a measure named by the title ("Ohio Gov. Rita Okafor at 10.7%").
func TestTitledPersonAtShare(t *testing.T) {
	x := extractBody(t, "With all votes counted, Tom Wade was at 48.2%, with Ohio Gov. Rita Okafor at 10.7%.")
	found := false
	for _, f := range x.Figures {
		if f.Value == 10.7 {
			found = true
			if f.Measure != "vote share" || f.Subject != "Rita Okafor" {
				t.Errorf("10.7%%: measure %q subject %q, want vote share of Rita Okafor", f.Measure, f.Subject)
			}
		}
	}
	if !found {
		t.Errorf("no 10.7%% figure: %+v", x.Figures)
	}
}

// TestSubjectOfClauseAfterWhile: a figure in a clause after ", while" or ", but" belongs
// to that clause's subject, not the sentence's first; a figure before the comma keeps it.
func TestSubjectOfClauseAfterWhile(t *testing.T) {
	x := extractBody(t, "Senator Rita Okafor, Governor Tom Wade, Dana Ruiz and Ann Vale are running. Okafor has a lead of about 200 pledged delegates over Ruiz, while Wade leads Vale by around 100 delegates.")
	wantSubjects(t, x, map[float64]string{200: "Rita Okafor", 100: "Tom Wade"})
}

// TestPlaceDescriptionApposed: "Tencent, China's largest social network, …" describes the
// name before its comma: the clause's figures are Tencent's, not China's.
func TestPlaceDescriptionApposed(t *testing.T) {
	x := extractBody(t, "Vexon Corp, Japan's largest messaging app with 68 million registered users, has been mulling a listing.")
	wantSubjects(t, x, map[float64]string{68000000: "Vexon Corp"})
}

// TestProductMakerOpener: "the iPhone maker" opening a clause is the product's maker, not
// the product: its figures are not the product's.
func TestProductMakerOpener(t *testing.T) {
	x := extractBody(t, "Many people own an iPhone. As part of the campaign, the iPhone maker will donate proceeds from 27 apps to the group.")
	for _, f := range x.Figures {
		if f.Value == 27 && f.Subject == "iPhone" {
			t.Errorf("27 apps given to the product iPhone: %+v", f)
		}
	}
}

// TestPontiffIsThePope: "the pontiff" who speaks is the pope the article named; a
// description of another office is not.
func TestPontiffIsThePope(t *testing.T) {
	x := extractBody(t, "Pope Francis visited the suburb on Sunday. \"We have chosen hope, not fear,\" said the pontiff.\n\n"+
		"Senator Rita Okafor spoke later. \"We will rebuild,\" said the mayor.")
	for _, q := range x.Quotes {
		switch q.Text {
		case "We have chosen hope, not fear":
			if q.Speaker != "Francis" {
				t.Errorf("pontiff's quote given to %q, want Francis", q.Speaker)
			}
		case "We will rebuild":
			if q.Speaker == "Rita Okafor" || q.Speaker == "Francis" {
				t.Errorf("the mayor's quote given to %q", q.Speaker)
			}
		}
	}
}
