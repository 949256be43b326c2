package extraction

import "math"

// Numbers before a noun that count nothing a report tracks: the size of a ranked set
// ("one of the three largest banks", "among its top two military powers"), a span of
// time granted or passed ("got ten more days to reply"); and the whole of "N out of M
// things", whose part is the count ("four out of 23 cabinet members": 4 cabinet
// members, the 23 a whole read as its own figure).

// durationModifiers may stand between a number and a unit of time in a span of time,
// no count: "ten more days", "15 or so minutes" (data/figures.txt).
var durationModifiers = newTokSet(wordSet("duration-modifiers"))

// temporalSuperlatives date what they count rather than rank it: "the 12 latest victims"
// (data/figures.txt).
var temporalSuperlatives = newTokSet(wordSet("temporal-superlatives"))

// awardCategories follow "best" in the name of an award, no rank: "the eight best
// picture nominees" (data/figures.txt).
var awardCategories = newTokSet(wordSet("award-categories"))

// rankedSet reports whether count n is the size of a ranked set, not a number of things
// a report gives: "top" after a determiner before it ("its top two military powers",
// "among the top 10 finishers", "a top 10 heavyweight"), or a superlative after it and a
// determiner or owner before it ("one of the three largest banks", "the world's 20
// biggest economies", "the three most populous states"). "four top executives left" and
// "two leading contenders" stay counts: "top" after the number and "leading" rank no set.
func (ff *figureFinder) rankedSet(n *number) bool {
	if n.unit != "" {
		return false
	}
	b := n.qa - 1
	if b < ff.sents[n.si].start {
		return false
	}
	if ff.is(b, wTop) {
		return ff.rankOwner(b-1) || ff.is(b-1, wA)
	}
	if !ff.rankOwner(b) {
		return false
	}
	k := n.next
	w := ff.low(k)
	if ff.is(k, wMost) {
		// "the three most populous states"; "the two most recent attacks" is dated, no rank
		return ff.contentWord(k+1) && !ff.is(k+1, wRecent)
	}
	if w == "top" || temporalSuperlatives.has(w) || !superlative(w) {
		return false
	}
	return !(w == "best" && ff.inWord(k+1, awardCategories))
}

// rankOwner reports whether token k owns or fixes the set a rank is taken from: a
// definite determiner, a possessive pronoun or an owner's "'s".
func (ff *figureFinder) rankOwner(k int) bool {
	return ff.is(k, wThe, wIts, wTheir, wHis, wHer, wOur, wYour, wMy, wThese, wThose, wAposS, wRsquoS)
}

// spanOfTime reports whether the words c of count n end in a unit of time that only
// modifiers stand before: "got ten more days to reply", "three extra years to pay", "15
// or so minutes", "20 or more weeks of gestation" are spans of time, no count. "More",
// "extra", "additional" and "further" may take one more word ("three more academic
// years"); a noun before the unit makes a count ("48,000 flight hours").
func (ff *figureFinder) spanOfTime(n *number, c *counted) bool {
	if c.class != "" || c.b <= c.a || ff.toks[c.b-1].feat&lxTimeUnit == 0 {
		return false
	}
	free := false
	for k := n.next; k < c.b-1; k++ {
		switch {
		case ff.inWord(k, durationModifiers):
			free = ff.is(k, wMore, wExtra, wAdditional, wFurther)
		case free && ff.contentWord(k):
			free = false
		default:
			return false
		}
	}
	return true
}

