package extraction

import "strings"

// fieldListHeads head the names of bodies that list their fields after "of"
// (data/names.txt [field-list-heads]).
var fieldListHeads = newTokSet(wordSet("field-list-heads"))

// fieldListEnd returns the end of a body's name that lists its fields after "of", with
// commas and a last "and", when the comma at token j follows the first field (tokens
// from..j-1, joined at "of" after a head of fieldListHeads): "Bureau of Alcohol, Tobacco,
// Firearms and Explosives", "General Administration of Quality Supervision, Inspection
// and Quarantine". Every field is one to three capitalised common words that name nothing
// themselves (bodyWordInName), so that "the Department of Justice, FBI and Secret Service"
// or "the Ministry of Defence, London," stay apart; the list ends at its "and" field, and
// not before another name word or "of". It returns j when the words after the comma are
// no such list.
func (ef *entityFinder) fieldListEnd(from, j, end int) int {
	h := from - 2 // the head before "of"
	if ef.is(from-1, wThe) {
		h--
	}
	if h < 0 || !ef.is(h+1, wOf) || !fieldListHeads.has(ef.tok(h)) || !ef.fieldAt(from, j) {
		return j
	}
	k := j
	for fields := 1; k < end && fields < 8; fields++ {
		last := false
		switch {
		case ef.punct(k, ',') && ef.is(k+1, wAnd):
			k, last = k+2, true // "Alcohol, Tobacco, and Firearms"
		case ef.punct(k, ','):
			k++
		case ef.is(k, wAnd):
			k, last = k+1, true
		default:
			return j
		}
		e := k
		for e < end && e-k < 3 && ef.fieldWord(e) {
			e++
		}
		if e == k || e < end && (ef.isNameWord(e) || ef.is(e, wOf)) {
			return j
		}
		if last {
			return e
		}
		k = e
	}
	return j
}

// fieldAt reports whether tokens a..b-1 are one field of a list of fields: one to three
// capitalised common words (fieldListEnd).
func (ef *entityFinder) fieldAt(a, b int) bool {
	if b <= a || b-a > 3 {
		return false
	}
	for k := a; k < b; k++ {
		if !ef.fieldWord(k) {
			return false
		}
	}
	return true
}

// fieldWord reports whether token k is a capitalised common word of a field: a common
// word of a body's name (bodyWordInName), or the plural in "-ies" of a plain word
// ("Quarries", "Fisheries").
func (ef *entityFinder) fieldWord(k int) bool {
	if !ef.isNameWord(k) {
		return false
	}
	if ef.bodyWordInName(k) {
		return true
	}
	l := ef.lowerTok(k)
	return strings.HasSuffix(l, "ies") && englishWords.has(strings.TrimSuffix(l, "ies")+"y") && ef.commonShape(k)
}
