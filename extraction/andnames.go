package extraction

// lawLastWords end the names of laws and programmes (data/names.txt).
var lawLastWords = wordSet("law-last-words")

// bodyAfterAnd returns the end of a body's or a law's name that goes on past "and" at
// token j, or j: "Food and Drug Administration", "House Energy and Commerce
// Committee", "Racketeer Influenced and Corrupt Organizations Act". The words on both
// sides of "and" are common English words that name no body themselves (before it, also
// a last word of a body's name: "Securities and Exchange Commission"), and the words
// after it end in an organization's head ("Administration", "Committee") or a law's
// last word ("Act"), which is the name's last: not before "of" ("the New York Fed and
// Federal Bureau of Investigation"). The name does not open with a first name ("Carl
// Mark Force and Secret Service"). Two bodies named side by side stay two: "the
// Pentagon and State Department" (Pentagon is known), "House and Senate committees"
// (lower case), "Apple and Google Inc" (Google is no common word).
func (ef *entityFinder) bodyAfterAnd(i, j, end int) int {
	if j+2 >= end || j == i || firstNames[ef.tok(i)] || !ef.plainWordInName(j-1) && !orgLastWords[ef.tok(j-1)] || !ef.plainWordInName(j+1) {
		return j
	}
	for k := i; k < j; k++ {
		if ef.toks[k].feat&lxOrgHead != 0 || otherLastWords[ef.tok(k)] {
			return j // a body's name already: "Justice Department and State Department"
		}
	}
	for k := j + 1; k < end && k-j <= 4; k++ {
		if !ef.isNameWord(k) || !ef.toks[k].has(fCap) {
			return j
		}
		if k > j+1 && (ef.toks[k].feat&lxOrgHead != 0 || lawLastWords[ef.tok(k)]) {
			if k+1 < end && ef.is(k+1, "of", "for", "on") {
				return j
			}
			return k + 1
		}
		if k > j+1 && !ef.plainWordInName(k) {
			return j
		}
	}
	return j
}

// plainWordInName reports whether the capitalised word at token k is a common English
// word that names nothing itself: no first name, gazetteer name, head or title.
func (ef *entityFinder) plainWordInName(k int) bool {
	w := ef.tok(k)
	if ef.toks[k].kind != tWord || !ef.toks[k].has(fCap) || ef.toks[k].has(fUpper) || !englishWords[lowerASCII(w)] {
		return false
	}
	if firstNames[w] || ef.known(w) || properNames[w] || headsBeforeOf[w] || lastHeadsBeforeOf[w] || partyWords[w] {
		return false
	}
	if ef.toks[k].feat&(lxOrgHead|lxPlaceHead|lxHonor|lxRole|lxFunc) != 0 {
		return false
	}
	_, title := titleRole[w]
	return !title
}
