package extraction

import (
	"strconv"
	"strings"

	"github.com/factgraph/kg"
)

// What a number is: not a figure at all when it is a date, a clock time, an age, a
// year, a score, a code, a model or version, or the same distance again in other units
// (notAFigure, nameBefore, conversion); and what an amount of money or a magnitude
// measures.

// labelWords before a number make it a label, not a figure: "aged 14", "flight 370",
// "Article 5" (data/figures.txt).
var labelWords = newTokSet(wordSet("label-words"))

// phoneNumbers are numbers that dial a service, not counts: "a 911 call" (data/figures.txt).
var phoneNumbers = newTokSet(wordSet("phone-numbers"))

// currencyWords name a currency after the amount: "3 billion euros", "36.7 billion dollars".
var currencyWords = wordValues("currency-words")

// notAFigure reports whether the number at token i (numTok after a currency sign), ending
// before token next, is not a count or amount: a date ("May 11"), a clock time, an age
// ("as young as 14", "a 40-year-old"), a year, a score ("a 4-4 split"), a code
// ("2330.TW"), a name or model ("PlayStation 4", "Windows 10"), a version ("3.50
// firmware update"), or the lower end of a range whose upper end is the figure.
func (ff *figureFinder) notAFigure(si, i, numTok, next int, v float64, unit string, isWord bool) bool {
	s := &ff.sents[si]
	if mi := ff.entAt[numTok]; mi >= 0 && ff.toks[numTok].kind == tNum && ff.mentions[mi].a == numTok && ff.mentions[mi].b > numTok+1 {
		return true // "the rapper 2 Vex", "30 Rock": a name that opens with its numeral (numeralnames.go)
	}
	if mi := ff.entAt[numTok]; mi >= 0 && ff.toks[numTok].kind == tNum && ff.mentions[mi].a < numTok && ff.mentions[mi].name != "" {
		return true // "the S&P 500", "the Corvane RX 500 coupe": the number is part of a name (marketnames.go)
	}
	if isWord && ff.namedNumberWord(si, numTok) {
		return true // "the Four Seasons hotel", "hedge fund Two Sigma": a capitalised number word inside a name
	}
	// dates: "Feb. 6", "6 February", "May 11"
	if i > s.start && (ff.toks[i-1].feat&lxMonth != 0 || ff.tok(i-1) == "May") {
		return true
	}
	if next < s.b && (ff.toks[next].feat&lxMonth != 0 || ff.tok(next) == "May" && ff.toks[next].has(fCap)) {
		return true
	}
	if ff.monthRange(i, s.start) {
		return true // "the June 14-15 meeting": the second day of a date range
	}
	if i > s.start && !ff.toks[i].has(fSpace) && ff.toks[i-1].kind == tPunct && ff.text[ff.toks[i-1].s] == '#' {
		return true // "#1 choice", "#2 Sen Smear": a rank or a list mark, no count
	}
	if !isWord && ff.streetAddress(next, s.b) {
		return true // "10 Downing Street", "1600 Pennsylvania Avenue": an address, no count
	}
	if next < s.b {
		nt := &ff.toks[next]
		if !nt.has(fSpace) && (nt.kind == tPunct || nt.kind == tStop) {
			c := ff.text[nt.s]
			if c == ':' || c == '/' || (c == '.' && next+1 < s.b && !ff.toks[next+1].has(fSpace)) {
				return true
			}
			if c == '-' && !ff.is(next+1, wMagnitude, wPlus) && !ff.penaltyAfter(next+1) && !ff.compoundNoun(next+1, s.b, v) && !ff.scaledCurrencyAt(next+1) {
				return true // "40-year-old", the first score of "4-4", "2-1/2-year"; not "513-seat" (compounds.go)
			}
		}
		if !isWord && nt.kind == tWord && !nt.has(fSpace) && !ff.is(next, wMagnitude) {
			return true // "1Malaysia", "3D": part of a word
		}
		switch ff.low(next) {
		case "a.m.", "p.m.", "a.m", "p.m", "am", "pm", "gmt", "et", "pst", "est", "utc", "edt", "pdt", "cet", "o'clock", "bst", "hrs":
			return true
		}
		if ff.is(next, wYears, wYear) && ff.is(next+1, wOld) {
			return true
		}
		if ff.is(next, wYearOld, wMonthOld, wWeekOld, wDayOld, wYearsOld) {
			return true // "a 15 year-old", "a 3 month-old baby": an age written with a space
		}
		if nt.kind == tNum && nt.has(fSpace) && unit == "" {
			return true // "one aged 14, two 15 and one 17": a count of ages
		}
		if ff.is(next, wUpdate, wVersion, wEdition, wRelease, wFirmware, wSeries, wGeneration) {
			return true
		}
		// the lower end of a range: "30 to 40 percent", "six or seven bodies", "between 5 and
		// 10"; not a sum before a count or a share (sumBeforeCount)
		if ff.is(next, wTo, wOr) && ff.numberStarts(next+1) && !ff.is(i-1, wFrom) && !ff.movedAmount(i, next, s.start) && !ff.sumBeforeCount(i, next, s.start) ||
			ff.is(next, wAnd) && ff.numberStarts(next+1) && ff.is(i-1, wBetween) {
			return true
		}
		if (ff.is(next, wPercent) || ff.low(next) == "%") && ff.is(next+1, wTo, wOr, wAnd) && ff.numberStarts(next+2) {
			if lo := rangeStart(ff.doc, next+2, s.start); lo == i || lo == i-1 && ff.is(i-1, wBetween) {
				return true // "20 percent to 25 percent": the upper end reads the range
			}
		}
	}
	if ff.idleNumber(si, i, next) {
		return true // "the 200 block of", "a father of two", "100 percent sure" (speechfigures.go)
	}
	if ff.punct(i-1, ':') && !ff.toks[i].has(fSpace) {
		return true // "8:05:43 PM": a clock time
	}
	if n := next; unit == "" && n < s.b {
		if ff.is(n, wOther) {
			n++
		}
		if ff.is(n, wSources, wSource) && !ff.is(n+1, wOf) {
			return true // "two sources familiar with the matter said": the story's informants
		}
	}
	if ff.punct(i-1, '=') || ff.punct(next, '=') {
		return true // "($1 = 0.9170 euros)": an exchange rate
	}
	if isWord && ff.punct(i-1, '-') && !ff.toks[i].has(fSpace) {
		return true // "7-Eleven"
	}
	if unit == "" && ff.punct(i-1, '$') || unit != "" && ff.is(i-1, wEvery, wEach, wPer) {
		return true // "for every $1 worth of sales": a unit, not an amount
	}
	if unit == "" && !isWord && phoneNumbers.has(ff.tok(numTok)) {
		return true // "a 911 call", "called 911": a telephone number
	}
	if i > s.start && ff.inWord(i-1, labelWords) {
		return true // "aged 14", "flight 370", "Article 5"
	}
	// "as young as 14", "as old as 80"
	if ff.is(i-1, wAs) && ff.is(i-2, wYoung, wOld, wEarly, wLate) {
		return true
	}
	// "the highest of four tiers", "the convergence of two tectonic plates"
	if ff.is(i-1, wOf) && i-2 >= s.start {
		pw := ff.low(i - 2)
		if len(pw) > 4 && strings.HasSuffix(pw, "est") && pw != "interest" && pw != "request" && pw != "protest" && pw != "arrest" && pw != "contest" && pw != "harvest" ||
			pw == "convergence" || pw == "intersection" || pw == "junction" || pw == "combination" {
			return true
		}
	}
	if unit == "" && !isWord && ff.yearBeforeNoun(si, numTok, next) {
		return true // "the Great Schism of 1054 shattered", "a 1969 police raid": a year (yearwords.go)
	}
	if unit == "" && !isWord && v >= 1800 && v <= 2100 && v == float64(int(v)) && !strings.Contains(ff.tok(numTok), ",") && !(next < s.b && ff.toks[next].feat&lxPersonNoun != 0) {
		return true // a year
	}
	// "Smith, 45, said"
	if ff.punct(i-1, ',') && ff.punct(next, ',') && ff.entityOf(i-2) >= 0 && ff.ents[ff.entityOf(i-2)].typ == kg.Person {
		return true
	}
	if unit == "" && ff.punct(i-1, '(') && ff.punct(next, ')') {
		return true // "(2330.TW)", "(1)"; "($10.3 billion)" gives the amount in dollars
	}
	// scores: "a 4-4 split", "won 24-21"
	if i-2 >= s.start && ff.punct(i-1, '-') && !ff.toks[i].has(fSpace) && !ff.toks[i-1].has(fSpace) && ff.toks[i-2].kind == tNum {
		if lo, err := strconv.ParseFloat(strings.ReplaceAll(ff.tok(i-2), ",", ""), 64); err != nil || v <= lo {
			return true
		}
	}
	if unit == "" && ff.nameBefore(si, i) && !(next > numTok+1 && !isWord || next < s.b && currencyWords[ff.low(next)] != "") {
		// not "fined Google 100,000 euros", "paid Acme 5 million": a scale word or a
		// currency word after the number makes it an amount, not a model's number
		return true
	}
	return false
}

