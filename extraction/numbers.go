package extraction

import (
	"math"
	"strconv"
	"strings"

	"github.com/factgraph/kg"
)

// Numbers: digits and number words with their scale and currency ("1.5 million",
// "NT$341.2 billion", "half a dozen"), ranges, and the hedges before and after them
// ("at least", "more than", "or so").

var numberWords = wordNumbers("number-words")

var ordinalWords = wordNumbers("ordinal-words")

var scaleWords = wordNumbers("scale-words")

func formatFloat(v float64) string {
	if v == math.Trunc(v) && math.Abs(v) < 1e15 {
		return itoa(int64(v))
	}
	return strings.TrimRight(strings.TrimRight(ftoa(v), "0"), ".")
}

// qualifierBefore reads a hedge before the number at i: at least, more than, about…
// It returns the qualifier and the first token of the hedge. "a total of" before the
// number or its hedge is part of the number's words, no hedge ("killed a total of 66
// people", "a total of more than 100"): the words before it read as before the number.
func qualifierBefore(d *doc, i, start int) (kg.Qualifier, int) {
	q, qa := hedgeBefore(d, i, start)
	if qa-3 >= start && d.is(qa-1, wOf) && d.is(qa-2, wTotal) && d.is(qa-3, wA) {
		qa -= 3 // figrec72
	}
	return q, qa
}

// hedgeBefore is qualifierBefore without its "a total of": the hedge right before the
// number at i, and its first token.
func hedgeBefore(d *doc, i, start int) (kg.Qualifier, int) {
	if i-1 < start {
		return kg.Exact, i
	}
	w1 := d.low(i - 1)
	w2 := ""
	if i-2 >= start {
		w2 = d.low(i - 2)
	}
	w3 := ""
	if i-3 >= start {
		w3 = d.low(i - 3)
	}
	switch {
	case w2 == "at" && w1 == "least", w2 == "no" && w1 == "fewer", w1 == "minimum":
		return kg.AtLeast, i - 2
	case w2 == "more" && w1 == "than", w2 == "upwards" && w1 == "of", w2 == "greater" && w1 == "than":
		if w3 == "no" {
			return kg.UpTo, i - 3
		}
		return kg.MoreThan, i - 2
	case w3 == "in" && w2 == "excess" && w1 == "of":
		return kg.MoreThan, i - 3 // "in excess of $40 million"
	case w1 == "over", w1 == "above", w1 == "exceeding":
		return kg.MoreThan, i - 1
	case w2 == "fewer" && w1 == "than", w2 == "less" && w1 == "than":
		if w3 == "no" {
			return kg.AtLeast, i - 3
		}
		return kg.FewerThan, i - 2
	case w1 == "under":
		return kg.FewerThan, i - 1
	case w2 == "up" && w1 == "to":
		if i-2 == start || d.toks[i-3].feat&lxNumWord == 0 {
			return kg.UpTo, i - 2 // "Up to 30 people may be trapped" at a sentence's start too
		}
	case w3 == "as" && w2 == "many" && w1 == "as", w3 == "as" && w2 == "much" && w1 == "as":
		return kg.UpTo, i - 3
	case w3 == "as" && w2 == "high" && w1 == "as" && i-4 >= start && d.is(i-4, wTo, wToll, wTally) && d.toks[i].kind == tNum &&
		d.sentHas(d.sentOf(i), wToll, wTolls, wDeaths, wDead, wKilled, wCasualties, wFatalities, wVictims):
		return kg.UpTo, i - 3 // a count's upper bound: "the death toll could rise to as high as 40"; not a price's peak
	case w2 == "at" && w1 == "most":
		return kg.UpTo, i - 2
	case w1 == "nearly", w1 == "almost", w2 == "close" && w1 == "to":
		if w1 == "to" {
			return kg.Nearly, i - 2
		}
		return kg.Nearly, i - 1
	case w1 == "about", w1 == "around", w1 == "approximately", w1 == "roughly", w1 == "some", w1 == "estimated", w1 == "approx.", w1 == "circa":
		if w1 == "estimated" && w2 == "an" {
			return kg.About, i - 2
		}
		return kg.About, i - 1
	}
	return kg.Exact, i
}

