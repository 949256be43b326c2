package extraction

import (
	"math"
	"strings"

	"github.com/factgraph/kg"
)

// Quantities: the recognisers of figures that have a unit or a scale of their own — a
// magnitude, a depth, a snowfall or rainfall, a wind speed, a temperature, a prison term, a
// percentage, an amount of money.
// Each returns known = false when the phrase is not its own, for the next to try.

// magnitude reads an earthquake's magnitude: "measuring 6.4" after a quake or an
// aftershock, "magnitude 6.4", "6.4 magnitude", "6.4-magnitude", "a magnitude of 6.4",
// "put the magnitude at 6.2".
func (ff *figureFinder) magnitude(n *number) (r reading, known bool) {
	si, i := n.si, n.i
	if ff.is(i-1, wMeasured, wMeasuring) && n.unit == "" {
		if e := ff.nearestEventNoun(si, n.tok); e >= 0 && (aftershock(ff.low(e)) || eventNoun(ff.low(e)) == "earthquake") && e < i {
			return ff.one(n, n.next, "", ff.magnitudeOf(si, n.tok), n.qual), true
		}
	}
	if ff.quakeMagnitudeBefore(n) {
		return ff.one(n, n.next, "", ff.magnitudeOf(si, n.tok), n.qual), true // "a 7.0 temblor shook"
	}
	ofMagnitude := ff.is(i-1, wOf, wAt) && ff.is(i-2, wMagnitude)
	if !ff.is(i-1, wMagnitude) && !ofMagnitude && !ff.is(n.next, wMagnitude) && !ff.is(n.qa-1, wMagnitude) && !(ff.punct(n.next, '-') && ff.is(n.next+1, wMagnitude)) {
		return reading{}, false
	}
	end := n.next
	if ff.is(end, wMagnitude) {
		end++
	} else if ff.punct(end, '-') {
		end += 2
	}
	qual := n.qual
	if q := qualifierAfter(ff.doc, end); q != kg.Exact {
		qual = q // "3.8-magnitude or more"
	}
	return ff.one(n, end, "", ff.magnitudeOf(si, n.tok), qual), true
}

// quakeMagnitudeBefore reports whether number n is a quake's magnitude written right
// before its singular noun: "a 7.0 temblor", "a 6.4 earthquake", "a 5 earthquake"; not
// "eight earthquakes" nor "2.5 earthquakes daily", counts.
func (ff *figureFinder) quakeMagnitudeBefore(n *number) bool {
	if n.unit != "" || n.word || n.v < 1 || n.v >= 10 || n.next >= ff.sents[n.si].b || ff.toks[n.next].kind != tWord {
		return false
	}
	w := ff.low(n.next)
	if eventNoun(w) != "earthquake" && !aftershock(w) {
		return false
	}
	return !strings.HasSuffix(w, "s")
}

// unitAfter reads a number and the unit after it: a depth, a temperature, a prison
// term, a percentage. Any other distance or time is no figure.
func (ff *figureFinder) unitAfter(n *number, before []figureCand) (r reading, known bool) {
	if n.next >= ff.sents[n.si].b {
		return reading{}, false
	}
	if r, ok := ff.penalty(n); ok {
		return r, true
	}
	nw := ff.low(n.next)
	nf := ff.toks[n.next].feat
	switch {
	case nw == "mph" || nw == "kph" || (nw == "miles" || nw == "kilometers" || nw == "kilometres") && ff.is(n.next+1, wPer) && ff.is(n.next+2, wHour):
		if r, ok := ff.windSpeed(n, nw); ok {
			return r, true
		}
		if nf&lxDistUnit != 0 {
			return ff.depth(n, nw), true // a car's "five miles per hour"
		}
	case nf&lxDistUnit != 0 || nw == "ft" || nw == "ft.":
		if r, ok := ff.precipitation(n, nw); ok {
			return r, true
		}
		return ff.depth(n, nw), true
	case nw == "cm" || nw == "centimeters" || nw == "centimetres":
		if conversion(ff.doc, n.i) || n.ranged && conversion(ff.doc, n.qa) {
			return reading{}, true // "a record 28 inches (71 cm)": the inches said it
		}
		if r, ok := ff.precipitation(n, nw); ok {
			return r, true // "30 cm of snow"
		}
	case nw == "degrees" || nw == "degree" || nw == "celsius" || nw == "fahrenheit" || nw == "°c" || nw == "°f":
		return ff.temperature(n, nw), true
	case (nw == "c" || nw == "f") && ff.scaleLetter(n):
		return ff.temperature(n, nw), true // "60 F below zero", "(12 C)"
	case nw == "below" && ff.is(n.next+1, wZero) && ff.is(n.next+2, wFahrenheit, wCelsius, wF, wC):
		return ff.temperature(n, nw), true // "10 below zero Fahrenheit"
	case nf&lxTimeUnit != 0:
		return ff.prisonTerm(n, nw), true
	case nw == "percent" || nw == "%" || nw == "per" && ff.is(n.next+1, wCent):
		return ff.percentage(n, nw, before), true
	}
	return reading{}, false
}

