package extraction

import "testing"

// TestAmountOwnerPossessive: a possessive right before an amount owns it, whatever the
// clause's subject (amountowners.go); a name after the amount is what it is of.
func TestAmountOwnerPossessive(t *testing.T) {
	x := extractBody(t, "European Union antitrust regulators will veto Kestrel Holdings's $10 billion bid to become the biggest mobile operator in Ruritania, two people familiar with the matter said on Monday.")
	if f := findFigure(x, "bid", 10e9); f == nil || f.Subject != "Kestrel Holdings" {
		t.Errorf("the $10 billion bid is Kestrel Holdings's: %+v", x.Figures)
	}
	x = extractBody(t, "Many are actively managed, such as Dunmore Capital's $40 billion Velmar Growth Fund, which has become the second-largest investor in Acme Corp.")
	for _, f := range x.Figures {
		if f.Value == 40e9 && f.Subject == "Dunmore Capital" {
			t.Errorf("the $40 billion is the fund's size, not Dunmore Capital's: %+v", f)
		}
	}
}

// TestYearBeforeNoun: a year that modifies a noun is no count (yearwords.go); a plural
// after "the" still is.
func TestYearBeforeNoun(t *testing.T) {
	x := extractBody(t, "A 1969 police raid on the tavern sparked a decade of protests in the city. The museum now shows Vermeer's 1662 painting of the harbor.")
	for _, f := range x.Figures {
		if f.Value == 1969 || f.Value == 1662 {
			t.Errorf("a year read as a count: %+v", f)
		}
	}
	x = extractBody(t, "The 1500 homes in the Dunmore valley lost power on Monday.")
	if f := findFigure(x, "homes without power", 1500); f == nil {
		t.Errorf("the 1500 homes are a count: %+v", x.Figures)
	}
}

// TestCommaModifiersHead: a count's modifiers joined by commas describe one head noun
// (commamodifiers.go); a list of counts is no such phrase.
func TestCommaModifiersHead(t *testing.T) {
	x := extractBody(t, "The newspaper hired two outspoken, left-leaning columnists last week.")
	if findFigure(x, "left-leaning columnists", 2) == nil {
		t.Errorf("two left-leaning columnists: %+v", x.Figures)
	}
	x = extractBody(t, "The region has about 40 food, drink and tobacco makers, officials said.")
	if findFigure(x, "makers", 40) == nil {
		t.Errorf("40 makers: %+v", x.Figures)
	}
	x = extractBody(t, "The rebels shot down two aircraft, four helicopters and a drone near the border.")
	if findFigure(x, "aircraft", 2) == nil {
		t.Errorf("two aircraft, a count of their own: %+v", x.Figures)
	}
}

// TestPollInterval: percentage points that give a poll's accuracy are its credibility
// interval (pollintervals.go); a lead in points is not.
func TestPollInterval(t *testing.T) {
	x := extractBody(t, "The Vireo poll of 1,450 likely voters had a credibility interval of 3 percentage points.")
	if findFigure(x, "credibility interval", 3) == nil {
		t.Errorf("a credibility interval of 3 points: %+v", x.Figures)
	}
	x = extractBody(t, "Brandt's support slipped by about 4 percentage points since March, according to the Vireo poll.")
	if findFigure(x, "credibility interval", 4) != nil {
		t.Errorf("a fall in support is no credibility interval: %+v", x.Figures)
	}
}
