package extraction

import "strings"

// Where an amount came from, told after it: "There were 208 rallies in the last
// quarter, up from 95 a year earlier", "149 had arrived in the past 24 hours, up from 76
// the previous day", "now employs 230,800 staff, up 50 percent from 154,100 a year
// ago", "Fewer than 3,000 customers were without power, a sharp decrease from more
// than 100,000 a day earlier". The number after "from" has no noun of its own and named
// nothing; it is an earlier value of the amount before it, and takes its measure.

// upFromAmount returns the figure whose earlier value amount n gives (see above): n
// follows "up from" or "down from" (past a percentage of the move and an adverb: "up
// 50 percent from", "up dramatically from"), or a noun of change after its article ("a
// sharp decrease from"), set off by a comma or a dash; the figure is the last of n's
// kind before it in its sentence (a count, money in n's currency or a percentage),
// within 30 tokens and no ";" or ":" between.
func (ff *figureFinder) upFromAmount(n *number, before []figureCand, unit string) (figureCand, bool) {
	s := &ff.sents[n.si]
	f := n.qa - 1
	if !ff.is(f, wFrom) {
		return figureCand{}, false
	}
	k := f - 1
	if ff.is(k, wPercent) || ff.punct(k, '%') {
		k -= 2 // "up 50 percent from"
	}
	if k > s.start && strings.HasSuffix(ff.low(k), "ly") && ff.toks[k].kind == tWord {
		k-- // "up dramatically from"
	}
	switch {
	case ff.is(k, wUp, wDown):
		k--
	case changeNouns[ff.low(k)] != "" && ff.toks[k].kind == tWord:
		k--
		if ff.toks[k].kind == tWord && !ff.is(k, wA, wAn) && ff.contentWord(k) {
			k-- // "a sharp decrease"
		}
		if !ff.is(k, wA, wAn) {
			return figureCand{}, false
		}
		k--
	default:
		return figureCand{}, false
	}
	if k <= s.start || !(ff.punct(k, ',') || ff.punct(k, '-') || ff.punct(k, '(') || ff.tok(k) == "–" || ff.tok(k) == "—") {
		return figureCand{}, false
	}
	for i := len(before) - 1; i >= 0; i-- {
		p := before[i]
		if p.f.Sentence != n.si || p.tok < k-30 {
			break
		}
		if p.tok >= k || p.f.Unit != unit || bareMeasure(perless(p.f.Measure)) || timeMeasure(p.f.Measure) {
			continue
		}
		for j := p.tok + 1; j < k; j++ {
			if ff.punct(j, ';') || ff.punct(j, ':') {
				return figureCand{}, false
			}
		}
		return p, true
	}
	return figureCand{}, false
}
