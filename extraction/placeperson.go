package extraction

// A place a title's preposition names, then the holder's name: "the U.N. envoy to Syria
// Omar Haddad", "vice president for Latin America Ryan Cole", "ambassador to the United
// Nations Chris Lee", a credit's "in New York Judy Kemp" with its comma left out. The
// capitalised words run on from the place into the person's name; the place ends its
// own name and the person's starts at the given name.

// placeThenPerson reports whether the name that opens at token i ends before token j:
// the words i..j-1 are a country, a U.S. state, a region or a body the word lists know;
// "to", "for" or "in" (and a "the") stand right before them; and a person's name follows
// at j: a given name, or after a role's word ("envoy to", "president for") any
// capitalised word, then a further capitalised word or a particle ("de Mistura"). No
// title, party word or head of a body or a place stands in the person's words, and
// their last is a surname: no common English word or known name ("the White House Rose
// Garden", "spokesman for Oklahoma Forestry Services" stay one name).
func (ef *entityFinder) placeThenPerson(i, j, end int) bool {
	if j+1 >= end || !ef.isNameWord(j) || !ef.toks[j].has(fCap) || ef.toks[j].has(fUpper) {
		return false
	}
	if !ef.toks[j+1].has(fCap) && !ef.in(j+1, nameParticles) || !ef.isNameWord(j+1) && !ef.in(j+1, nameParticles) {
		return false
	}
	p := i - 1
	if p > 0 && ef.is(p, wThe) {
		p--
	}
	if p < 1 || !ef.is(p, wTo, wFor, wIn) || ef.toks[p].has(fCap) {
		return false
	}
	if !firstNames[ef.tok(j)] && ef.toks[p-1].feat&lxRole == 0 {
		return false
	}
	k := j
	for k < end && k < j+4 && (ef.isNameWord(k) || ef.in(k, nameParticles)) {
		if _, title := titleRole[ef.tok(k)]; title || partyWords.has(ef.tok(k)) || ef.toks[k].feat&(lxOrgHead|lxPlaceHead) != 0 {
			return false // "for Alaska Republican Representative Don Young": the title's own words
		}
		k++
	}
	if last := ef.tok(k - 1); k-j < 2 || englishWords.has(lowerASCII(last)) || ef.known(last) {
		return false // "the White House Rose Garden", "spokesman for Oklahoma Forestry Services": no surname last
	}
	return knownName(ef.span(i, j))
}