// nameBefore reports whether the number at token i ends a name: "PlayStation 4", "Windows
// 10 PCs", "Boeing 737", "Apollo 11". The word before is a capitalised name, not a hedge
// ("About 100") or a function word, and in a title-case headline one the body also
// capitalises.
func (ff *figureFinder) nameBefore(si, i int) bool {
	s := &ff.sents[si]
	p := i - 1
	if p < s.start || ff.toks[p].kind != tWord || !ff.toks[p].has(fCap) || !ff.toks[i].has(fSpace) {
		return false
	}
	t := &ff.toks[p]
	if t.feat&(lxFunc|lxQual|lxMonth|lxDay|lxStarter|lxSpeech|lxNumWord|lxPronoun|lxScale) != 0 {
		return false
	}
	w := ff.tok(p)
	switch strings.ToLower(w) {
	case "at", "some", "about", "over", "nearly", "only", "just", "all", "another", "around", "roughly", "almost",
		"up", "under", "below", "above", "exactly", "least", "most", "than", "total", "killing", "kills", "kill",
		"killed", "wounds", "wounding", "injuring", "leaves", "left", "top", "tops", "reaches", "hits", "to", "claims":
		return false
	}
	if ff.toks[p].has(fUpper) && (si == ff.headline || englishWords.has(lowerASCII(w)) || ff.toks[p].e-ff.toks[p].s < 3 || ff.toks[i].kind != tNum) {
		return false // "KILLS 12" in a shouted headline, "told the BBC two car bombs"; an acronym before digits names ("told WTVR CBS 6")
	}
	if si == ff.headline || ff.sentenceInitial(p, s.start) {
		return ff.entAt[p] >= 0 || ff.capSeen.has(w) && !ff.lowerSeen.has(lowerASCII(w))
	}
	return !ff.gappedNumber(si, p, i) // "and Dunmore 0.9 million": a gapped clause's count (ellipticcounts.go)
}