// numberStarts reports whether a number begins at token k.
func (d *doc) numberStarts(k int) bool {
	if k < 0 || k >= len(d.toks) {
		return false
	}
	t := &d.toks[k]
	return t.kind == tNum && !t.has(fSuffix) || t.kind == tWord && t.feat&lxNumWord != 0 && !d.is(k, wOne) || d.punct(k, '$') && d.toks[min(k+1, len(d.toks)-1)].kind == tNum
}

// rangeUpper reports whether the number at i is the upper end of a range: "six or seven",
// "30 to 40", "20,000-30,000", "between 5 and 10".
func rangeUpper(d *doc, i, start int) bool {
	return rangeStart(d, i, start) < i
}

// rangeStart returns the first token of the range the number at i ends, or i.
func rangeStart(d *doc, i, start int) int {
	if i-2 < start {
		return i
	}
	lo := i - 2
	if d.punct(i-1, '-') && !d.toks[i].has(fSpace) && !d.toks[i-1].has(fSpace) && d.toks[lo].kind == tNum && !d.yearAt(lo) &&
		(d.toks[i].kind == tNum || d.punct(i, '$')) { // not "7-Eleven"
		return lo
	}
	if k, ok := scaledHyphenEnd(d, i, start); ok {
		return k
	}
	if d.is(i-1, wTo, wOr, wAnd) && d.punct(i, '$') {
		// "$1.05 billion to $1.09 billion": the lower end has a sign and a scale of its own
		for lo > start && d.toks[lo].kind == tWord && d.toks[lo].feat&lxScale != 0 {
			lo--
		}
		if d.toks[lo].kind == tNum && d.punct(lo-1, '$') {
			lo--
		}
	}
	f := lo - 1
	if k, ok := unitLowerEnd(d, i, start); ok {
		lo, f = k, k-1 // "6.4 billion and 6.7 billion euros", "20 percent to 25 percent"
		if d.is(f, wAbout, wAround, wRoughly, wApproximately, wNearly, wAlmost) {
			f-- // "from about 40 percent to 52 percent": a change too
		}
	}
	// "one" opens no number alone ("one of them") but opens a range: "One to 3 feet"
	if !d.numberStarts(lo) && !(d.is(lo, wOne) && d.is(i-1, wTo)) || d.is(f, wFrom) && !d.is(f-1, wRange, wRanges, wRanged, wRanging, wAnywhere, wVaries, wVary, wVaried) || d.toks[lo].kind == tNum && d.yearAt(lo) {
		return i
	}
	lv, _, _, _, ok := d.numberAt(lo, i)
	if !ok || lv >= d.valueAt(i) {
		return i // "by 2030 to 32 percent": not a range
	}
	if d.is(i-1, wTo) && moveThenLevel(d, lo, i, lv) && moveBefore(d, lo, start) {
		return i // "fell $1.03 to $29.31": how far it moved, then where it stands
	}
	if d.is(i-1, wTo, wOr) {
		return lo
	}
	if d.is(i-1, wAnd) && d.is(lo-1, wBetween) {
		return lo - 1
	}
	return i
}

// moveThenLevel reports whether lower end lo (value lv, read up to the "to" before i) and
// the number at i, after a verb of change, are how far a thing moved and where it stands,
// not a range: the moved amount is under a fifth of the level ("rose 13 million to 218
// million", "fell by $70.9 million to $91.5 million", "rose 8,000 to 2.24 million"). Both
// ends carry a dollar sign or neither does; a level in percent or points stays a range's
// end ("grew 1 to 10 percent"), and a lower end without the level's scale word must be too
// large to take it ("3 to 4 million" is a range). figunread70.
func moveThenLevel(d *doc, lo, i int, lv float64) bool {
	if d.punct(i, '$') != d.punct(lo, '$') {
		return false
	}
	v, next, _, _, ok := d.numberAt(i, len(d.toks))
	if !ok || lv*5 > v {
		return false
	}
	if d.is(next, wPercent, wPoints, wPercentage) || d.punct(next, '%') {
		return false
	}
	num := i
	if d.punct(i, '$') {
		num = i + 1
	}
	if raw, _, _, _, ok := d.numberAt(num, num+1); ok && raw > 0 && v/raw > 1.5 {
		if _, lnext, _, _, _ := d.numberAt(lo, i); lnext == i-1 && d.toks[lnext-1].kind == tNum && lv*(v/raw) < v {
			return false // the lower end takes the level's scale: a range
		}
	}
	return true
}

