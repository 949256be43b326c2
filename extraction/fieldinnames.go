package extraction

import "strings"

// Entity spans (ent182): a body's name whose field goes on with "in" and a field of its
// own ("Canadian Centre for Ethics in Sport", "Institute for Research in Public Health"):
// the words after "in" are common nouns, which no place's name is, so "in" joins them to
// the name rather than placing the body ("Sport" was a Place, and the centre locatedIn it).

// fieldInAfterJoin returns the end of a body's name that goes on past "in" at token j,
// or j. The name joined a field after "of", "for" or "on" (extendSpan's connected, the
// field's first word at joinedAt); after "in" come one to three capitalised common
// English words (or their plurals) that name nothing the word lists know (no town,
// state, country, first name, head, title, month or weekday), and the name ends with
// them: "… in Sports (CCES)", not "Court of Appeals in Richmond", "Department of Justice
// in March", "University of Iowa in Iowa City".
func (ef *entityFinder) fieldInAfterJoin(joinedAt, j, end int) int {
	if !ef.is(j, wIn) || joinedAt >= j {
		return j
	}
	k := j + 1
	for k < end && k <= j+3 && ef.fieldWordInName(k) {
		k++
	}
	if k == j+1 || k < end && ef.isNameWord(k) {
		return j
	}
	return k
}

// fieldWordInName reports whether the capitalised word at token k is a common English
// word or the plural of one ("Ethics", "Sports", "Politics") that names nothing itself.
func (ef *entityFinder) fieldWordInName(k int) bool {
	t := &ef.toks[k]
	if t.kind != tWord || !t.has(fCap) || t.has(fUpper|fAbbr) || t.feat&(lxMonth|lxDay|lxStarter|lxPronoun|lxNumWord) != 0 {
		return false
	}
	w := ef.tok(k)
	l := lowerASCII(w)
	if !englishWords.has(l) && !englishWords.has(strings.TrimSuffix(l, "s")) {
		return false
	}
	return ef.namesNothing(k, w) && !knownTown(w) && !usStates[w]
}