// magnitudeOf names the magnitude at token k: an aftershock's when the event word nearest
// it is "aftershock" ("five aftershocks of 3.8-magnitude or more").
func (ff *figureFinder) magnitudeOf(si, k int) string {
	if e := ff.nearestEventNoun(si, k); e >= 0 && aftershock(ff.low(e)) {
		return "aftershock magnitude"
	}
	return "magnitude"
}

// conversion reports whether the number at i restates, in brackets, a measure just given
// in another unit: "23 km (14 miles)", "12 degrees Celsius (54 Fahrenheit)".
func conversion(d *doc, i int) bool {
	p := i - 1
	for p > 0 && i-p < 4 && d.toks[p].kind == tWord && d.toks[p].feat&lxQual != 0 {
		p--
	}
	if p > 0 && d.punct(p, '-') {
		p-- // "(-23 C)"
	}
	if !d.punct(p, '(') || p < 1 {
		return false
	}
	u := d.low(p - 1)
	if u == "zero" && d.is(p-2, wBelow) {
		return true // "60 F below zero (51 C below zero)"
	}
	return d.toks[p-1].feat&lxDistUnit != 0 || u == "ft" || u == "ft." || u == "celsius" || u == "fahrenheit" || u == "degrees" || u == "c" || u == "f" ||
		u == "mph" || u == "kph" || u == "hour" && d.is(p-2, wPer) // a speed given again: "45 mph (72 kph)"
}