// unitLowerEnd returns the first token of a range's lower end that carries its own
// percent or scale word, as its upper end does: "20 percent to 25 percent", "between 3.0
// percent and 3.5 percent", "6.4 billion and 6.7 billion euros". Poll scores set side by
// side ("lags Rival 28 percent to 45 percent", "a margin of 40 percent to 60 percent")
// are two shares, no range.
func unitLowerEnd(d *doc, i, start int) (int, bool) {
	if !d.is(i-1, wTo, wOr, wAnd) || d.punct(i, '$') || i-3 < start || d.toks[i-3].kind != tNum {
		return i, false
	}
	w := d.low(i - 2)
	switch {
	case w == "percent" || w == "%":
		if d.low(i+1) != w {
			return i, false
		}
		for k := i - 4; k >= start && k >= i-7; k-- {
			if d.in(k, pollWords) {
				return i, false
			}
		}
		if d.punct(i-4, ',') || i-4 > start && d.toks[i-4].kind == tWord && d.toks[i-4].has(fCap) && d.toks[i-4].feat&lxFunc == 0 {
			return i, false // "…, 35 percent to 37 percent", "Rival 28 percent to 45 percent"
		}
	case d.toks[i-2].feat&lxScale != 0:
		if i+1 >= len(d.toks) || d.toks[i+1].feat&lxScale == 0 {
			return i, false
		}
	default:
		return i, false
	}
	return i - 3, true
}

// scaledHyphenEnd returns the first token of a money range's lower end that a hyphen
// joins to its upper end, each with its own sign and scale word: "$4.21 billion-$4.35
// billion", "$900 million-$1.2 billion". The upper end has its scale word too and the lower
// end is the smaller: a "-$2 billion" after an amount is no range otherwise.
func scaledHyphenEnd(d *doc, i, start int) (int, bool) {
	if i-4 < start || !d.punct(i, '$') || !d.punct(i-1, '-') || d.toks[i].has(fSpace) || d.toks[i-1].has(fSpace) ||
		d.toks[i-2].kind != tWord || d.toks[i-2].feat&lxScale == 0 || d.toks[i-3].kind != tNum || !d.punct(i-4, '$') {
		return i, false
	}
	if i+2 >= len(d.toks) || d.toks[i+2].kind != tWord || d.toks[i+2].feat&lxScale == 0 {
		return i, false
	}
	lv, _, _, _, ok := d.numberAt(i-4, i-1)
	if !ok || lv >= d.valueAt(i) {
		return i, false
	}
	return i - 4, true
}

// pollWords set two shares side by side as a vote's or a poll's result, not a range.
var pollWords = newTokSet(map[string]bool{"margin": true, "voted": true, "vote": true, "votes": true, "lead": true,
	"leads": true, "led": true, "trails": true, "trailed": true, "trailing": true, "lags": true, "lagged": true,
	"behind": true, "beat": true, "beats": true, "defeated": true, "won": true, "wins": true, "poll": true,
	"polls": true, "survey": true, "against": true})

// moveBefore reports whether the amount opening at token lo follows a verb or adverb of
// change ("fell", "up", "cut its target by", past a hedge or "another"): a money amount
// so placed is how far something moved, and an amount five times as large after "to" is
// the level it moved to, not a range's upper end.
func moveBefore(d *doc, lo, start int) bool {
	return moveVerbBefore(d, lo, start, false)
}