// depth reads "10 km deep", "at a depth of 10 km", "6 miles underground"; other
// distances, and a distance given again in other units ("23 km (14 miles)"), are no
// figure. unit is the word after the number.
func (ff *figureFinder) depth(n *number, unit string) reading {
	if conversion(ff.doc, n.i) {
		return reading{}
	}
	name := "km"
	if strings.HasPrefix(unit, "mile") {
		name = "miles"
	}
	if ff.near(n.i, ff.sents[n.si].start, 5, "depth") || ff.is(n.next+1, wDeep, wUnderground) {
		return ff.one(n, n.next+1, name, "depth", n.qual)
	}
	return reading{}
}

// precipitationWords name what a storm drops, and the measure of its depth: "13 inches of
// snow", "two feet of snow in the blizzard", "4 inches of rain".
var precipitationWords = map[string]string{"snow": "snowfall", "snowfall": "snowfall", "snows": "snowfall",
	"blizzard": "snowfall", "snowstorm": "snowfall", "rain": "rainfall", "rainfall": "rainfall", "rains": "rainfall"}

// precipitation reads snow or rain measured in inches or feet: "13 inches of snow",
// "4 inches of rain", "up to 2 feet of fresh snow", or the unit alone in a sentence that
// names snow ("Baltimore may get 19 inches as the snow moves north"; not a dimension, "3
// feet high", nor rain alone: "the river rose 4 feet after days of rain"), measured like
// an earthquake's depth. A depth given again in other units ("10 inches (25 cm)") is no
// figure; ok is false when the phrase is no snowfall or rainfall, for depth to read.
// The height of waves or of a storm surge is read here too (seaHeight), the only
// measure taken in meters. unit is the word after the number.
func (ff *figureFinder) precipitation(n *number, unit string) (reading, bool) {
	name := ""
	switch unit {
	case "inch", "inches":
		name = "inches"
	case "foot", "feet", "ft", "ft.":
		name = "feet"
	case "cm", "centimeters", "centimetres":
		name = "cm"
	case "meters", "metres", "meter", "metre":
		name = "meters" // a wave's height only: "waves up to 18 meters"
	default:
		return reading{}, false
	}
	end := n.next + 1
	measure := ""
	if ff.punct(end, '(') {
		for k := end + 1; k < ff.sents[n.si].b && k <= end+6; k++ {
			if ff.punct(k, ')') && ff.is(k+1, wOf) {
				end = k + 1 // "2 feet (60 cm) of rain"
				break
			}
		}
	}
	if ff.is(end, wOf) {
		for k := end + 1; k <= end+2 && k < ff.sents[n.si].b; k++ {
			if m := precipitationWords[ff.low(k)]; m != "" {
				measure, end = m, k+1 // "13 inches of snow", "13 inches of new snow"
				break
			}
		}
	}
	if name != "cm" {
		if m, e := ff.seaHeight(n, end); m != "" {
			measure, end = m, e
		}
	}
	if name == "meters" && measure != "waves" && measure != "storm surge" {
		return reading{}, false
	}
	if measure == "" && name != "meters" {
		measure = ff.precipBefore(n) // "rainfall of up to 6 inches" (weatherwords.go)
	}
	dimension := ff.is(end, wDeep, wHigh, wTall, wLong, wWide, wBelow, wAbove) || ff.ofOther(n.si, end)
	if measure == "" && !dimension && (ff.snowNear(n.si) || name != "cm" && ff.snowChain(n.si)) {
		measure = "snowfall" // rain alone does not say what rose: "the river rose 4 feet after days of rain"
	}
	if measure == "" && !dimension && name == "inches" && ff.rainNear(n.si) {
		measure = "rainfall" // "the heaviest rain fell in the hills, where up to 4 inches was recorded"
	}
	if measure == "" {
		return reading{}, false
	}
	if conversion(ff.doc, n.i) || n.ranged && conversion(ff.doc, n.qa) {
		return reading{}, true // "12 inches (30 cm)", "10 to 16 inches (25 to 42 cm)"
	}
	return ff.weatherFigure(n, end, name, measure), true
}

