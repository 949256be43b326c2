package extraction

import (
	"math"
	"strings"
)

// Shares in words: "a fifth of the population", "two-thirds of voters", "nearly a
// quarter of its value" name a percentage of a whole as "20 percent of the population"
// does, so they are read as percentages (20, 66.7, 25 percent), their hedge kept
// ("nearly") and their measure the whole after "of", as percentage gives one
// (amountOf). Bare "half" is halves.go's; a hedged "half" before "of" and a whole ("over
// half of patients") is read here as a hedged 50 percent (hedgedHalf). A fraction of a
// unit ("a tenth of a second", "three-quarters of a pound"), of a stretch of time ("a
// quarter of the season", "two-thirds of the way"), of a pronoun ("a third of which") or
// of a number ("a quarter of 2015") names no share; a capitalized fraction word is a
// title or a name ("the French Quarter of").

// fractionParts are the denominators of a share in words, singular and plural.
var fractionParts = map[string]float64{
	"third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
	"fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8,
	"tenth": 10, "tenths": 10,
}

// fractionNumerators are the numerators a share in words opens with: "a"/"one" before a
// singular part, a number word before a plural one ("two-thirds", "three quarters").
var fractionNumerators = map[string]float64{
	"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "seven": 7, "nine": 9,
}

// fractionShare reads a share in words opening at token i of sentence si ("two-thirds
// of voters", "a fifth of the population") as a percentage of its whole.
func (ff *figureFinder) fractionShare(si, i int, before []figureCand) reading {
	s := &ff.sents[si]
	if ff.toks[i].kind == tNum {
		return ff.digitShare(si, i, before)
	}
	if ff.toks[i].kind != tWord {
		return reading{}
	}
	// the numerator and the part: two words ("a third", "two thirds") or one hyphened
	// word ("two-thirds"), whose part follows the hyphen
	if ff.is(i, wHalf) && !ff.toks[i].has(fCap) {
		if ff.is(i+1, wOf) {
			return ff.hedgedHalf(si, i, before) // "over half of patients" (a bare share is halves.go's)
		}
		return ff.changeShare(si, i, i, 0.5, before) // "cut by half"
	}
	numWord, part, p := ff.low(i), "", i+1
	if h := strings.IndexByte(numWord, '-'); h > 0 {
		numWord, part, p = numWord[:h], numWord[h+1:], i
	} else {
		if ff.punct(p, '-') {
			p++
		}
		if p >= s.b || ff.toks[p].kind != tWord || ff.toks[p].has(fCap) {
			return reading{}
		}
		part = ff.low(p)
	}
	if !ff.mayBe(i, numWord, wcFraction) {
		return reading{}
	}
	num, ok := fractionNumerators[numWord]
	if !ok || part == "" {
		return reading{}
	}
	den, ok := fractionParts[part]
	plural := part[len(part)-1] == 's'
	if !ok || plural != (num > 1) || num >= den {
		return reading{}
	}
	if !ff.is(p+1, wOf) {
		return ff.changeShare(si, i, p, num/den, before)
	}
	if ff.punct(i-1, '-') || ff.is(i-1, wThe, wEvery, wEach) {
		return reading{} // "the third of the five", "every third of": an ordinal; "twenty-two-thirds" a number
	}
	if ff.is(i-1, wTo, wAnd) && (ff.is(i-2, wHalf, wThird, wQuarter, wFifth) || ff.toks[max(i-2, 0)].kind == tNum) {
		return reading{} // "one half to two-thirds of": a range of shares, read as neither
	}
	n := number{si: si, i: i, tok: i, next: p, v: math.Round(num/den*1000) / 10, qa: i, word: true}
	return ff.shareOf(&n, p, before)
}