// moveVerbBefore is moveBefore; strict wants what the amount readers read as a move (a
// rise or a fall, amountverbs.go): an intransitive verb of change right before it ("fell
// $1.03") or a verb of change with "by" ("cut its target by $20"), not "shed $2.05", whose
// money is an object (figunread70).
func moveVerbBefore(d *doc, lo, start int, strict bool) bool {
	k := lo - 1
	for k > start && d.is(k, wAbout, wNearly, wAlmost, wRoughly, wAround, wAnother, wSome, wJust, wOnly) {
		k--
	}
	by := d.is(k, wBy)
	if by {
		k--
		for k > start && d.toks[k].kind == tWord && d.toks[k].feat&lxFunc == 0 && changeVerbs[d.low(k)] == "" && k > lo-6 {
			k-- // "cut its price target by $20": back over the object to the verb
		}
		if d.is(k, wIts, wTheir, wThe, wHis, wHer) {
			k--
		}
	}
	if k < start || d.toks[k].kind != tWord {
		return false
	}
	c, ok := changeVerbs[d.low(k)]
	if strict {
		return ok && c != "level" && (by || d.in(k, intransitiveMoves))
	}
	return ok && c != "level" || d.is(k, wSheds, wLost, wLoses, wAdds) // (not verbs of change, yet a move)
}

// qualifierAfter reads a hedge after a number: "3.8-magnitude or more", "40-plus", "or so".
func qualifierAfter(d *doc, k int) kg.Qualifier {
	if d.punct(k, '-') && d.is(k+1, wPlus) || d.is(k, wPlus) {
		return kg.AtLeast
	}
	if d.is(k, wOr, wAnd) {
		switch d.low(k + 1) {
		case "more", "higher", "above", "greater", "larger", "stronger", "over", "up":
			return kg.AtLeast
		case "less", "fewer", "lower", "below", "under":
			if d.is(k, wOr) {
				return kg.UpTo
			}
		case "so":
			if d.is(k, wOr) {
				return kg.About
			}
		}
	}
	return kg.Exact
}

// valueAt is the value of the number at token i, or 0.
func (d *doc) valueAt(i int) float64 {
	v, _, _, _, _ := d.numberAt(i, len(d.toks))
	return v
}