// seaNouns name what a storm raises at sea or on the shore, and the measure of its height:
// "waves of up to 30 feet", "seas of 12 feet", "a storm surge of 3 to 5 feet".
var seaNouns = map[string]string{"wave": "waves", "waves": "waves", "seas": "waves", "swell": "waves",
	"swells": "waves", "surf": "waves", "breakers": "waves", "surge": "storm surge"}

// seaLinks are the words a wave's height may stand behind its noun with: "waves building
// to 15 feet", "waves of up to 30 feet", "surge flooding of 1 to 2 feet", "seas could
// reach 20 feet".
var seaLinks = newTokSet(map[string]bool{"of": true, "to": true, "building": true, "reaching": true, "reach": true,
	"reached": true, "rising": true, "topping": true, "near": true, "at": true, "were": true, "was": true,
	"are": true, "is": true, "could": true, "may": true, "might": true, "will": true, "be": true,
	"flooding": true, "heights": true, "height": true, "high": true})

// seaHeight reads the height of waves or of a storm surge given in feet or meters: the
// sea noun a few linking words before the number's words ("waves building to 15 feet",
// "waves of 10 to 14 feet", "storm surge flooding of 1 to 2 feet") or "of surge" after its
// unit ("1 to 3 feet of surge"). It returns the measure and the token after the figure's
// words, or "" when no sea noun owns the height. end is the token after the unit.
func (ff *figureFinder) seaHeight(n *number, end int) (string, int) {
	if ff.is(end, wOf) {
		k := end + 1
		if ff.is(k, wStorm) {
			k++
		}
		if ff.is(k, wSurge) {
			return "storm surge", k + 1
		}
		return "", end
	}
	start := ff.sents[n.si].start
	for k := n.qa - 1; k >= start && n.qa-k <= 4; k-- {
		if m := seaNouns[ff.low(k)]; m != "" && ff.toks[k].kind == tWord && ff.entityOf(k) < 0 {
			if ff.is(end, wAway, wFrom, wOff, wOffshore, wBehind, wBelow, wDeep) {
				return "", end // "the waves 10 feet away"
			}
			return m, end
		}
		if !ff.in(k, seaLinks) {
			return "", end
		}
	}
	return "", end
}

// snowNear reports whether sentence si or the one before it names snow, so that a depth
// in inches or feet it gives alone is a snowfall: "A blizzard hit the coast. Boston could
// see 8 to 12 inches." (a name such as "Snow" aside). Two sentences back reads four more
// right figures in the 2016 corpus but lets a forecast's probabilities in too.
func (ff *figureFinder) snowNear(si int) bool {
	for sj := si; sj >= 0 && sj >= si-1; sj-- {
		s := &ff.sents[sj]
		for k := s.start; k < s.b; k++ {
			if precipitationWords[ff.low(k)] == "snowfall" && ff.toks[k].kind == tWord && ff.entityOf(k) < 0 {
				return true
			}
		}
	}
	return false
}

// windWords say that a speed is the wind's: "winds of up to 50 mph", "gusts of 70 km per
// hour", "a storm packing 120 mph winds" (not "the hurricane center": a storm's name for
// itself says nothing of which speed).
var windWords = newTokSet(map[string]bool{"wind": true, "winds": true, "gust": true, "gusts": true, "gusting": true})

// stormMotion words say that a speed is how fast a storm moves, not its wind: "moving
// north near 23 mph", "traveling west at 10 mph".
var stormMotion = newTokSet(map[string]bool{"moving": true, "moved": true, "moves": true, "move": true, "traveling": true,
	"travelling": true, "heading": true, "headed": true, "forward": true, "drifting": true})

