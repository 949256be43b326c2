package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Halves: "half" that names a share of a whole is 50 percent of it, as "a quarter of
// their value" is 25 percent: "the group has lost half the territory it had seized"
// (territory), "oil accounts for half its revenue" (revenue), "half goes to prizes"
// (goes to prizes). Only a bare "half" counts here: a hedged one before "of" and a whole
// ("over half of patients") is fractions.go's hedgedHalf, other hedged ones ("more than
// half of that", "by almost half") no stated number, and "a half", "the first half", "by
// half", "in half", "half an hour" or "half-brother" name no share.

// halfShare reads "half" at token i of sentence si as a share of 50 percent, measured
// by the noun phrase after it (after "of" and a determiner), or by where it goes
// where "half" is a clause's subject ("half goes to prizes").
func (ff *figureFinder) halfShare(si, i int) reading {
	s := &ff.sents[si]
	if !ff.is(i, wHalf) || ff.toks[i].has(fCap) && i > s.start || ff.punct(i-1, '-') || ff.punct(i+1, '-') {
		return reading{}
	}
	if p := i - 1; p >= s.start {
		t := &ff.toks[p]
		if t.kind == tWord && (t.feat&(lxQual|lxNumWord) != 0 || ff.is(p, wA, wAn, wThe, wFirst, wSecond, wBy, wIn, wThan, wAnd, wOne, wOther, wLatter, wFormer, wTo, wFrom, wAbout)) {
			return reading{}
		}
	}
	k := i + 1
	if ff.is(k, wOf) {
		k++
	}
	measure := ""
	switch {
	case ff.is(k, wThe, wIts, wTheir, wHis, wHer, wOur):
		a, b := nounPhrase(ff.doc, k+1, s.b)
		if a == b || ff.toks[b-1].feat&lxTimeUnit != 0 || ff.is(b-1, wTime, wWay, wCentury, wDecade) {
			return reading{} // "half the time", "half the year"
		}
		if b-a > 1 || strings.ContainsRune(ff.low(a), '-') || ff.contentWord(b) || ff.punct(b, '-') || ff.is(b, wAposS, wRsquoS) {
			return reading{} // a phrase read in part ("half the country's vast forests"): no share named
		}
		measure = strings.ToLower(ff.span(a, b))
		k = b
	case ff.is(k, wGoes, wWent, wGo) && ff.is(k+1, wTo):
		b := k + 1
		for b < s.b && b < k+4 && ff.verbComplement(b) {
			b++
		}
		measure = strings.ToLower(ff.span(k, b)) // "half goes to prizes"
		k = b
	default:
		return reading{}
	}
	n := number{si: si, i: i, tok: i, next: i + 1, v: 50, qa: i, word: true}
	return ff.one(&n, k, "percent", measure, kg.Exact)
}
