package extraction

import (
	"testing"

	kg "github.com/factgraph/kg"
)

// TestCountersWhoTreat: a count that treated someone ("two doctors who had treated the
// gunman") is not a count of the hurt, and "relatives of the dead" are not the dead; "12
// were treated for burns" and "two of the dead" still are.
func TestCountersWhoTreat(t *testing.T) {
	checkFigures(t, "Clinic lawsuit", map[string][]string{
		"Nine people were hurt in the blast and 12 were treated for burns at Elmtown hospital.": {"injured 12"},
		"Eight people died in the fire, and two of the dead were firefighters.":                 {"killed 8"},
	})
	checkFigures(t, "Clinic lawsuit", map[string][]string{
		"The suit also blames two psychiatrists who had treated the gunman and failed to warn anyone.": {"psychiatrists 2"},
		"The suit was filed by more than two dozen surviving victims and relatives of the dead.":       {"surviving victims 24"},
	}, "injured 2", "killed 24")
}

// TestNameBeforeCountedHead: a name with "of" inside it before the counted noun
// modifies the head: "two University of Elmtown psychiatrists" counts psychiatrists.
func TestNameBeforeCountedHead(t *testing.T) {
	checkFigures(t, "Clinic lawsuit", map[string][]string{
		"Researchers at the University of Elmtown spoke first. The suit blames two University of Elmtown psychiatrists for the delay.": {"psychiatrists 2"},
		"The Department of Defense was asked. Two Department of Defense documents are especially relevant.":                            {"documents 2"},
	}, "university 2", "department 2")
}

// TestFatallyShot: "fatally shot" after a count kills them, as a passive ("were fatally
// shot") or a reduced clause ("found two women and a man fatally shot Friday"); not when
// the count did the shooting or another subject was shot.
func TestFatallyShot(t *testing.T) {
	checkFigures(t, "Shooting in Elmtown", map[string][]string{
		"Four police officers were fatally shot and seven wounded in Elmtown on Thursday.": {"killed 4", "injured 7"},
		"Deputies found two women and a man fatally shot Friday night at one address.":     {"killed 2", "killed 1"},
	}, "injured 4")
	checkFigures(t, "Shooting in Elmtown", map[string][]string{
		"Two gunmen fatally shot a man outside the bar.":                                        {"gunmen 2"},
		"He was stopped on the road when two officers pinned him down and he was fatally shot.": {},
	}, "killed 2")
}

// TestSettlementSizes: "a borough of about 16,000 people" is how many live there.
func TestSettlementSizes(t *testing.T) {
	checkFigures(t, "Shooting near Elmtown", map[string][]string{
		"Gunmen opened fire in Dunmore on Friday. The attack in Dunmore, a borough of about 16,000 people, shocked the state.": {"population 16000"},
		"Dunmore, a parish of 9,000 people, voted on Tuesday.":                                                                 {"population 9000"},
	})
}

// TestTakenInMoney: money "brought in", "took in" or "raked in" is revenue, funds raised
// where the sentence is about raising money, and the income or profit the subject names
// when it names one; "$5.8 million on hand" is cash on hand; a stock that "crashed" fell.
func TestTakenInMoney(t *testing.T) {
	checkFigures(t, "Quarterly results", map[string][]string{
		"In 2010, the data center division brought in just $4.4 billion.":                             {"revenue 4.4e+09 USD"},
		"The film took in $80 million at the box office.":                                             {"revenue 8e+07 USD"},
		"Fundraising figures showed the senator brought in $15 million in January.":                   {"funds raised 1.5e+07 USD"},
		"Yearly operating income raked in $23.4 billion.":                                             {"operating income 2.34e+10 USD"},
		"The super PAC had more than $16.3 million on hand at the end of April.":                      {"cash on hand 1.63e+07 USD"},
		"The past two years have been tumultuous for Acme, with its stock crashing about 90 percent.": {"share price fall 90 percent"},
	})
}

// TestInfectedAndSickened: verbs of infection and sickness before or after a count say
// what happened to it ("infected 1.6 million Brazilians", "sickening about 500 people",
// "more than 200 people fell ill"), but an infected thing is not a count's predicate
// ("by clicking on infected attachments"), nor is one that sickened another count, nor
// is "mentally ill".
func TestInfectedAndSickened(t *testing.T) {
	checkFigures(t, "Outbreak", map[string][]string{
		"The virus has infected 4 million people in the Americas.":              {"infected 4e+06"},
		"An outbreak of E. coli sickened 38 people in 20 states.":               {"sickened 38"},
		"More than 200 people fell ill after eating at the Elmtown restaurant.": {"sickened 200"},
		"Around 35 soldiers were sickened on the battlefield last August.":      {"sickened 35"},
	})
	checkFigures(t, "Outbreak", map[string][]string{
		"Two clerks fell victim to the scam by clicking on infected attachments.": {},
		"Records showed one driver was mentally ill.":                             {},
		"The report covers two outbreaks that sickened more than 50 people.":      {"sickened 50"},
	}, "infected 2", "sickened 1", "sickened 2")
}