// windSpeed reads a speed in a sentence about wind ("winds of up to 50 mph", "gusts of 70
// miles per hour") as the wind speed, in the text's unit; other speeds (a car's, a
// storm's own motion: "moving north near 23 mph") are left to the counted-noun readers
// (ok false). unit is the word after the number.
func (ff *figureFinder) windSpeed(n *number, unit string) (reading, bool) {
	s := &ff.sents[n.si]
	wind := false
	for k := s.start; k < s.b && !wind; k++ {
		wind = ff.in(k, windWords) && ff.toks[k].kind == tWord && ff.entityOf(k) < 0
	}
	for k := n.qa - 1; k >= s.start && n.qa-k <= 4 && wind; k-- {
		wind = !ff.in(k, stormMotion)
	}
	if !wind {
		return reading{}, false
	}
	name, end := unit, n.next+1
	if ff.is(n.next+1, wPer) {
		name, end = "mph", n.next+3
		if unit != "miles" {
			name = "kph"
		}
	}
	if conversion(ff.doc, n.i) || n.ranged && conversion(ff.doc, n.qa) {
		return reading{}, true // "45 mph (72 kph)", "39 to 73 mph (63 to 119 kph)"
	}
	return ff.weatherFigure(n, end, name, "wind speed"), true
}

// weatherFigure is a storm's measure (snowfall, rainfall, wind speed) read from number n
// to token end, with its scope: an estimate when a forecast frames it ("could see 30
// inches of snow"), a rate when a span of time follows ("2 to 3 inches an hour").
func (ff *figureFinder) weatherFigure(n *number, end int, unit, measure string) reading {
	r := ff.one(n, end, unit, measure, n.qual)
	f := &r.figs[0].f
	if ff.estimated(n.si, n.qa) {
		f.Scope = kg.Scope{Kind: kg.Estimate}
	} else if _, rate, _ := ff.perAfter(end, ff.sents[n.si].b); rate != "" {
		f.Scope = kg.Scope{Kind: kg.Rate, Of: rate}
	}
	return r
}

// temperature reads "30 degrees Celsius", "86 Fahrenheit", "12 °C", "60 F below zero",
// "10 below zero Fahrenheit"; not "a 30 degrees angle" or a temperature given again in
// other units ("53 degrees (12 C)"). unit is the word after the number.
func (ff *figureFinder) temperature(n *number, unit string) reading {
	if conversion(ff.doc, n.i) {
		return reading{}
	}
	scale, end := unit, n.next+1 // end: the token after the scale's word
	if unit == "degrees" || unit == "degree" {
		scale, end = ff.low(n.next+1), n.next+2
	}
	below := false // "10 below zero Fahrenheit", "60 F below zero"
	if scale == "below" && ff.is(end, wZero) {
		scale, end, below = ff.low(end+1), end+2, true
	} else if ff.is(end, wBelow) && ff.is(end+1, wZero) {
		below, end = true, end+2
	}
	name := ""
	switch scale {
	case "celsius", "c", "°c", "centigrade":
		name = "celsius"
	case "fahrenheit", "f", "°f":
		name = "fahrenheit"
	}
	if name != "" {
		r := ff.one(n, end, name, "temperature", n.qual)
		if below || ff.negative(n) {
			ff.negate(&r) // "-7 degrees Fahrenheit", "-21 degrees Celsius", "10 below zero Fahrenheit"
		}
		return r
	}
	if unit == "degrees" || unit == "degree" {
		if r, ok := ff.bareDegrees(n); ok {
			return r // "temperatures dropped to 12 degrees below zero" (weatherwords.go)
		}
	}
	return reading{}
}

// prisonTerm reads a prison term given as a span of time: "sentenced to 5 years", "20
// years in prison", "six months behind bars", "a recommended prison term of 18 months",
// "must serve at least 120 days" where the sentence speaks of a sentence or a plea;
// other spans of time are no figure. unit is the word after the number.
func (ff *figureFinder) prisonTerm(n *number, unit string) reading {
	name := termUnit(unit)
	if name == "" || ff.is(n.next+1, wAgo, wEarlier, wLater, wBefore, wAfter, wSince) {
		return reading{}
	}
	if ff.punct(n.i-1, '/') || ff.is(n.next+1, wTo) && n.next+2 < len(ff.toks) && ff.toks[n.next+2].kind == tNum {
		return reading{} // "12-1/2 years", "from one day to 12 years": a part of the term
	}
	start := ff.sents[n.si].start
	if ff.near(n.i, start, 4, "sentenced") || name == "years" && ff.near(n.i, start, 4, "sentence") || ff.inCustodyAfter(n.next+1) ||
		ff.termOf(n.qa) || name != "years" && ff.servedTerm(n) {
		return ff.one(n, n.next+1, name, "sentence", n.qual)
	}
	return reading{}
}