// outOfWhole reads the whole of "N out of M things" after number n ("11 out of 89
// engineers", "72,000 out of nearly 3 million Syrians", "44 out of the state's 55
// counties"): base is where the noun of
// the part and the whole begins, whole the token of the whole's number (read again as a
// figure of its own); ok is false when "out of" and a number do not follow n. A score
// ("4.73 out of a possible 5 stars") and a fraction of the whole have rating true: no
// count.
func (ff *figureFinder) outOfWhole(n *number, end int) (base, whole int, rating, ok bool) {
	k := n.next
	bare := false // "56 of 59 seats", "40 of Pennsylvania's 54 delegates": "of" alone
	switch {
	case ff.is(k, wOut) && ff.is(k+1, wOf):
		k += 2
	case ff.is(k, wOf) && n.v == math.Trunc(n.v) && ff.bareWhole(k+1, end):
		k++
		bare = true
	default:
		return 0, 0, false, false
	}
	if !bare && (ff.is(k, wA) && ff.is(k+1, wPossible) || n.v != math.Trunc(n.v)) {
		return 0, 0, true, true
	}
	k = ff.pastOwner(k, end)
	for j := 0; j < 3 && k < end && ff.toks[k].kind == tWord && ff.toks[k].feat&lxQual != 0 && !ff.numberStarts(k); j++ {
		k++ // "nearly 3 million", "more than 200"
	}
	if !ff.numberStarts(k) || ff.toks[k].kind == tPunct {
		return 0, 0, false, false
	}
	_, next, unit, _, found := ff.numberAt(k, end)
	if !found || unit != "" {
		return 0, 0, false, false
	}
	return next, k, false, true
}

// possibleBest reports whether count n is the best score of a rating ("4.73 out of a
// possible 5 stars"): the scale, no count.
func (ff *figureFinder) possibleBest(n *number) bool {
	k := n.qa - 1
	return ff.is(k, wPossible) && ff.is(k-1, wA) && ff.is(k-2, wOf) && ff.is(k-3, wOut)
}

// pastOwner returns the token after the owner of a whole that begins at k ("the
// state's", "West Virginia's", "its"), or k when none begins there.
func (ff *figureFinder) pastOwner(k, end int) int {
	if ff.is(k, wThe, wIts, wTheir, wHis, wHer) {
		k++ // "44 out of the state's 55 counties"
	}
	for j := k; j < end && j < k+4 && ff.toks[j].kind == tWord; j++ {
		if ff.is(j+1, wAposS, wRsquoS) {
			return j + 2 // "44 out of West Virginia's 55 counties"
		}
	}
	return k
}

// outOfPart reports whether count n is the whole of "N out of M things", after its
// owner if it has one ("11 out of 89 engineers", "44 out of West Virginia's 55
// counties"): a whole, read as a figure of its own (partitiveWhole).
func (ff *figureFinder) outOfPart(n *number) bool {
	start := ff.sents[n.si].start
	for k := n.qa - 1; k-2 >= start && k > n.qa-7; k-- {
		if ff.is(k, wOf) && ff.is(k-1, wOut) {
			t := &ff.toks[k-2]
			return ff.pastOwner(k+1, n.qa) == n.qa && (t.kind == tNum && !t.has(fSuffix) || t.feat&(lxNumWord|lxScale) != 0) // not "157th out of 180 countries", a rank
		}
		if ff.is(k, wOf) && ff.bareWhole(k+1, n.qa+1) {
			t := &ff.toks[k-1]
			return ff.pastOwner(k+1, n.qa) == n.qa && (t.kind == tNum && !t.has(fSuffix) || t.feat&lxNumWord != 0 && !ff.is(k-1, wOne)) // "56 of 59 seats"
		}
	}
	return false
}

// bareWhole reports whether the whole of a part told with "of" alone begins at k: a
// number right there ("56 of 59 seats") or after a named owner ("40 of Pennsylvania's 54
// delegates", "six of Viacom's 11 board members"), not a year nor a player's tries
// ("13 of 23 attempts"). "Of the" and "of its" wholes are read as partitives
// (countedWords), "of every 10" as a ratio.
func (ff *figureFinder) bareWhole(k, end int) bool {
	if k < end && ff.toks[k].kind == tWord && ff.toks[k].has(fCap) && ff.is(k+1, wAposS, wRsquoS) {
		k += 2
	}
	if k >= end || !ff.numberStarts(k) || ff.toks[k].kind == tPunct {
		return false
	}
	if ff.toks[k].kind == tNum && yearNumber(ff.tok(k)) {
		return false // a year: "the class of 2016"
	}
	for j := k + 1; j < end && j <= k+3 && ff.toks[j].kind == tWord; j++ {
		if ff.in(j, attemptNouns) {
			return false // "13 of 23 attempts", "11 of 22 free throws": a rate of success
		}
	}
	return true
}

// attemptNouns are what a player or a team tries (data/figures.txt attempt-nouns).
var attemptNouns = newTokSet(wordSet("attempt-nouns"))
