package extraction

import "strings"

// numberOfBefore names a bare count by "the number of" what it counts, earlier in its
// clause: "plans to raise the number of its retail stores in China to 60" (retail
// stores), "put the number of Syrian refugees abroad at 5.8 million", "the number of
// deacons has surged to about 18,000". The count must be what the number was brought
// to or put at ("to", "at", or a verb of level such as "is", "reached"), not where it
// started ("from 113"), and nothing may count between them. What happened to those
// counted, said after them, is the measure ("the number of people killed … to at least
// 900": killed). It returns "" otherwise.
func (ff *figureFinder) numberOfBefore(n *number) string {
	s := &ff.sents[n.si]
	p, from := ff.changeStart(n.si, n.qa) // "grew from 113 to 180": both counts
	if p == n.qa-1 && !from && !ff.is(p, wTo, wAt) && changeVerbs[ff.low(p)] != "level" {
		return ""
	}
	for k := p - 1; k > s.start && p-k <= 16; k-- {
		t := &ff.toks[k]
		if t.kind == tNum || t.kind == tStop || t.kind == tOpenQ || t.kind == tCloseQ || ff.punct(k, ';') || ff.punct(k, ',') && !ff.listComma(k, p) || ff.is(k, wFrom) {
			return ""
		}
		if !ff.is(k, wNumber, wNumbers) || !ff.is(k+1, wOf) || !ff.is(k-1, wThe, wIts, wTheir, wHis, wHer, wOur) {
			continue
		}
		a := k + 2
		a += skipDeterminer(ff.doc, a)
		for a < p && ff.entityOf(a) >= 0 {
			a++ // "Italian mobile network operators", "VW models": whose, not what
		}
		a, b := nounPhrase(ff.doc, a, p)
		if m, _ := predicateAfter(ff.doc, n.si, b, p); m != "" && !strings.HasPrefix(m, "state:") {
			return m // "the number of people killed in the storm": killed
		}
		m, _ := ff.measureWords(a, b)
		return m
	}
	return ""
}

// pluralRoseTo names a bare count by the plural noun that rose or fell to it, the
// clause's subject right before its verb of change: "suspected cases rose to 4,107"
// (suspected cases), "confirmed infections climbed to 140 on Friday", as numberOfBefore
// names "the number of cases climbed to 140". The count must follow "to" right after the
// verb (a rise or a fall, not a verb of level); "has", "had", "now" or "since" may stand
// between the noun and the verb. The noun must be a lower-case plural (capitalised only
// opening the sentence), not a word of a price or a rate (shares, prices, yields:
// those are read with their units), and up to two lower-case words before it (the first may open the sentence)
// modify it (not a verb after an auxiliary: "had forecast claims rising to 268,000" is
// claims). It returns "" otherwise.
func (ff *figureFinder) pluralRoseTo(n *number) string {
	s := &ff.sents[n.si]
	p, from := ff.changeStart(n.si, n.qa) // "cases climbed from 20 to 35": both counts
	if !ff.is(p, wTo) && !from && p == n.qa-1 || ff.toks[p-1].kind != tWord {
		return ""
	}
	v := p - 1
	if kind, ok := changeVerbs[ff.low(v)]; !ok || kind == "level" || ff.toks[v].has(fCap) {
		return ""
	}
	j := v - 1
	for steps := 0; j > s.start && steps < 2 && ff.is(j, wHas, wHave, wHad, wNow, wSince, wFurther, wAlso); steps++ {
		j--
	}
	if !ff.countedSubject(s.start, j) {
		return ""
	}
	a := j
	for a > s.start && j-a < 2 && ff.contentWord(a-1) && (!ff.toks[a-1].has(fCap) || a-1 == s.start) && ff.entityOf(a-1) < 0 && !plural(ff.low(a-1)) &&
		!ff.is(a-2, wHas, wHave, wHad, wTo, wWill, wWould, wCould, wMay, wMight) { // "had forecast claims rising to": a verb
		a--
	}
	m, _ := ff.measureWords(a, j+1)
	return m
}

// countedSubject reports whether token j, the subject before a verb of change, is a
// plural noun of things counted: lower case (or opening the sentence at start), no
// entity's, and none of priceNouns.
func (ff *figureFinder) countedSubject(start, j int) bool {
	if j < start || !ff.contentWord(j) || ff.entityOf(j) >= 0 || ff.toks[j].has(fCap) && j != start {
		return false
	}
	w := ff.low(j)
	return plural(w) && !priceNouns.has(w) && ff.toks[j].feat&lxPersonNoun == 0
}

// priceNouns are the plural subjects whose level a verb of change moves that are no
// counts: prices, rates and holdings, read with their units elsewhere.
var priceNouns = newTokSet(map[string]bool{"shares": true, "prices": true, "stocks": true, "yields": true,
	"rates": true, "futures": true, "bonds": true, "sales": true, "earnings": true, "profits": true,
	"revenues": true, "costs": true, "temperatures": true, "levels": true, "ratings": true,
	"odds": true, "losses": true, "gains": true, "spreads": true, "premiums": true})

// A change told in order: "the number of chapters grew from 113 in 2014 to 180 in
// 2015", "confirmed cases climbed from about 20 on Monday to about 35". Both counts are
// the subject's: the one after "to" what it reached (read as "rose to 180" is), the one
// after "from" where it started (an earlier state). Only a verb of change (not of level)
// right before "from" makes the shape: "ranged in age from 25 to 45", "anywhere from
// 5,000 to 15,000" and "from 2009 to 2013" are ranges, read elsewhere or not at all.