// termUnit names the unit of a prison term: years, months, weeks or days.
func termUnit(w string) string {
	switch w {
	case "year", "years":
		return "years"
	case "month", "months":
		return "months"
	case "week", "weeks":
		return "weeks"
	case "day", "days":
		return "days"
	}
	return ""
}

// inCustodyAfter reports whether the words at k put a span of time in custody: "in
// prison", "in jail", "in federal prison", "in the county jail", "behind bars".
func (ff *figureFinder) inCustodyAfter(k int) bool {
	if ff.is(k, wBehind) && ff.is(k+1, wBars) {
		return true
	}
	if !ff.is(k, wIn) {
		return false
	}
	for j := k + 1; j <= k+3; j++ {
		if ff.is(j, wJail, wPrison) {
			return true
		}
		if !ff.is(j, wThe, wA, wFederal, wState, wCounty, wCity) {
			return false
		}
	}
	return false
}

// termOf reports whether a prison term's number at qa closes "a prison term of", "a jail
// term of" or "a sentence of" (a recommended, a maximum, a minimum …).
func (ff *figureFinder) termOf(qa int) bool {
	if !ff.is(qa-1, wOf) {
		return false
	}
	return ff.is(qa-2, wSentence) || ff.is(qa-2, wTerm) && ff.is(qa-3, wPrison, wJail)
}

// servedTerm reports whether the span of time at n is one to serve in a sentence that
// speaks of a prison term, a plea or probation: "must serve at least 120 days", "served
// nine months" (not "served for two days" in an office).
func (ff *figureFinder) servedTerm(n *number) bool {
	if !ff.is(n.qa-1, wServe, wServes, wServed, wServing) {
		return false
	}
	s := &ff.sents[n.si]
	for j := s.start; j < s.b; j++ {
		if ff.is(j, wJail, wPrison, wSentence, wSentenced, wPlea, wProbation, wParole, wConvicted, wGuilty) {
			return true
		}
	}
	return false
}

// penaltyNouns name a penalty measured in time, after "a two-year …" or before "… for
// nine months", and the measure each gives.
var penaltyNouns = map[string]string{"ban": "ban", "banned": "ban", "barred": "ban", "suspension": "suspension",
	"suspended": "suspension", "sentence": "sentence", "term": "sentence"} // a term only after jail or prison ("a four-year term" is an office's)

// penalty reads a ban, a suspension or a prison term given as a span of time: "a
// two-year suspension", "a five-year sentence", "a 12-year prison term", "banned for
// nine months", "suspended him for 15 years". Other spans of time are no figure; ok is
// false when the phrase is not a penalty's.
func (ff *figureFinder) penalty(n *number) (reading, bool) {
	k := n.next
	hyphen := ff.punct(k, '-') && !ff.toks[k].has(fSpace)
	if hyphen {
		k++
	}
	unit := ""
	switch ff.low(k) {
	case "year", "years":
		unit = "years"
	case "month", "months":
		unit = "months"
	default:
		return reading{}, false
	}
	if hyphen {
		end := k + 1
		if ff.is(end, wJail, wPrison) {
			end++
		}
		if m := penaltyNouns[ff.low(end)]; m != "" && !ff.is(end, wBanned, wBarred, wSuspended) && (!ff.is(end, wTerm) || end > k+1) {
			return ff.one(n, end+1, unit, m, n.qual), true
		}
		return reading{}, false
	}
	p := n.qa - 1
	switch {
	case ff.is(p, wFor):
	case ff.is(p, wTo) && ff.is(p-1, wCut, wReduced, wShortened, wLowered, wExtended, wIncreased):
		p-- // "the ban was later cut to four months"
	default:
		return reading{}, false
	}
	if m := ff.penaltyBefore(n.si, p); m != "" {
		return ff.one(n, k+1, unit, m, n.qual), true
	}
	return reading{}, false
}

