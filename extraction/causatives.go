package extraction

// causativeVerbs make their object do what the verb after it says: "cost cuts pushed
// operating profit up 11 percent", "two factors helped profit rise 11 percent", "lower
// rates drove sales 5 percent higher". The subject of such a change is the object after
// the causative verb, never the phrase that holds the verb (subjectPhrase).
var causativeVerbs = newTokSet(wordSet("causative-verbs"))

// prepositionWord reports whether the word at k opens a preposition though the word
// lists do not mark it a function word: "according to", "owing to", "thanks to", "due
// to", "prior to", "ahead of", "instead of", "because of", or "versus", "following",
// "via", "amid", "despite" before a phrase ("toward" and "towards" name what money is
// for: "$100 million toward equipment"). After an amount it names
// nothing the amount measures: "closed up 6.1 percent ahead of earnings", "a population
// of 50,000 according to a census".
func (d *doc) prepositionWord(k int) bool {
	switch d.low(k) {
	case "according", "owing", "thanks", "due", "prior":
		return d.is(k+1, wTo)
	case "ahead", "instead", "because", "regardless":
		return d.is(k+1, wOf)
	case "versus", "vs", "vs.":
		// "15 percent versus the first quarter"; not "$62.5 billion versus $25 billion",
		// two values of one measure
		return d.toks[k+1].kind != tNum && !d.punct(k+1, '$')
	case "via", "amid", "despite":
		return true
	case "following":
		// "following the announcement", not "a loyal following"
		return d.is(k+1, wThe, wA, wAn, wIts, wTheir, wHis, wHer, wThis, wThat, wNews, wReports) || d.toks[k+1].has(fCap)
	}
	return false
}

// fromUnit returns the currency of the amount a change reached when number n is the
// value it started from, written with its scale and without its currency: "grow to 320
// billion yen from 68.5 billion", "rose to $5.6 billion from 5.1 billion". The amount
// reached is the last figure before n, money, at most eight tokens before "from", and
// no noun follows n ("from 68.5 billion barrels" counts barrels). Else "".
func (ff *figureFinder) fromUnit(n *number, before []figureCand) string {
	if !ff.is(n.qa-1, wFrom) || n.next < 1 || scaleWords[ff.low(n.next-1)] == 0 || len(before) == 0 {
		return ""
	}
	if t := ff.toks[n.next]; n.next < ff.sents[n.si].b && t.kind == tWord && t.feat&(lxFunc|lxTimeUnit) == 0 && !ff.is(n.next, wA, wAn, wLast, wPreviously, wEarlier) {
		return ""
	}
	prev := before[len(before)-1]
	if !currency(prev.f.Unit) || prev.tok < n.qa-9 {
		return ""
	}
	return prev.f.Unit
}

// earlierPeriodAfter reports whether an earlier period the amount was counted in
// follows token k: "in the previous year", "for the prior quarter", "a year earlier",
// "a year ago", "last year".
func (ff *figureFinder) earlierPeriodAfter(k int) bool {
	if ff.is(k, wIn, wFor) {
		k++
		if ff.is(k, wThe) {
			k++
		}
		return ff.is(k, wPrevious, wPrior, wPreceding) && ff.is(k+1, wYear, wQuarter, wMonth, wPeriod, wHalf)
	}
	if ff.is(k, wA, wThe) && ff.is(k+1, wYear, wQuarter, wMonth) {
		return ff.is(k+2, wEarlier, wAgo, wBefore)
	}
	return ff.is(k, wLast, wPrevious) && ff.is(k+1, wYear, wQuarter)
}
