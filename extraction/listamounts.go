package extraction

import "github.com/factgraph/kg"

// listAmount names an amount its own words leave bare by the amount before it in a
// list of one kind (figrec74): "down 15 percent in January, 9.1 percent in December
// and 25 percent in November", "64 percent of Indonesian workers …, 86 percent in
// Vietnam, and 88 percent in Cambodia", "raised $1.76 billion and $1.17 billion
// respectively", "sells a 55-inch model for $4,000 and a 65-incher for $6,000",
// "AWS took 31 percent, Microsoft's Azure 9 percent, and IBM, 7 percent". The amount
// follows "and", "or" or a comma, right away or past a name of capitalised words (",
// and IBM, 7 percent") or a short noun phrase with its article ("and a 65-incher
// for"), and the figure before it of the same kind
// (a percentage, or money in the same currency) names its measure and stands within
// 24 tokens, with no ";" or ":" between them. The amount takes that measure, its scope
// and whether it was replaced; a time after it still makes it a rate.
func (ff *figureFinder) listAmount(n *number, before []figureCand, percent bool) (figureCand, bool) {
	if len(before) == 0 {
		return figureCand{}, false
	}
	s := &ff.sents[n.si]
	p := n.qa - 1
	if ff.is(p, wFor) {
		// "and a 65-incher for $6,000": past "for" and the noun phrase to the separator
		k := p - 1
		for k > s.start && p-k <= 4 && ff.toks[k].kind == tWord && !ff.is(k, wAnd, wOr) {
			k--
		}
		if k == p-1 || !ff.is(k+1, wA, wAn, wThe) {
			return figureCand{}, false
		}
		p = k
	} else {
		// ", and IBM, 7 percent", ", Microsoft's Azure 9 percent": past a name of up to
		// four capitalised words
		k := p
		if ff.punct(k, ',') && ff.toks[k-1].has(fCap) {
			k--
		}
		j := k
		for j > s.start && k-j < 4 && ff.toks[j].kind == tWord && (ff.toks[j].has(fCap) || ff.is(j, wAposS, wRsquoS)) {
			j--
		}
		if j < k && ff.toks[j+1].has(fCap) && (ff.is(j, wAnd, wOr) || ff.punct(j, ',')) {
			p = j // else the comma itself: "15 percent in January, 9.1 percent in December"
		}
	}
	if !(ff.is(p, wAnd, wOr) || ff.punct(p, ',')) || p <= s.start {
		return figureCand{}, false
	}
	prev := before[len(before)-1]
	if (prev.f.Unit == "percent") != percent || prev.f.Unit == "" || !percent && prev.f.Unit != n.unit {
		return figureCand{}, false
	}
	if bareMeasure(perless(prev.f.Measure)) || prev.tok >= p || prev.tok < p-24 {
		return figureCand{}, false
	}
	for k := prev.tok + 1; k < p; k++ {
		if ff.punct(k, ';') || ff.punct(k, ':') {
			return figureCand{}, false
		}
	}
	return prev, true
}

// listMeasure returns the measure of the list's amount before amount n (listAmount)
// when measure, what its own words and sentence named, is bare, and gives am that
// amount's scope; else measure. end is the token after the amount's words.
func (ff *figureFinder) listMeasure(n *number, end int, before []figureCand, percent bool, am *amount, measure string) string {
	if !bareMeasure(measure) {
		return measure
	}
	prev, ok := ff.listAmount(n, before, percent)
	if !ok {
		prev, ok = ff.comparedAmount(n, before, percent) // comparedamounts.go
	}
	if !ok {
		return measure
	}
	m := perless(prev.f.Measure)
	if per, _, _ := ff.perAfter(end, ff.sents[n.si].b); per != "" && !percent {
		m += " per " + per // "Citigroup to report $1.11 per share, and Morgan Stanley 63 cents per share"
	}
	if am.scope.Kind != kg.Rate {
		am.scope = prev.f.Scope
	}
	am.superseded = prev.f.Superseded
	return m
}
