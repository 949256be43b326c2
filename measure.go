package kg

import "strings"

// What a figure counts. A measure is open-ended words ("killed", "injured foreigners",
// "buildings collapsed", "jackpot"), but what kg does with a figure depends on the class
// of its measure: whether it can only rise as news comes in (a toll), may fall (the
// missing are found), or describes the event and never moves (a magnitude). This file
// is the one table of those facts; extraction, the linker and the report all ask it.

// MeasureTraits is what kg knows of a class of measures.
type MeasureTraits struct {
	// Static measures describe the event itself and do not move over time (a
	// magnitude, a depth): two reports that disagree on them conflict whenever they
	// were written.
	Static bool
	// Falls is true of measures that may go down as news comes in without a later
	// report correcting an earlier one: the missing are found, the hospitalized go home.
	Falls bool
	// Toll is true of the counts of people an event harms or moves: the dead, the
	// injured, the missing, the displaced. A part of a toll ("two of the dead were
	// children") is read as a scope of the toll, not as a measure of its own.
	Toll bool
}

// measureTraits is the table of measure classes. A class not listed has no traits:
// it rises and falls freely and is no toll.
var measureTraits = map[string]MeasureTraits{
	"killed":       {Toll: true},
	"injured":      {Toll: true},
	"missing":      {Toll: true, Falls: true},
	"hospitalized": {Toll: true, Falls: true},
	"rescued":      {Toll: true},
	"arrested":     {Toll: true},
	"displaced":    {Toll: true},
	"trapped":      {Falls: true},
	"buried":       {Falls: true},
	"magnitude":    {Static: true},
	"depth":        {Static: true},
}

// MeasureClass is the class a measure belongs to: "killed" for "dead", "deaths",
// "death toll" and "bodies recovered"; "injured" for "wounded"; the measure itself
// otherwise.
func MeasureClass(m string) string {
	switch m {
	case "killed", "dead", "deaths", "death toll":
		return "killed"
	case "injured", "wounded":
		return "injured"
	}
	if strings.Contains(m, "death") || strings.Contains(m, "dead") || strings.Contains(m, "bodies") {
		return "killed"
	}
	return m
}

// TraitsOf returns the traits of a measure's class.
func TraitsOf(measure string) MeasureTraits { return measureTraits[MeasureClass(measure)] }

// IsToll reports whether a measure (a class, not a part of one) counts people an event
// harms or moves.
func IsToll(measure string) bool { return measureTraits[measure].Toll }

// Families of measures. Reports name one quantity in different words: a sum one report
// calls "a £130 million payment" another says was paid "in back taxes", a third calls a
// settlement; a jury's award is a "verdict", a "judgment" or "damages"; a company's
// new money is "funds raised", "an investment" or "a funding round". Each word stays
// the figure's measure (a fine and a settlement of one case are two quantities, and
// each is judged on its own), but two reports giving one value of one family's measures
// give one quantity, and corroborate each other at the family.

// measureFamilies maps the words of a measure (its whole, or its last words: "back
// taxes" by "taxes", "jury verdict" by "verdict") to its family.
var measureFamilies = map[string]string{
	// Sums one party pays another, by deal, penalty or judgment.
	"payment": "payment", "payments": "payment", "taxes": "payment", "tax bill": "payment",
	"fine": "payment", "fines": "payment", "penalty": "payment", "penalties": "payment",
	"settlement": "payment", "settlements": "payment", "damages": "payment",
	"restitution": "payment", "compensation": "payment", "judgment": "payment",
	"judgement": "payment", "verdict": "payment",
	// What a buyer pays for a company.
	"acquisition price": "acquisition price", "purchase price": "acquisition price",
	"takeover": "acquisition price", "takeover offer": "acquisition price", "takeover bid": "acquisition price",
	// Money a company raises from investors.
	"funds raised": "funds raised", "funding raise": "funds raised", "funding round": "funds raised",
	"financing": "funds raised", "investment": "funds raised",
	// Money taken by theft.
	"amount stolen": "amount stolen", "theft": "amount stolen", "heist": "amount stolen",
	// People living in a country without the right to.
	"undocumented immigrants": "undocumented immigrants", "illegal immigrants": "undocumented immigrants",
	"unauthorized immigrants": "undocumented immigrants", "undocumented migrants": "undocumented immigrants",
	"illegal migrants": "undocumented immigrants",
}

// MeasureFamily is the family a measure's quantity belongs to, by its whole words or
// its last ones ("back taxes" and "payment" are of "payment"), or "" for none.
func MeasureFamily(m string) string {
	for {
		if f, ok := measureFamilies[m]; ok {
			return f
		}
		sp := strings.IndexByte(m, ' ')
		if sp < 0 {
			return ""
		}
		m = m[sp+1:]
	}
}
