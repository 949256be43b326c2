package extraction

import "strings"

// Amounts set against an amount before them: "would control 5.5 percent of domestic
// passengers, compared to Brakk Air's 4.2 percent", "lost $3.6 billion last year,
// compared with $1.9 billion in 2030", "a 20.3 percent share of the market, followed by
// Orrin (18.5 percent) and Delcor (14.5 percent)". The second amount's own words name
// nothing; it is an amount of the same measure as the first, for another holder or
// time. Like a list's amount (listAmount), it takes the measure of the figure before it
// of the same kind, within 24 tokens and no ";" or ":" between.

// comparedAmount returns the figure before amount n that n is set against (see above):
// n follows "compared to" or "compared with", "versus", "vs" or "against", right away or
// past a possessive name ("JetBlue's", "the billionaire's"); or n opens a bracket right
// after a capitalised name ("Orrin (18.5 percent)").
func (ff *figureFinder) comparedAmount(n *number, before []figureCand, percent bool) (figureCand, bool) {
	if len(before) == 0 {
		return figureCand{}, false
	}
	s := &ff.sents[n.si]
	p := n.qa - 1
	switch {
	case ff.punct(p, '(') && p-1 > s.start && ff.toks[p-1].has(fCap) && ff.entityOf(p-1) >= 0:
		// "followed by Orrin (18.5 percent)"
	default:
		if ff.is(p, wAposS, wRsquoS) || (ff.tok(p) == "'" || ff.tok(p) == "’") && strings.HasSuffix(ff.low(p-1), "s") {
			// past a possessive name or noun phrase: "compared to New York-based JetBlue's",
			// "Delcor Airways'"
			k := p - 1
			for k > s.start && p-k <= 5 && ff.toks[k].kind == tWord && !ff.is(k, wTo, wWith, wVersus, wVs, wAgainst) {
				k--
			}
			p = k
		}
		if ff.punct(p, '.') && ff.is(p-1, wVs) {
			p-- // "vs."
		}
		if !(ff.is(p, wTo, wWith) && ff.is(p-1, wCompared) || ff.is(p, wVersus, wVs, wAgainst)) {
			return figureCand{}, false
		}
	}
	prev := before[len(before)-1]
	if (prev.f.Unit == "percent") != percent || prev.f.Unit == "" || !percent && prev.f.Unit != n.unit {
		return figureCand{}, false
	}
	if bareMeasure(perless(prev.f.Measure)) || prev.tok >= p || prev.tok < p-24 || timeMeasure(prev.f.Measure) {
		return figureCand{}, false
	}
	for k := prev.tok + 1; k < p; k++ {
		if ff.punct(k, ';') || ff.punct(k, ':') {
			return figureCand{}, false
		}
	}
	return prev, true
}

// timeMeasure reports whether measure m ends in a time's word ("quarter", "friday"): a
// measure misread from the time of an amount, which a second amount should not copy.
func timeMeasure(m string) bool {
	w := lastWord(perless(m))
	if isWeekday(w) {
		return true
	}
	e := lookupLex(w)
	return e != nil && e.feat&(lxTimeUnit|lxMonth|lxDay) != 0 || w == "quarter" || w == "period"
}