// moneyMeasure names an amount of money its clause does not tie to a noun or a verb
// (amountOf) by the words around it: damage ("damage of NT$341.2 billion"), aid ("$100
// million was pledged"), a price ("costs", "sells", "priced"); else money, a bare unit
// that distinctFigures drops.
func moneyMeasure(d *doc, si, i int) string {
	s := &d.sents[si]
	a, b := i, i
	for a > s.start && i-a < 12 && !d.punct(a-1, ',') && !d.punct(a-1, ';') && !d.is(a-1, wWhile, wWhereas, wBut) {
		a--
	}
	for b < s.b && b-i < 12 && !d.punct(b, ';') && !d.is(b, wWhile, wWhereas, wBut) && !(d.punct(b, ',') && b > i+1) {
		b++
	}
	measure := "money"
	for k := a; k < b; k++ {
		switch d.low(k) {
		case "damage", "damages", "losses", "loss":
			return "damage"
		case "aid", "pledged", "pledge", "donated", "donation", "donations", "relief":
			measure = "aid"
		case "price", "prices", "priced", "sells", "sell", "sold", "retails":
			if measure == "money" {
				measure = "price"
			}
		case "cost", "costs", "fee", "fees", "fare", "fares", "tuition", "rent":
			if measure == "money" {
				measure = singular(d.low(k)) // "Dengue costs the world about $9 billion": a cost, not a price
			}
		}
	}
	return measure
}

// percentMeasure names a percentage its clause does not tie to what it is (amountOf)
// by its sentence: a poll's support ("a poll showed Trump in the lead with 28
// percent"), a vote's share; else percent, a bare unit that distinctFigures drops.
func percentMeasure(d *doc, si int) string {
	s := &d.sents[si]
	for k := s.start; k < s.b; k++ {
		switch d.low(k) {
		case "poll", "polls", "survey", "surveys", "respondents", "pollster", "polled", "approval":
			return "poll support"
		case "vote", "votes", "ballots", "precincts", "electorate":
			return "vote share"
		}
	}
	return "percent"
}

// penaltyAfter reports whether a span of time at token k names a penalty's length: "a
// two-year suspension", "a 12-year prison term" (penalty).
func (ff *figureFinder) penaltyAfter(k int) bool {
	if !ff.is(k, wYear, wMonth) {
		return false
	}
	if ff.is(k+1, wJail, wPrison) {
		k++
	}
	return ff.is(k+1, wBan, wSuspension, wSentence) || ff.is(k+1, wTerm) && ff.is(k, wJail, wPrison)
}

