package extraction

import "testing"

// TestWeakGivenNamePair: a lone given name of the weaker list (moreGivenNames) joined by
// "and" to a full name takes its surname when the sentence says a pair of kin stands in
// it ("the brothers'", "twin", "their daughter"), not otherwise: celebrities known by one
// name stand in the same shape.
func TestWeakGivenNamePair(t *testing.T) {
	x := extractBody(t, "When Joel and Ethan Marwick’s new film opened in May, the brothers’ studio said it did well. Critics praised it.")
	if entityNamed(x, "Joel Marwick") == nil {
		t.Errorf("Joel Marwick not named; entities %v", entityNames(x))
	}
	x = extractBody(t, "The identical twin comedy duo Kenny and Keith Farrow said they support him. Both spoke on Monday.")
	if entityNamed(x, "Kenny Farrow") == nil {
		t.Errorf("Kenny Farrow not named; entities %v", entityNames(x))
	}
	x = extractBody(t, "He dated the likes of Madonna and Kim Halvard in the 1980s. He married in 1996.")
	if e := entityNamed(x, "Madonna Halvard"); e != nil {
		t.Errorf("a one-name star given the surname after her: %+v", e)
	}
	// the full name's own given name may be of the weaker list
	x = extractBody(t, "He is the father of Grace and Chloe Marwick, who live in Sydney. He met reporters on Monday.")
	if entityNamed(x, "Grace Marwick") == nil {
		t.Errorf("Grace Marwick not named; entities %v", entityNames(x))
	}
}

// TestCoCreators: "A and B SURNAME's film, WORK" makes both people creatorOf the work;
// a name in a comma list before them takes nothing.
func TestCoCreators(t *testing.T) {
	x := extractBody(t, "When Joel and Ethan Marwick’s new film, “The Glass Orchard,” opened in May, the brothers’ studio said it did well. Critics praised it.")
	for _, who := range []string{"Joel Marwick", "Ethan Marwick"} {
		if !hasRelation(x, who, "creatorOf", "The Glass Orchard") {
			t.Errorf("%s creatorOf The Glass Orchard missing; relations %+v", who, x.Relations)
		}
	}
	x = extractBody(t, "Critics named Tom Wade, Dana Ruiz and Ethan Marwick’s new film, “The Glass Orchard,” the best of May. It opened widely.")
	if hasRelation(x, "Dana Ruiz", "creatorOf", "The Glass Orchard") {
		t.Errorf("a listed name made a co-creator; relations %+v", x.Relations)
	}
}

// TestTownPoliceBeforeState: "the TOWN, STATE police department" is the town's police,
// not the state's; "STATE's largest police union" stays the state's.
func TestTownPoliceBeforeState(t *testing.T) {
	x := extractBody(t, "The Dunmore, Ohio police department released videos on Wednesday. The chief said two officers fired.")
	if entityNamed(x, "Dunmore police") == nil {
		t.Errorf("Dunmore police not named; entities %v", entityNames(x))
	}
	if e := entityNamed(x, "Ohio police"); e != nil {
		t.Errorf("a town's police named the state's: %+v", e)
	}
	x = extractBody(t, `"We need calm," said Dana Ruiz, director of Labor Services, Ohio’s largest police union. Talks went on.`)
	for _, e := range x.Entities {
		if e.Name == "Labor Services police" || e.Name == "Labor Services ’s largest police" {
			t.Errorf("a state's possessive body given to the name before it: %+v", e)
		}
	}
}

// TestComingMonthInPresentClause: a month later in the year than the report, in a clause
// told in the present ("owes … on April 1", "which is among six towns holding votes on
// April 7", "a book coming in May"), is the coming one; a clause of the past keeps last
// year's; "in February, 2013" names its year after the comma.
func TestComingMonthInPresentClause(t *testing.T) {
	wantFirstFigureDates(t, []bodyDate{
		{"Osterby owes another $1.9 billion on April 1 that the mayor has said it cannot pay.", "2016-04-01"},
		{"Lawmakers campaigned on Tuesday in Osterby, which is among six towns holding votes on April 7.", "2016-04-07"},
		{"About 300 workers were laid off at the port in April, officials said.", "2015-04"},
		{"Dana Ruiz was stopped by police after buying a $2,500 purse in February, 2013.", "2013-02"},
	})
}

// TestPersonNounPossessiveInName: "the Osterby Woman's Garden Association" is one name
// (possessive-in-name, names.txt); its possessive makes no body partOf "Osterby Woman". A body's own possessive ("the
// Norland Police's Criminal Investigation Department") still does.
func TestPersonNounPossessiveInName(t *testing.T) {
	x := extractBody(t, "The Osterby Woman’s Garden Association gave the statue to the city in 1901. It stood there for a century.")
	for _, r := range x.Relations {
		if r.Predicate == "partOf" && r.Object == "Osterby Woman" {
			t.Errorf("a name's own possessive read as a parent body: %+v", r)
		}
	}
	x = extractBody(t, "Officials of the Norland Police’s Criminal Investigation Department said on Monday they had made arrests. The inquiry goes on.")
	if !hasRelation(x, "Criminal Investigation Department", "partOf", "Norland Police") {
		t.Errorf("a police force's own unit not partOf it; relations %+v", x.Relations)
	}
}

// TestListedExampleNoPlace: a place in a list that "including" opens after a count is
// one member of what is counted, not the figure's place; a place after the list's end
// ("five people, including two children, in Osterby") still is.
func TestListedExampleNoPlace(t *testing.T) {
	x := extractBody(t, "The site lists job openings in nine major cities, including Osterby and Velland.")
	if len(x.Figures) == 0 {
		t.Fatalf("no figure; %+v", x)
	}
	if p := x.Figures[0].Place; p == "Osterby" || p == "Velland" {
		t.Errorf("a listed member made the place of the count: %q", p)
	}
	x = extractBody(t, "Five people, including two children, were killed in Osterby on Monday, police said.")
	found := false
	for _, f := range x.Figures {
		if f.Value == 5 && f.Place == "Osterby" {
			found = true
		}
	}
	if !found {
		t.Errorf("five killed not placed in Osterby; figures %+v", x.Figures)
	}
}

// TestFigureLastYear: "last year" within a figure's own phrase dates it to the year before
// the report, over another date in the sentence; a comparison's base ("up 4 percent from
// the same period last year") keeps the figure this year's, and a date of last year already
// read keeps its month.
func TestFigureLastYear(t *testing.T) {
	wantFigureDates(t, []figureDate{
		{"The listing, set for July 14-15, would be the largest since Norland Post's $12 billion offering last year.", 12e9, "2015"},
		{"Kestrel, which turned profitable in 2013, earned a record $340.5 million last year.", 340.5e6, "2015"},
		{"About 231 million passengers will fly from June through August, up 4 percent from the same period last year.", 4, "2016-06"},
		{"Ruiz's assets stood at $80 million in July last year, a filing showed.", 80e6, "2015-07"},
	})
}