// TestDealNounPrices: the money after "for" in a clause with "the purchase of", "the
// acquisition of" or "a sale of" is the deal's price; money misappropriated was stolen.
func TestDealNounPrices(t *testing.T) {
	checkFigures(t, "Deals", map[string][]string{
		"In December, Quillon announced the purchase of a minority stake in Dunmore Software for $170 million.": {"acquisition price 1.7e+08 USD"},
		"This month Norvale announced a sale of its feature phones business for $350 million.":                  {"sale price 3.5e+08 USD"},
		"Prosecutors said Pike misappropriated $11 million in assets from Quillon.":                             {"amount stolen 1.1e+07 USD"},
	})
}

// TestBareChangeObjects: a verb of change, its object, and a percentage with no "by"
// ("cut the agency's budget 17 percent"); a verb of giving with an indirect object and
// money ("giving each city $100,000"); "a net worth of"; money staked or auctioned. Words
// that qualify the amount are no object ("fell a staggering 10 percent").
func TestBareChangeObjects(t *testing.T) {
	checkFigures(t, "Budget", map[string][]string{
		"Congress has cut the agency's budget 17 percent.":                      {"budget fall 17 percent"},
		"Acme also increased its quarterly dividend 11 percent.":                {"quarterly dividend rise 11 percent"},
		"The department is giving each city $100,000 and three months to plan.": {"funding 100000 USD"},
		"Pike had a net worth of $500 million.":                                 {"net worth 5e+08 USD"},
		"Bookmakers said about 20 million pounds had been staked on the vote.":  {"bets 2e+07 GBP"},
		"Another stamp was auctioned for $1.175 million.":                       {"sale price 1.175e+06 USD"},
	})
	checkFigures(t, "Budget", map[string][]string{
		"Output fell a staggering 10 percent.": {},
	}, "staggering fall 10 percent")
}

// TestCasesStayCases: a count of cases keeps its noun when a clause after it says who
// was infected ("20 cases in which individuals have been infected"), and a count whose
// "where" clause has its own subject is not that clause's toll.
func TestCasesStayCases(t *testing.T) {
	checkFigures(t, "Zika", map[string][]string{
		"The territory has at least 20 cases in which individuals have been infected without travel.": {"cases 20"},
		"Officials confirmed three cases in Ruritania of people infected with the virus.":             {"cases 3"},
	}, "infected 20", "infected 3")
	checkFigures(t, "Strikes", map[string][]string{
		"Lake said one facility was a hospital where children were reportedly killed.": {},
	}, "killed 1")
}

// TestTunedIn: people who "tuned in" (after "eventually" too) are viewers; "tuned the
// piano" counts none.
func TestTunedIn(t *testing.T) {
	checkFigures(t, "Live stream", map[string][]string{
		"The request applied to the nearly 3 million people who eventually tuned in to the stream.": {"viewers 3e+06"},
		"Two people tuned the piano before the concert.":                                            {},
	}, "viewers 2")
}

// TestComparedOwner: "compared to Clinton's $30 million" is Clinton's value of the same
// measure, her own and current, not an earlier value.
func TestComparedOwner(t *testing.T) {
	x := mustExtract(t, kg.Article{Title: "Campaign cash", Body: "Dana Ruiz ended April with just $5.8 million on hand, compared to Nora Pike's $30 million."})
	f := figureOf(t, x, 30000000)
	if f.Measure != "cash on hand" || f.Scope.Kind != kg.Whole {
		t.Errorf("Pike's $30 million: %+v", f)
	}
	if f.Subject != "Nora Pike" {
		t.Errorf("Pike's $30 million: subject %q, want Nora Pike", f.Subject)
	}
}

// TestExpectedCrowds: people who "will attend" or "are expected at" or "to attend" a
// gathering are its crowd; "expected to lose their jobs" counts none.
func TestExpectedCrowds(t *testing.T) {
	checkFigures(t, "Festival", map[string][]string{
		"An estimated 1.5 million people will attend the Elmtown festival.":    {"crowd 1.5e+06"},
		"More than 20,000 people are expected to attend, city officials said.": {"crowd 20000"},
	})
	checkFigures(t, "Festival", map[string][]string{
		"About 10,000 people are expected to lose their jobs.": {},
	}, "crowd 10000")
}

// TestCutInNoun: "a 10 percent cut in its workforce" is the noun of a change, as "a drop
// in"; "$5 billion cut from the budget" keeps "cut" a verb after the amount.
func TestCutInNoun(t *testing.T) {
	checkFigures(t, "Layoffs", map[string][]string{
		"The company announced a 10 percent cut in its workforce.":        {"workforce cut 10 percent"},
		"A tenant demanded a 40 percent cut in rent because of the leak.": {"rent cut 40 percent"},
	})
}
