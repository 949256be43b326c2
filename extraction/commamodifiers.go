package extraction

// commaModifiersHead reads "two outspoken, left-leaning columnists", "500 permanent,
// full-time jobs", "eight food, drink and tobacco makers": the counted phrase a..b-1,
// one lower-case modifier that stops at a comma, is the first of a list of modifiers of
// one head. It returns the first token of the counted words and the head's token, a
// plural noun within eight tokens of the comma, with only lower-case content words,
// commas and "and" or "or" between; else -1, -1. The counted words open at the last
// modifier when commas alone join them ("left-leaning columnists": both are said of
// each), after the modifier that follows "and" or "or" when they are alternatives
// ("drink and tobacco makers": "makers", as coordinatedHead reads "current and former
// regulators"). A number, a capitalised
// word, a function word or other punctuation on the way ends the phrase: "two aircraft,
// four helicopters" are two counts, "seven Poles, an Estonian" a list of people. The
// modifier is no plural and no noun of people ("two daughters, Ann and Jo"), and longer
// than a unit ("2 million bpd, producers …", "at 10 mph, and …").
func commaModifiersHead(d *doc, a, b, end int) (int, int) {
	if b != a+1 || !d.punct(b, ',') || d.toks[a].kind != tWord || d.toks[a].has(fCap) ||
		pluralEnding(d.low(a)) || d.isPersonNoun(a) || !d.contentWord(a) || len(d.low(a)) <= 3 {
		return -1, -1
	}
	last := b + 1 // the first token of the counted words
	for k := b + 1; k < end && k <= b+8; k++ {
		switch {
		case d.punct(k, ','):
			last = k + 1
			continue
		case d.is(k, wAnd, wOr):
			last = k + 2 // past the alternative modifier
			continue
		case d.toks[k].kind != tWord || d.toks[k].has(fCap) || !d.contentWord(k) || d.toks[k].feat&lxNumWord != 0 ||
			d.is(k, wSeveral, wNumerous, wMany, wOther, wVarious, wFew):
			return -1, -1
		case pluralNoun(d, k) || d.isPersonNoun(k):
			if k < last || k == b+1 && d.punct(k+1, ',') {
				return -1, -1 // "two local, regional, …": a list that goes on
			}
			return last, k
		}
	}
	return -1, -1
}