// fromHedges are the words a from-part's count may open with: "from about 125,000".
var fromHedges = newTokSet(map[string]bool{"about": true, "around": true, "approximately": true, "roughly": true,
	"some": true, "nearly": true, "almost": true, "more": true, "less": true, "fewer": true, "than": true,
	"just": true, "over": true, "under": true, "an": true, "estimated": true})

// fromPartEnd returns, for the "from" at f, the "to" that ends its from-part: "from",
// right after a verb of change, a hedge, a count, and up to five words of when ("in
// 2014", "on Monday", "last year") with no comma or other count between, then "to" and
// a count. It returns -1 otherwise.
func (ff *figureFinder) fromPartEnd(si, f int) int {
	s := &ff.sents[si]
	if f-1 <= s.start || f+2 >= s.b || !ff.is(f, wFrom) {
		return -1
	}
	v := f - 1
	if kind, ok := changeVerbs[ff.low(v)]; !ok || kind == "level" || ff.toks[v].kind != tWord || ff.is(v, wUp, wDown, wHigher, wLower) {
		return -1
	}
	j := f + 1
	for h := 0; h < 2 && ff.inWord(j, fromHedges) && ff.toks[j].kind == tWord; h++ {
		j++
	}
	if !ff.countToken(j) {
		return -1
	}
	for k := j + 1; k < s.b && k <= j+6; k++ {
		t := &ff.toks[k]
		if ff.is(k, wTo) {
			q := k + 1
			for h := 0; h < 2 && ff.inWord(q, fromHedges) && ff.toks[q].kind == tWord; h++ {
				q++
			}
			if q >= s.b || !ff.countToken(q) {
				return -1
			}
			e := q + 1
			if ff.is(e, wMillion, wBillion, wThousand, wTrillion, wHundred) {
				e++
			}
			if e < s.b && (ff.contentWord(e) && !ff.whenWord(e) || ff.punct(e, '%')) && k == j+1 {
				return -1 // "from 5 to 15 percent", "from 435 to 870 miles": the noun after is both counts'
			}
			return k
		}
		switch {
		case ff.whenWord(k) || ff.is(k, wIn, wOn, wAt, wThe, wA, wAn, wEarly, wLate, wMid, wPreviously, wYearAposS, wMonthAposS):
		case t.kind == tNum && ff.is(k-1, wIn, wOf, wThe) && len(ff.tok(k)) >= 4: // "in 2014", "in the 1970s"
		default:
			return -1
		}
	}
	return -1
}

// countToken reports whether token k is a count's number: digits or a number word.
func (ff *figureFinder) countToken(k int) bool {
	t := &ff.toks[k]
	return t.kind == tNum && !t.has(fSuffix) || t.kind == tWord && t.feat&lxNumWord != 0 && !ff.is(k, wOne)
}

// fromPartBefore returns the "from" of the from-part that the "to" at p ends, or -1.
func (ff *figureFinder) fromPartBefore(si, p int) int {
	s := &ff.sents[si]
	if !ff.is(p, wTo) {
		return -1
	}
	for k := p - 2; k > s.start && p-k <= 10; k-- {
		if ff.is(k, wFrom) {
			if ff.fromPartEnd(si, k) == p {
				return k
			}
			return -1
		}
		if ff.punct(k, ',') || ff.punct(k, ';') || ff.toks[k].kind == tStop {
			return -1
		}
	}
	return -1
}

// changeStart returns, for a count whose words open at qa, the token that stands for
// "to" in "rose to N": the "from" of a from-part the count ends ("grew from 113 to
// 180": 180) or opens ("from 113": 113), or qa-1 when it is in no such shape. from
// reports whether the count is where the change started.
func (ff *figureFinder) changeStart(si, qa int) (p int, from bool) {
	p = qa - 1
	if f := ff.fromPartBefore(si, p); f >= 0 {
		return f, false
	}
	if ff.is(p, wFrom) && ff.fromPartEnd(si, p) >= 0 {
		return p, true
	}
	return p, false
}

// whenWord reports whether token k opens words of when, not a noun counted: "last
// year", "this week", "Monday", "a year earlier".
func (ff *figureFinder) whenWord(k int) bool {
	return ff.is(k, wLast, wThis, wNext, wEarlier, wLater, wAgo, wBy, wDuring) ||
		ff.toks[k].feat&(lxTimeUnit|lxMonth|lxDay) != 0
}

// listComma reports whether the comma at k joins the nouns of a list that "and" or "or"
// closes before token p: "the number of refugees, asylum-seekers and internally
// displaced people … has topped 65 million". Lower-case words stand on both sides.
func (ff *figureFinder) listComma(k, p int) bool {
	word := func(x int) bool {
		return ff.toks[x].kind == tWord && !ff.toks[x].has(fCap) && ff.toks[x].feat&(lxFunc|lxPronoun|lxSpeech) == 0
	}
	if k < 1 || !word(k-1) || !word(k+1) {
		return false
	}
	for j := k + 2; j < p && j < k+6; j++ {
		if ff.punct(j, ',') {
			continue
		}
		if ff.is(j, wAnd, wOr) {
			return true
		}
		if !word(j) {
			return false
		}
	}
	return false
}