// numberAt reads a number starting at token i: digits ("1,500", "6.4"), words ("five",
// "twenty-five", "a dozen", "half a dozen"), with a scale ("1.5 million", "$2 billion").
// It returns the value, the token after the number, a currency unit and whether it read one.
func (d *doc) numberAt(i, end int) (v float64, next int, unit string, approx bool, ok bool) {
	j := i
	dollar := false // a "$" sign, which a dollar's code or name after the number may tell
	// currency before: $, NT$, US$, €, £
	if d.punct(j, '$') && j+1 < end && d.toks[j+1].kind == tNum && !d.toks[j+1].has(fSpace) {
		unit, dollar = "USD", true
		if j > 0 && !d.toks[j].has(fSpace) && d.toks[j-1].kind == tWord {
			switch d.tok(j - 1) {
			case "NT":
				unit = "TWD"
			case "HK":
				unit = "HKD"
			case "A":
				unit = "AUD"
			case "C":
				unit = "CAD"
			}
		}
		j++
	} else if j < end && d.toks[j].kind == tPunct && j+1 < end && d.toks[j+1].kind == tNum {
		switch d.tok(j) {
		case "€":
			unit, j = "EUR", j+1
		case "£":
			unit, j = "GBP", j+1
		}
	}
	if j >= end {
		return 0, i, "", false, false
	}
	t := &d.toks[j]
	switch t.kind {
	case tNum:
		if t.has(fSuffix) {
			return 0, i, "", false, false
		}
		s := d.tok(j)
		s = strings.ReplaceAll(s, ",", "")
		f, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return 0, i, "", false, false
		}
		v = f
		j++
		if fv, fj, ok := d.mixedFraction(j, end, s); ok {
			v, j = v+fv, fj // "7-1/2 years", "by 6 1/4 lengths"
		}
	case tWord:
		w := d.low(j)
		if w == "half" && d.is(j+1, wA) && d.is(j+2, wDozen) {
			return 6, j + 3, unit, true, true
		}
		if w == "a" && d.is(j+1, wDozen) {
			return 12, j + 2, unit, true, true
		}
		if v, k := halfDozen(d, j); k > j {
			return v, k, unit, true, true // "a half dozen", "half-dozen", "a couple dozen"
		}
		if w == "a" && d.is(j+1, wFoot) && d.is(j+2, wOf) {
			return 1, j + 1, unit, false, true // "a foot of snow": the unit follows
		}
		if w == "a" && d.is(j+1, wQuarter) && !d.toks[j+1].has(fCap) && d.is(j+2, wMillion, wBillion, wTrillion) {
			v, j = 0.25, j+2 // "about a quarter million supporters": the scale follows
			break
		}
		if (w == "a" || w == "half" && d.is(j+1, wA)) && d.is(j+1+len(w)/4, wHundred, wThousand, wMillion, wBillion, wTrillion) {
			// "more than a billion devices", "half a million cars": the scale follows
			v = 1
			if w == "half" {
				v, j = 0.5, j+1
			}
			j++
			break
		}
		if f, ok := d.numberWord(j, w); ok {
			v = f
			j++
		} else if k := strings.IndexByte(w, '-'); k > 0 {
			a, ok1 := numberWords[w[:k]]
			b, ok2 := numberWords[w[k+1:]]
			if ok1 && a >= 2 && a < 10 && w[k+1:] == "dozen" {
				v = a * 12 // "three-dozen U.S. lawmakers", as "three dozen"
				j++
				break
			}
			if !ok1 || !ok2 || a < 20 || b >= 10 {
				return 0, i, "", false, false
			}
			v = a + b
			j++
		} else {
			return 0, i, "", false, false
		}
	default:
		return 0, i, "", false, false
	}
	// "two dozen"
	if j < end && d.is(j, wDozen) {
		v *= 12
		j++
	}
	// a signed amount hyphened to its scale, as a modifier: "a $5-billion bid" (figunread70)
	if unit != "" && j+1 < end && d.punct(j, '-') && !d.toks[j].has(fSpace) && !d.toks[j+1].has(fSpace) &&
		d.toks[j+1].kind == tWord && d.toks[j+1].feat&lxScale != 0 && d.toks[j-1].kind == tNum {
		j++
	}
	// scale words: "1.5 million", "two hundred", "341.2 billion"
	scaled := false
	for j < end && d.toks[j].kind == tWord {
		sc, ok := scaleWords[d.low(j)]
		if !ok {
			break
		}
		v *= sc
		j++
		scaled = true
	}
	if scaled {
		// "$528.8 million" is 528,800,000, not 528,799,999.99999994: a decimal
		// fraction times a scale is exact to the cent.
		v = math.Round(v*100) / 100
	}
	if dollar {
		if u, k := d.dollarNamedAfter(j, end); u != "" {
			unit, j = u, k // "$679 AUD", "$679 Australian dollars": the sign's dollar, named
		}
	}
	return v, j, unit, false, true
}

// dollarCodes are the ISO codes of the dollars a "$" may stand for.
var dollarCodes = map[string]bool{"USD": true, "AUD": true, "CAD": true, "NZD": true, "HKD": true,
	"SGD": true, "TWD": true}

// amountCurrencyCode reports whether token k is a dollar's code right after a number
// ("$679 AUD"): the amount's currency (dollarNamedAfter), no name and no measure word.
func (d *doc) amountCurrencyCode(k int) bool {
	return k > 0 && dollarCodes[d.tok(k)] && d.toks[k-1].kind == tNum
}