// penaltyBefore names the ban or suspension of the clause that ends before token p:
// its noun or verb up to ten words back ("banned the sprinter from all competition for
// 15 years"), not past a comma or a conjunction that opens another clause.
func (ff *figureFinder) penaltyBefore(si, p int) string {
	for j := p - 1; j >= ff.sents[si].start && j >= p-10; j-- {
		if m := penaltyNouns[ff.low(j)]; m != "" && m != "sentence" {
			return m
		}
		if ff.punct(j, ',') || ff.punct(j, ';') || ff.is(j, wBut, wAfter, wWhile, wBecause, wSince, wWhen, wWho, wWhich) {
			return ""
		}
	}
	return ""
}

// wordPenalty reads a penalty whose length is one hyphenated word: "a two-year
// suspension", "a five-year sentence", "a six-month ban" (penalty reads "a 12-year
// prison term").
func (ff *figureFinder) wordPenalty(si, i int) reading {
	w := ff.low(i)
	k := strings.IndexByte(w, '-')
	if k <= 0 || ff.toks[i].kind != tWord {
		return reading{}
	}
	v, ok := numberWords[w[:k]]
	unit := ""
	switch w[k+1:] {
	case "year":
		unit = "years"
	case "month":
		unit = "months"
	}
	if !ok || unit == "" {
		return reading{}
	}
	end := i + 1
	if ff.is(end, wJail, wPrison) {
		end++
	}
	m := penaltyNouns[ff.low(end)]
	if m == "" || ff.is(end, wBanned, wBarred, wSuspended) || ff.is(end, wTerm) && end == i+1 {
		return reading{}
	}
	n := number{si: si, i: i, tok: i, next: i + 1, v: v, qa: i, word: true}
	return ff.one(&n, end+1, unit, m, kg.Exact)
}

// percentage reads "30 percent", "40%", "2 per cent", measured by what it is
// (amountOf: "30 percent of voters", "shares fell 4.3 percent"); "not … more than 1
// percent" is at most 1 percent. unit is the word after the number.
func (ff *figureFinder) percentage(n *number, unit string, before []figureCand) reading {
	s := &ff.sents[n.si]
	k := n.next + 1
	if unit == "per" {
		k++
	}
	am := ff.amountOf(n, k, true, before)
	measure := am.measure
	if measure == "" {
		fallback := percentMeasure(ff.doc, n.si)
		if fallback == "percent" && ff.scorePair(n) {
			fallback = "vote share" // "won among Hispanics by 53 percent to 45 percent"
		}
		measure = ff.listMeasure(n, k, before, true, &am, fallback)
	}
	if (measure == "percent" || measure == "those") && ff.answeredShare(n) {
		measure = "poll support" // "Ninety-six percent said …", "76 percent of those surveyed said …" (pollshares.go)
	}
	qual := n.qual
	if qual == kg.MoreThan && ff.negatedBefore(n.qa, s.start) {
		qual = kg.UpTo
	}
	r := ff.one(n, k, "percent", measure, qual)
	r.figs[0].applyAmount(am)
	if ff.pollSentence(n.si) && r.figs[0].f.Scope.Kind == kg.Whole {
		r.figs[0].f.Scope = kg.Scope{Kind: kg.Estimate} // a poll estimates; its shares answer different questions
	}
	return r
}

// pollSentence reports whether sentence si tells of a poll or a survey.
func (ff *figureFinder) pollSentence(si int) bool {
	s := &ff.sents[si]
	for k := s.start; k < s.b; k++ {
		if ff.is(k, wPoll, wPolls, wSurvey, wSurveys, wRespondents, wPolled, wPollster, wSurveyed) {
			return true
		}
	}
	return false
}

