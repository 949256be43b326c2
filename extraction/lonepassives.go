package extraction

import "github.com/factgraph/kg"

// One person a passive says was killed, wounded or arrested, without a numeral: "a
// police officer was shot dead on Sunday", "a Dutch tourist was wounded in the attack",
// "a man was arrested". Like loneVictim ("killed a man"), the person is a member of the
// toll, not all of it, so the figure's scope is the group its noun names. Not a
// person that is only one of a list ("a man and his son were killed": casualtylists.go),
// nor a clause that is only wished or hypothetical ("if a man was killed").

// lonePassive reads "a man was killed" at token i ("a"/"an"): one person, the measure
// of the predicate (data/figures.txt predicate-measures).
func (ff *figureFinder) lonePassive(si, i int) reading {
	s := &ff.sents[si]
	if !ff.is(i, wA, wAn) || ff.inWord(i-1, loneVictimVerbs) || ff.is(i-1, wIf, wWhether, wWhen, wOf, wThan, wLike, wAs) {
		return reading{}
	}
	if _, ordinal := ordinalWords[ff.low(i+1)]; ordinal {
		return reading{} // "a sixth person had been arrested": the sixth of a count, not one
	}
	h := ff.personHead(si, i, true) // "a Dutch tourist", "a police officer"
	if h >= s.b || !ff.isPersonNoun(h) || plural(ff.low(h)) {
		return reading{}
	}
	k := h + 1
	if ff.is(k, wWas) {
		k++
	} else if ff.is(k, wHas, wHad) && ff.is(k+1, wBeen) {
		k += 2
	} else {
		return reading{}
	}
	if ff.is(k, wAlso, wFatally, wSeriously, wCritically, wSlightly, wLater) {
		k++
	}
	measure, end := "", k+1
	switch {
	case ff.is(k, wShot) && ff.is(k+1, wDead), ff.is(k, wShot) && ff.is(k+1, wAnd) && ff.is(k+2, wKilled):
		measure, end = "killed", k+2
		if ff.is(k+1, wAnd) {
			end = k + 3
		}
	case ff.is(k, wStabbed, wBeaten) && ff.is(k+1, wTo) && ff.is(k+2, wDeath):
		measure, end = "killed", k+3
	default:
		m, ok := predMeasure[ff.low(k)]
		if !ok || m == "missing" || ff.toks[k].has(fCap) {
			return reading{}
		}
		measure = m
	}
	n := &number{si: si, i: i, tok: i, next: end, v: 1, qa: i}
	r := ff.one(n, end, "", measure, kg.Exact)
	r.figs[0].f.Scope = ff.memberScope(i+1, h+1)
	return r
}