// digitShare reads a fraction in digits before "of" and a whole ("about 1/4 of the
// voters") as a percentage of the whole, as "a quarter of the voters" is read: a proper
// fraction, its three tokens glued, not after another number ("6 1/4": a mixed number).
func (ff *figureFinder) digitShare(si, i int, before []figureCand) reading {
	p := i + 2
	num, den, ok := ff.properFraction(i, ff.sents[si].b)
	if !ok || !ff.is(p+1, wOf) || i > 0 && ff.toks[i-1].kind == tNum {
		return reading{}
	}
	n := number{si: si, i: i, tok: i, next: p, v: math.Round(num/den*1000) / 10, qa: i}
	return ff.shareOf(&n, p, before)
}

// hedgedHalf reads a hedged "half" before "of" and a whole ("over half of patients",
// "nearly half of the state's voters", "less than half of its budget") as a hedged 50
// percent of the whole, as "nearly a quarter of its value" is read; a bare "half of"
// stays halves.go's, and a whole that is a pronoun, a unit or a stretch of time ("more
// than half of that", "about half of the season") names no share.
func (ff *figureFinder) hedgedHalf(si, i int, before []figureCand) reading {
	if ff.is(i-1, wThe, wA, wAn, wFirst, wSecond, wEvery, wEach) || ff.punct(i-1, '-') {
		return reading{}
	}
	n := number{si: si, i: i, tok: i, next: i, v: 50, qa: i, word: true}
	probe := n
	ff.hedge(&probe)
	if probe.qa == i {
		return reading{} // no hedge: halves.go's bare "half"
	}
	return ff.shareOf(&n, i, before)
}

// shareOf reads the share at n, whose part word is token p and whose "of" follows it,
// as a percentage of the whole after the "of" (none when shareWhole finds no whole).
func (ff *figureFinder) shareOf(n *number, p int, before []figureCand) reading {
	si := n.si
	a, b := ff.shareWhole(si, p+2)
	if a == b {
		return reading{}
	}
	ff.hedge(n)
	r := ff.percentage(n, ff.low(p), before)
	// the whole past its owner measures the share ("a third of Canada's oil production":
	// oil production) where percentOf read the owner's words; a named whole measures it
	// by its name ("a third of the Senate": senate) where percentage found no measure; a
	// share of a firm bought or held stays a stake ("bought a fifth of data provider X")
	if po, _ := ff.percentOf(si, p+2); len(r.figs) > 0 && po != "stake" && (r.figs[0].f.Measure == po || r.figs[0].f.Measure == "percent") {
		m, _ := ff.measureWords(a, b)
		if m == "" {
			m = strings.ToLower(ff.span(a, b))
		}
		r.figs[0].f.Measure = ff.valueLost(n.qa, m)
	}
	return r
}

// valueWholes are the wholes whose share a verb of losing makes a loss: what a stock,
// a company or a currency is worth.
var valueWholes = map[string]bool{"value": true, "market value": true, "market capitalization": true,
	"market cap": true, "worth": true, "net worth": true}

// valueLost returns the measure of a share of what something is worth that a verb of
// losing right before the share's first token qa takes ("has lost 55 percent of its
// value", "losing about a third of its market value"): the whole's loss, as "wiped out
// $5 trillion in value" is read (amountverbs.go); else the whole m itself.
func (ff *figureFinder) valueLost(qa int, m string) string {
	if valueWholes[m] && amountVerbs[ff.low(qa-1)] == "loss" {
		return m + " loss"
	}
	return m
}