// money reads an amount of money: a number with a currency sign ("$4.2 billion", "NT$341.2
// billion", "€3 million") or a currency word after it ("3 billion euros", "78 cents"),
// measured by what it is (amountOf), else by the words of its clause (moneyMeasure).
func (ff *figureFinder) money(n *number, before []figureCand) (r reading, known bool) {
	if n.unit == "" && n.next < ff.sents[n.si].b {
		if u, sc := ff.scaledCurrency(n.next); u != "" {
			n.unit, n.v = u, math.Round(n.v*sc*100)/100 // "a 130 million-pound deal" (currencies.go)
			n.next++
		} else if u, sc := ff.hyphenedScaledCurrency(n.next); u != "" {
			n.unit, n.v = u, math.Round(n.v*sc*100)/100 // "a 3-billion-euro fund" (currencies.go)
			n.next += 2
		} else if u, next := ff.currencyAfter(n, n.next); u != "" {
			n.unit, n.next = u, next // "3 billion euros", "2 million Swiss francs" (currencies.go)
		} else if ff.is(n.next, wCents, wCent) && !n.word {
			n.unit, n.v = "USD", n.v/100
			n.next++
		}
	}
	if n.unit == "" {
		n.unit = ff.fromUnit(n, before) // "to 320 billion yen from 68.5 billion" (causatives.go)
	}
	if n.unit == "" {
		return reading{}, false
	}
	am := ff.amountOf(n, n.next, false, before)
	measure := am.measure
	if measure == "" {
		measure = ff.listMeasure(n, n.next, before, false, &am, moneyMeasure(ff.doc, n.si, n.i))
	}
	if measure == "money" {
		if m := ff.forPrice(n); m != "" {
			measure = m // "sold its arm, once part of Delcor, to Brakk SA for $1 billion" (forprices.go)
		} else if ff.bracketPrice(n) {
			measure = "price" // "a spoon pipe ($68)"
		} else if m := ff.atPrice(n); m != "" {
			measure = m // "At $289, the Oasis is the most expensive Kindle" (atprices.go)
		} else if p, ok := ff.upFromAmount(n, before, n.unit); ok {
			measure = p.f.Measure // "revenue of $2 billion, up from $1.6 billion" (upfrom.go)
		}
	}
	if m, subj := ff.marketExtreme(n, measure); m != "" {
		measure = m // "The pound hit a seven-year low of $1.4057": pound low (marketlevels.go)
		if am.subject < 0 {
			am.subject = subj
		}
	}
	r = ff.one(n, n.next, n.unit, measure, ff.bracketQualifier(n, before))
	r.figs[0].applyAmount(am)
	return r, true
}

// applyAmount gives a figure what its amount's clause says of it beside its measure.
func (c *figureCand) applyAmount(am amount) {
	c.f.Scope = am.scope
	c.f.Family = am.family
	c.f.Superseded = am.superseded
	c.subj, c.actor = am.subject, am.actor
}

// scaleLetter reports whether the one capital or small letter after number n ("12 C",
// "60 F", "(-23 c)") is a temperature's scale: a conversion in brackets after a
// temperature, or a sentence about the weather's heat or cold (tempWords). Elsewhere a
// lone letter is a grade, a class or a name's initial ("a 3 C rating", "Section 8 F").
func (ff *figureFinder) scaleLetter(n *number) bool {
	if t := ff.toks[n.next]; t.e-t.s != 1 {
		return false // "°C" and the words are read as they are
	}
	return conversion(ff.doc, n.i) || ff.aboutTemperature(n.si)
}

// aboutTemperature reports whether sentence si speaks of heat or cold: a word of
// tempWords that is no name's ("temperatures", "wind chill", "highs").
func (ff *figureFinder) aboutTemperature(si int) bool {
	s := &ff.sents[si]
	for k := s.start; k < s.b; k++ {
		if ff.in(k, tempWords) && ff.toks[k].kind == tWord && ff.entityOf(k) < 0 {
			return true
		}
	}
	return false
}

// scorePair reports whether percentage n is one of two shares set side by side as a
// contest's result, "A percent to B percent" with no range between them: the larger
// first ("by 53 percent to 45 percent", "passed 52 percent to 48 percent"), or the
// order a poll's or a vote's words allow (unitLowerEnd). A change "from A percent to B
// percent" is none.
func (ff *figureFinder) scorePair(n *number) bool {
	start := ff.sents[n.si].start
	pctAt := func(k int) bool { return ff.is(k, wPercent) || ff.punct(k, '%') }
	if pctAt(n.next) && ff.is(n.next+1, wTo) && ff.toks[n.next+2].kind == tNum && pctAt(n.next+3) {
		b := n.next + 2
		q := n.qa - 1
		if ff.is(q, wFrom) || ff.is(q-1, wFrom) {
			return false
		}
		return rangeStart(ff.doc, b, start) == b
	}
	if ff.is(n.qa-1, wTo) && pctAt(n.qa-2) && n.qa-3 >= start && ff.toks[n.qa-3].kind == tNum && pctAt(n.next) {
		a := n.qa - 3
		if ff.is(a-1, wFrom) || ff.is(a-2, wFrom) {
			return false
		}
		return rangeStart(ff.doc, n.tok, start) == n.tok
	}
	return false
}