// dollarNamedAfter reads the dollar named right after a "$" amount ending before token j:
// its code ("$679 AUD", "$799 USD") or a phrase of data/figures.txt currency-phrases that
// names a dollar ("$679 Australian dollars"). It returns the code and the token after
// the words, or "".
func (d *doc) dollarNamedAfter(j, end int) (string, int) {
	if j >= end || d.toks[j].kind != tWord {
		return "", j
	}
	if w := d.tok(j); dollarCodes[w] && !(d.punct(j+1, '=') && !d.toks[j+1].has(fSpace)) {
		return w, j + 1 // not "$0.7248 AUD=D4": a quote's ticker
	}
	if j+1 < end && d.toks[j+1].kind == tWord {
		if u := currencyPhrases[d.low(j)+" "+d.low(j+1)]; dollarCodes[u] {
			return u, j + 2
		}
	}
	return "", j
}

func itoa(v int64) string { return strconv.FormatInt(v, 10) }

func ftoa(v float64) string { return strconv.FormatFloat(v, 'f', 6, 64) }

// numberWord looks w, read at token j, up in numberWords, asking the set only when the
// token's word classes allow it (wordclasses.go).
func (d *doc) numberWord(j int, w string) (float64, bool) {
	if !d.mayBe(j, w, wcNumber) {
		return 0, false
	}
	f, ok := numberWords[w]
	return f, ok
}

// movedAmount reports whether the number at i, ending before "to" at next, is how far a
// thing moved before the level it reached: "WTI fell $1.03 to $29.31", "rose just 13
// million to 218 million" (moveThenLevel), no range's lower end. figunread70.
func (ff *figureFinder) movedAmount(i, next, start int) bool {
	return ff.is(next, wTo) && rangeStart(ff.doc, next+1, start) == next+1 && moveVerbBefore(ff.doc, i, start, true)
}

// mixedFraction reads the fraction of a mixed number after a whole number's token
// (digits s), from token j: "1/2" after a space or glued by a hyphen ("7-1/2 years", "by
// 6 1/4 lengths"). The fraction is proper, its denominator at most 16, and the whole
// number has no decimals. It returns the fraction's value and the token after it.
func (d *doc) mixedFraction(j, end int, s string) (float64, int, bool) {
	if strings.ContainsRune(s, '.') {
		return 0, j, false
	}
	k := j
	if d.punct(k, '-') && d.toks[k].s == d.toks[k-1].e {
		k++
	}
	num, den, ok := d.properFraction(k, end)
	if !ok || k == j && !d.toks[k].has(fSpace) {
		return 0, j, false
	}
	return math.Round(num/den*1e4) / 1e4, k + 3, true // "15-2/3 years": 15.6667
}

// properFraction reads a fraction in digits at token k, its three tokens glued ("1/4",
// "2/3"): a proper one, its denominator at most 16 (not a date's "7/30" nor a score's).
func (d *doc) properFraction(k, end int) (num, den float64, ok bool) {
	if k+2 >= end || d.toks[k].kind != tNum || !d.punct(k+1, '/') || d.toks[k+2].kind != tNum ||
		d.toks[k+1].s != d.toks[k].e || d.toks[k+2].s != d.toks[k+1].e {
		return 0, 0, false
	}
	n, err1 := strconv.Atoi(d.tok(k))
	m, err2 := strconv.Atoi(d.tok(k + 2))
	if err1 != nil || err2 != nil || n <= 0 || m <= n || m > 16 {
		return 0, 0, false
	}
	return float64(n), float64(m), true
}

// halfDozen reads half a dozen and a couple of dozen written without "a" between the
// words, from token j: "half dozen", "a half dozen", "half-dozen", "a half-dozen",
// "half-a-dozen" are 6, "a couple dozen" about 24. It returns the value and the token
// after the words, or j when none starts there. fig150: the lone "dozen" was read as 12.
func halfDozen(d *doc, j int) (float64, int) {
	k := j
	if d.is(k, wA) {
		k++
	}
	switch {
	case d.is(k, wHalf) && d.is(k+1, wDozen):
		return 6, k + 2
	case d.is(k, wHalfDozen, wHalfADozen):
		return 6, k + 1
	case d.is(k, wCouple) && d.is(k+1, wDozen):
		return 24, k + 2
	}
	return 0, j
}