// shareWhole finds the whole a share is taken of in the words at k, after a fraction's
// "of": the noun phrase past its determiner and its owner ("the region's federal
// workforce": federal workforce), none (a == b) when it is a unit, a stretch of time, a
// pronoun or a number.
func (ff *figureFinder) shareWhole(si, k int) (a, b int) {
	s := &ff.sents[si]
	start := k
	if k >= s.b || ff.toks[k].kind != tWord {
		return k, k // "a quarter of 2015", "a third of $4 billion"
	}
	if ff.is(k, wA, wAn, wWhich, wWhom, wThose, wThese, wThem, wIt, wThat, wThis, wUs, wYou, wWhat) {
		return k, k // "a tenth of a second", "a third of which"
	}
	for ff.is(k, wThe, wIts, wTheir, wAll, wHis, wHer, wOur, wMy, wYour) {
		k++
	}
	if k > start && k+1 < s.b && ff.toks[k].kind == tNum && !ff.punct(k+1, '%') {
		if w := ff.low(k); len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) {
			return k, k // "a third of the 2016 budget": a year
		}
		k++ // "more than a quarter of the 400 passengers": the whole is counted, and its count read on its own
		if ff.is(k, wMillion, wBillion) {
			k++
		}
		if k >= s.b || ff.toks[k].kind != tWord || ff.is(k+1, wOf, wPer, wA, wAn) {
			return k, k // "a tenth of the 90,000 tonnes of grain", "the 1.6 million barrels per day": a quantity, no body counted
		}
	}
	for j := k + 1; j < s.b && j < k+4; j++ {
		if ff.is(j, wAposS, wRsquoS) {
			k = j + 1 // "Canada's oil production"
			break
		}
	}
	a, b = nounPhrase(ff.doc, k, s.b)
	for a < b && b < s.b && b < a+3 && ff.toks[b].kind == tWord {
		if _, isPred := predMeasure[ff.low(b)]; !isPred {
			break
		}
		b++ // "a quarter of traffic fatalities": the measure word is the whole's head
	}
	if b-a > 1 && b < s.b && (ff.is(b, wThe, wA, wAn, wIts, wTheir, wHis, wHer, wOur) ||
		ff.toks[b].kind == tWord && ff.toks[b].feat&lxFunc != 0 && (strings.HasSuffix(ff.low(b-1), "en") || strings.HasSuffix(ff.low(b-1), "ed"))) {
		b-- // "a third of the workforce uses the trains", "two-thirds of the increase seen between": a verb
	}
	for j := a; j < b; j++ {
		if ff.toks[j].feat&(lxTimeUnit|lxNumWord) != 0 || ff.is(j, wTime, wWay, wCentury, wDecade, wSeason, wPeriod, wDistance,
			wMile, wMiles, wInning, wGame, wRace, wLap, wTerm, wHundreds, wThousands, wMillions, wDozens) {
			return k, k // "two-thirds of the way", "a quarter of the season", "a quarter of the hundreds"
		}
	}
	return a, b
}

// changeShare reads a share in words that closes a change after "by" ("sales dropped by
// a third", "cut its stake by two-thirds", "shrank by more than a fifth", "fell by half", not "by almost half") as the
// percentage of the change, as "dropped by 33 percent" is read (percentage names the
// change from its verb); i opens the share, p is its part's token. A share with no "by"
// before it ("a third said"), one of a whole after it ("by a third of voters": the "of"
// reading's), one before a noun ("by a third party") and a range of shares ("by a quarter
// to a third") are none.
func (ff *figureFinder) changeShare(si, i, p int, share float64, before []figureCand) reading {
	s := &ff.sents[si]
	if p+1 < s.b && ff.toks[p+1].kind == tWord && (ff.toks[p+1].feat&lxFunc == 0 || ff.is(p+1, wThe, wA, wAn, wIts, wTheir, wHis, wHer)) {
		return reading{} // "by a third party", "by a quarter the size"
	}
	if ff.is(p+1, wTo, wOr) && p+2 < s.b && ff.toks[p+2].kind == tWord {
		return reading{} // "by a quarter to a third", "by a quarter or in half": a range of shares, read as neither
	}
	n := number{si: si, i: i, tok: i, next: p, v: math.Round(share*1000) / 10, qa: i, word: true}
	ff.hedge(&n)
	if !ff.is(n.qa-1, wBy) || ff.punct(i-1, '-') || p == i && n.qa < i {
		return reading{} // a hedged "half" ("by almost half") is no stated number, as halves.go has it
	}
	return ff.percentage(&n, ff.low(p), before)
}
