package extraction

import "testing"

// TestMoveThenLevel: "fell $300 million to $4.1 billion" is how far the amount moved and
// where it stands, no range: both are read, the level without the move's verb. A range
// after a verb of change stays a range ("rose 1 to 10 percent", "3 to 4 million").
func TestMoveThenLevel(t *testing.T) {
	checkFigures(t, "Profit report", map[string][]string{
		"Acme's profit fell $300 million to $4.1 billion, the company said.": {"profit fall 3e+08 USD", "profit 4.1e+09 USD"},
		"Acme's profit fell by $300 million to $4.1 billion last year.":      {"profit fall 3e+08 USD", "profit 4.1e+09 USD"},
		"Brokerage Zeta cut its price target by $20 to $120.":                {"price target fall 20 USD", "price target 120 USD"},
		"Prices rose 1 to 10 percent.":                                       {"prices rise 1 percent", "prices rise 10 percent"},
	}, "profit fall 4.1e+09 USD", "price target fall 120 USD")
}

// TestShotAtPlace: "were shot at" is fired upon, but "were shot at one location",
// "at about 6 p.m.", "at a party" say where and when they were hit; "two of whom died"
// is the part's own verb, not the count's before it.
func TestShotAtPlace(t *testing.T) {
	checkFigures(t, "Shootings in town", map[string][]string{
		"The sheriff said three people were shot at one location, two of whom died at the scene.": {"shot 3", "killed 2"},
		"Police said four men were shot at about 6 p.m. Tuesday.":                                 {"shot 4"},
		"Five people were shot at a party on Friday, police said.":                                {"shot 5"},
	})
	checkFigures(t, "Patrol fired on", map[string][]string{
		"Four soldiers were shot at by gunmen, the army said.": {},
	}, "shot 4")
}

// TestHyphenedScale: a signed amount hyphened to its scale word modifies a noun as the
// spaced form does: "a $5-billion bid" is a $5 billion bid; "$10-15 million" stays no
// bid of 10.
func TestHyphenedScale(t *testing.T) {
	checkFigures(t, "Deals", map[string][]string{
		"Appliance maker Zeta made a $5-billion bid for robot maker Kappa.": {"bid 5e+09 USD"},
		"The city approved a $40-million budget for the stadium.":           {"budget 4e+07 USD"},
	}, "bid 5 USD")
}

// TestRangeMeasures: a range's measure may stand right before its "between" ("operating
// income between $100 million and $700 million") or before the verb "range" ("payouts
// that often range from $50 to $25,000"), as before "of"; a verb or a time there is no
// measure (figrec72). A "from … to" range's ends keep the background scope the "from"
// reading gives them (left as it was); the first end is read once, "at least" (no third,
// exact figure of it: rangeBoundRepeats).
func TestRangeMeasures(t *testing.T) {
	checkFigures(t, "Outlook", map[string][]string{
		"Zeta forecast operating income between $100 million and $700 million.": {
			"operating income forecast 7e+08 USD", "operating income forecast 1e+08 USD"},
		"The payouts range from $50 to $25,000.":                              {"payouts 25000 USD (background)", "payouts 50 USD (background)"},
		"Owners will receive payments ranging from $5,100 to $10,000.":        {"payments 10000 USD (background)", "payments 5100 USD (background)"},
		"The clinic charges fees that usually range from $40 to $90 a visit.": {"fees 90 USD (background)"},
	})
	checkFigures(t, "Growth", map[string][]string{
		"Estimates of growth this spring range from 2.5 percent to 3 percent.": {},
		"The unit is expected to generate between $110 million and $125 million of annual revenue.": {
			"annual revenue 1.25e+08 USD"},
	}, "spring 3 percent", "generate 1.25e+08 USD")
}

// TestTotalOf: "a total of" before a number or its hedge belongs to the number's words,
// so the verb before it measures it as it would the bare number (figrec72).
func TestTotalOf(t *testing.T) {
	checkFigures(t, "Toll", map[string][]string{
		"The bombings killed a total of 66 people.":                    {"killed 66"},
		"Police arrested a total of 30 protesters on Saturday.":        {"arrested 30"},
		"The startup has raised a total of $5.6 million.":              {"funds raised 5.6e+06 USD"},
		"The bombings killed a total of more than 100 people.":         {"killed 100"},
		"A total of 12 people were killed in the attack, police said.": {"killed 12"},
	})
}

// TestShareOfCountedWhole: a percentage "of" a whole that carries its own count or
// amount is a share of the whole's noun, past the number ("40 percent of its 100,000
// residents"); "those"/"these" open the whole as "the" does (figrec72).
func TestShareOfCountedWhole(t *testing.T) {
	checkFigures(t, "Shares", map[string][]string{
		"More than 40 percent of its 100,000 residents live in poverty.":             {"residents 40 percent", "residents 100000"},
		"Bitcoin accounts for 90 percent of the $7 billion sector.":                  {"sector 90 percent"},
		"The business represented about 29 percent of its 2015 revenue.":             {"revenue 29 percent"},
		"About 80 percent of its more than 130,000 riders in the country are women.": {"riders 80 percent"},
		"About 10 percent of these workers were unarmed.":                            {"workers 10 percent"},
	})
}
