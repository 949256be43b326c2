package extraction

import "strings"

// demonstrativeHead reports whether "these" or "those" before token k is a determiner of
// the plural noun at k, not a pronoun: "17 of these cases" counts cases, as "17 of the
// cases" does, while "1,000 of those were problematic" and "five of those killed" take
// the measure of the count before them. The noun must be a lower-case plural that is no
// participle, no unit ("7.7 million of those tons": a quantity, no count) and no span of
// time or distance. A number that closes a pair of numbers ("in Games 1 and 2 of these
// finals", qa its first token) is a label, no count.
func (ff *figureFinder) demonstrativeHead(qa, k int) bool {
	if !ff.is(k-1, wThese, wThose) || !pluralNoun(ff.doc, k) {
		return false
	}
	if ff.is(qa-1, wAnd, wOr) && qa >= 2 && ff.toks[qa-2].kind == tNum {
		return false
	}
	w := ff.low(k)
	if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || perUnits.has(w) || perUnits.has(singular(w)) ||
		ff.toks[k].feat&(lxTimeUnit|lxDistUnit) != 0 {
		return false
	}
	return true
}
