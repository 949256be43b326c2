package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Market moves in points: a market report gives how far an index moved in points and
// then, after ", or", in percent, and where it stood after ", to" or ", at" ("the Dow
// Jones industrial average fell 99.64 points, or 0.62 percent, to 15,914.74", "the S&P
// 500 was down 6.15 points, or 0.3 percent, at 2,041.06"). A bare number before
// "points" has no noun to count, so the count reader drops it; pointsMove reads it when
// a verb of change stands right before it (past a hedge or "up"/"down") and the verb's
// subject is a thing of the market (marketWords: an index, a currency, a yield), so a
// player's "added 17 points" stays unread. Its measure is the index's name and the
// change ("dow jones industrial average fall"), its unit "points". The percent after
// ", or" restates the move (restated, amounts.go) and the level after it is reached
// past the restatement (levelVerb, marketlevels.go).

// pointsMove reads number n before "points" as a market index's move (see above).
func (ff *figureFinder) pointsMove(n *number) (reading, bool) {
	if n.unit != "" || n.word || n.ranged || n.v <= 0 || ff.toks[n.tok].kind != tNum || !ff.is(n.next, wPoints, wPoint) {
		return reading{}, false
	}
	s := &ff.sents[n.si]
	v := n.qa - 1
	if v <= s.start || ff.toks[v].kind != tWord {
		return reading{}, false
	}
	change := changeVerbs[ff.low(v)]
	if ff.is(v, wLost, wLosing) {
		change = "fall"
	}
	if change != "rise" && change != "fall" {
		return reading{}, false
	}
	sv := ff.moveVerb(v)
	if sv == v && ff.is(v, wUp, wDown, wHigher, wLower) {
		return reading{}, false // "up 10 points" with no verb of level before it
	}
	a, b, att := ff.subjectPhrase(n.si, sv)
	if b <= a {
		// a name that ends in a number ("the S&P 500 was down 6.15 points"): the phrase
		// reader takes no number as a last word; the name right before the verb is the subject
		j := ff.numberedName(n.si, sv)
		if j < 0 {
			return reading{}, false
		}
		a, b, att = j, j+1, j
	}
	if b-a > 8 {
		return reading{}, false
	}
	m, subj := ff.measureWords(a, b)
	if subj < 0 {
		subj = att
	}
	if !ff.marketPhrase(a, b) && !ff.marketName(subj) {
		return reading{}, false
	}
	m = ff.indexMeasure(m, subj) // the index the phrase names, as marketLevel names its level
	if m == "" {
		return reading{}, false
	}
	r := ff.one(n, n.next+1, "points", m+" "+change, n.qual)
	r.figs[0].subj, r.figs[0].level = subj, true
	return r, true
}

// restatedMoveBefore returns, for a number at qa that follows ", or N percent," or ", or
// N points," (the move restated in another unit), the token before that aside's first
// comma; else -1. "fell 99.64 points, or 0.62 percent, to 15,914.74": the "to" belongs
// to "fell".
func (ff *figureFinder) restatedMoveBefore(p int) int {
	start := ff.sents[ff.sentOf(p)].start
	if !ff.punct(p, ',') {
		return -1
	}
	k := p - 1
	if !ff.is(k, wPercent, wPoints, wPoint) && !ff.punct(k, '%') {
		return -1
	}
	k--
	if k <= start || ff.toks[k].kind != tNum {
		return -1
	}
	k--
	for k > start && p-k < 8 && (ff.toks[k].feat&lxQual != 0 || ff.is(k, wAbout, wNearly, wAlmost, wRoughly, wAround, wSome, wMore, wLess, wThan, wJust)) {
		k--
	}
	if !ff.is(k, wOr) || !ff.punct(k-1, ',') {
		return -1
	}
	return k - 2
}

// marketName reports whether the entity at token k has a name that holds a word of
// marketWords ("S&P 500", whose "S&P" is no one token).
func (ff *figureFinder) marketName(k int) bool {
	e := ff.entityOf(k)
	if k < 0 || e < 0 || ff.ents[e].typ == kg.Person || ff.ents[e].typ == kg.Place {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(ff.entName(e))) {
		if marketWords.has(w) {
			return true
		}
	}
	return false
}

// numberedName returns the last token of a name that ends in a number right before the
// verb at sv, past an auxiliary and a quote code ("the S&P 500 .SPX lost", "the S&P 500
// was down"): subjectPhrase takes no number as a phrase's last word. -1 when none.
func (ff *figureFinder) numberedName(si, sv int) int {
	start := ff.sents[si].start
	j := sv - 1
	for j > start && ff.is(j, wWas, wWere, wIs, wHas, wHad, wHave, wLast) {
		j--
	}
	j = ff.pastQuoteCode(j, start)
	if j <= start || ff.toks[j].kind != tNum || ff.entityOf(j) < 0 {
		return -1
	}
	return j
}
