package extraction

import "strings"

// How often something was done: "was broken by the government 15 times", "was shot
// seven times", "spoke to his counterpart at least five times by phone", "as it did at
// least 70 times before". The count's measure is "times" and the verb ("times shot",
// "times spoke"); a multiple ("three times as many", "49 times more likely", "four times
// its size") and a change ("sales rose three times") are no such count.

// howOftenVerbs are common verbs of acts counted by "times" whose past the list
// [irregular-verbs] leaves out as too often a noun ("met", "did").
var howOftenVerbs = newTokSet(map[string]bool{"did": true, "done": true, "met": true})

// participleBefore returns the participle of a passive verb shortly before token qa
// in its clause ("was broken by the Syrian government 15 times": broken; "was shot
// seven times": shot), or "".
func (ff *figureFinder) participleBefore(si, qa int) string {
	s := &ff.sents[si]
	for k := qa - 1; k >= s.start && k >= qa-10; k-- {
		if ff.punct(k, ',') || ff.punct(k, ';') {
			break
		}
		if ff.is(k-1, wWas, wWere, wBeen, wIs, wAre, wBe) && ff.pastVerb(k) {
			return ff.low(k)
		}
	}
	return ""
}

// pastVerb reports whether token k is a lower-case past form or participle: a word in
// -ed (no noun as "speed") or -en that is no function word, or an irregular past ("shot",
// "struck").
func (ff *figureFinder) pastVerb(k int) bool {
	if ff.toks[k].kind != tWord || ff.toks[k].has(fCap) {
		return false
	}
	w := ff.low(k)
	if howOftenVerbs.has(w) {
		return true
	}
	return ff.toks[k].feat&lxFunc == 0 && (strings.HasSuffix(w, "ed") && !englishNounsEd.has(w) || len(w) > 4 && strings.HasSuffix(w, "en") || irregularVerbs[w] != "")
}

// howOftenVerb returns the past verb of the clause whose act the count "N times" at
// qa (its "times" at tk) counts, when that count is no multiple: "spoke to Zarif at
// least five times by phone" (spoke). The verb stands at most eight words before the
// count with no mark, verb of saying or change between; "" otherwise.
func (ff *figureFinder) howOftenVerb(si, qa, tk int) string {
	s := &ff.sents[si]
	// "we've turned it over 20 times": "over" is the verb's particle, not a hedge on the
	// count, which the number reader has taken it for
	for _, h := range []int{qa, qa - 1} {
		if h > s.start && ff.is(h, wOver, wUp, wOut, wOff, wDown) && (ff.is(h-1, wIt, wThem, wHim, wHer, wThis, wThat) || ff.pastVerb(h-1)) {
			return ""
		}
	}
	for k := qa - 1; k >= s.start && k >= qa-8; k-- {
		if ff.toks[k].kind != tWord || ff.isSpeech(k) {
			return ""
		}
		if _, change := changeVerbs[ff.low(k)]; change {
			return ""
		}
		if ff.pastVerb(k) && !ff.is(k-1, wThe, wA, wAn, wIts, wTheir, wHis, wHer) {
			return ff.low(k)
		}
	}
	return ""
}

// timesCounted reports whether the count "N times" at qa (its "times" at tk) can say how
// often something was done: not a multiple ("10 times the mass of Earth", "43,000 times
// more powerful", "three times as many") and not a manner of speaking ("seen a million
// times", "done a dozen times"), unless hedged.
func (ff *figureFinder) timesCounted(si, qa, tk int) bool {
	s := &ff.sents[si]
	if tk+1 < s.b && (ff.multipleAfter(tk+1) || ff.toks[tk+1].kind == tWord && ff.is(tk+1, wThe, wIts, wTheir, wHis, wHer, wThat, wWhat, wAs, wMore, wLess, wOver, wA, wAn)) {
		// "used 8 or 10 times a year": a rate, not a multiple; "used 12 times as a film
		// set": a use, not "three times as many"
		return tk+2 < s.b && (ff.is(tk+1, wA) && ff.is(tk+2, wYear, wMonth, wWeek, wDay, wNight, wSeason, wGame) ||
			ff.is(tk+1, wAs) && ff.is(tk+2, wA, wAn, wThe))
	}
	return !ff.is(qa, wA) && !ff.is(qa-1, wA)
}

// multipleAfter reports whether token k, right after "times", makes the count a
// multiple of what follows: a word in -er ("higher", "likelier"), an adverb in -ly before
// a lower-case word ("legally allowable pollution") or a name ("Autoform's expected
// earnings").
func (ff *figureFinder) multipleAfter(k int) bool {
	if ff.toks[k].kind != tWord {
		return false
	}
	w := ff.low(k)
	if ff.toks[k].has(fCap) {
		return true
	}
	if ff.toks[k].feat&lxFunc != 0 || len(w) <= 4 {
		return false
	}
	if strings.HasSuffix(w, "ly") {
		// an adverb before the quantity's own word ("legally allowable pollution"),
		// not one that ends the clause or goes with a time ("previously", "early on Thursday")
		n := k + 1
		return n < len(ff.toks) && ff.toks[n].kind == tWord && ff.toks[n].feat&lxFunc == 0 && !ff.toks[n].has(fCap)
	}
	return strings.HasSuffix(w, "er")
}