// ratioTerm reports whether number n is a term of a ratio: the base of "nine of every
// 10 black voters", "one in five customers", "four out of five", "1 out of every 20
// barrels", or the share before it ("nine of every", "six in 10"). A ratio says what
// share of some people or things, not how many: it is no count. Without "every" the
// base is a round one (two to ten, 20, 100, 1,000) above its share, for "19 in 44
// games", "more than 50 in three districts" and "72,000 out of nearly 3 million
// Syrians" are counts; "seven of 11 contests" counts the 11 (a whole) and is no ratio.
func (ff *figureFinder) ratioTerm(n *number) bool {
	if ff.toks[min(n.next, len(ff.toks)-1)].feat&lxTimeUnit != 0 {
		return false // "30 in 40 minutes": a time
	}
	k := n.qa - 1 // the base: "of every", "in (every)", "out of (every)" after a number
	every := ff.is(k, wEvery)
	if every {
		k--
	}
	switch {
	case ff.is(k, wOf) && ff.is(k-1, wOut):
		k -= 2
	case ff.is(k, wIn) || every && ff.is(k, wOf):
		k--
	default:
		k = -1
	}
	if k >= 0 && ff.ratioNumber(k) && (every || ff.roundBase(k, n.v)) {
		return true
	}
	k = n.next // the share: a number before "of every", "in (every) N", "out of (every) N"
	if ff.is(k, wOut) && ff.is(k+1, wOf) {
		k++
	}
	if ff.is(k+1, wEvery) && ff.is(k, wOf, wIn) {
		return true
	}
	if !ff.is(k, wIn) && !(ff.is(k, wOf) && ff.is(k-1, wOut)) || !ff.ratioNumber(k+1) {
		return false
	}
	base, ok := ff.readNumber(n.si, k+1)
	return ok && base.unit == "" && roundBase(base.v) && n.v < base.v && ff.toks[min(base.next, len(ff.toks)-1)].feat&lxTimeUnit == 0
}

// roundBase reports whether v is a base a ratio without "every" takes: two to ten, 20,
// 100, 1,000 ("one in five", "nine out of 10").
func roundBase(v float64) bool {
	return v >= 2 && v <= 10 && v == float64(int(v)) || v == 20 || v == 100 || v == 1000
}

// roundBase reports whether v, read after the share at token k, is a round base above it.
func (ff *figureFinder) roundBase(k int, v float64) bool {
	share, _, _, _, ok := ff.numberAt(k, k+1)
	if ff.is(k, wOne) {
		share, ok = 1, true
	}
	return ok && roundBase(v) && share < v
}

// ratioNumber reports whether a number, "one" too, is at token k.
func (ff *figureFinder) ratioNumber(k int) bool {
	return ff.numberStarts(k) || ff.is(k, wOne)
}

// monthRange reports whether the number at token i ends a range of days after a
// month's name: "the Fed's June 14-15 meeting", "from March 3 to 5". The range's
// first number is a date (notAFigure's month test), and so is its last: both are days
// of the month, not a count the meeting has.
func (ff *figureFinder) monthRange(i, start int) bool {
	lo := rangeStart(ff.doc, i, start)
	if lo >= i || lo <= start {
		return false
	}
	return ff.toks[lo-1].feat&lxMonth != 0 || ff.tok(lo-1) == "May"
}

// streetWords end a street's name.
var streetWords = newTokSet(map[string]bool{"street": true, "avenue": true, "road": true, "boulevard": true,
	"drive": true, "lane": true, "parkway": true, "terrace": true, "plaza": true,
	"st.": true, "ave.": true, "blvd.": true, "rd.": true})

// streetAddress reports whether one to three capitalised words from token next on name a
// street ("Downing Street", "Fox Road", "Pennsylvania Avenue"): the number before them is
// a house number.
func (ff *figureFinder) streetAddress(next, end int) bool {
	for k := next; k < end && k < next+3; k++ {
		t := &ff.toks[k]
		if t.kind != tWord || !t.has(fCap) {
			return false
		}
		if k > next && ff.in(k, streetWords) {
			return true
		}
	}
	return false
}

// sumBeforeCount reports whether the sum of money at i, before "to" or "or" at next, is
// no range's lower end: the number after reads no range back to it and carries no dollar
// sign ("donated $64,066 to 34 charities", "paid $5 million to 12 victims", "a fine of up
// to $7.4 billion or 10 percent of its revenue": a sum and whom it went to, or the same
// sum put another way). "shed $2.05 to $41.30" stays a move and its level.
func (ff *figureFinder) sumBeforeCount(i, next, start int) bool {
	return (ff.punct(i, '$') || ff.punct(i-1, '$')) && !ff.punct(next+1, '$') && rangeStart(ff.doc, next+1, start) == next+1
}
