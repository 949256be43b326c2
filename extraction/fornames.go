package extraction

import "strings"

// Entity spans (branch ent62): a body named with "for" and what it stands for
// ("Americans for Safer Roads", "Campaign for Clean Water"), whose first part has no
// head that joins "for" in extendSpan.

// forNameEnd returns the end of a name that goes on past "for" at token j, or j:
// "Parents for Safer Streets", "Moms Rally for Clean Air in America", "Alliance for
// a Green Harbor". Before "for", one to three capitalised words that open no clause
// and name nothing alone (no given name, known name, title, trade or person's noun,
// function word; one word alone is a common English word, no plural: not "Lawyers for
// Roe", "Rio for the Olympics"); after it, after "a" or "the" at
// most, one to four capitalised words each a common word of a body's name
// (bodyWordInName) or a place the word lists know ("Democracy for America"), which the name
// ends with, or goes on with "in" or "of" and one such word ("in America", "of
// Animals"). Not a person or a known name after "for" ("Spokesmen for Clinton",
// "Rio for the Olympics").
func (ef *entityFinder) forNameEnd(i, j, end int) int {
	if j-i > 3 || !ef.is(j, wFor) || ef.clauseInitial(i, ef.sents[ef.sentOf(i)].start) {
		return j
	}
	for k := i; k < j; k++ {
		if !ef.forNameWord(k) && !ef.forNameWordOfBody(i, k) {
			return j
		}
	}
	if j == i+1 && (!commonOrLess(lowerASCII(strings.TrimSuffix(ef.tok(i), "s"))) && demonymOf[ef.tok(i)] == "" || partyWords.has(ef.tok(i))) {
		return j // "Lawyers for Roe", "Rio for the Olympics", "a Democrat for Senate"
	}
	k := j + 1
	if k < end && ef.is(k, wA, wThe) {
		k++
	}
	n := 0
	for k < end && n < 4 && ef.toks[k].kind == tWord && ef.toks[k].has(fCap) && (ef.bodyWordInName(k) || ef.countryWord(k)) {
		k++
		n++
	}
	if n == 0 || k < end && ef.isNameWord(k) {
		return j
	}
	if k+1 < end && ef.is(k, wIn, wOf) && ef.toks[k+1].has(fCap) && (ef.bodyWordInName(k+1) || ef.countryWord(k+1)) && (k+2 >= end || !ef.isNameWord(k+2)) {
		k += 2 // "… for Gun Sense in America", "… for the Ethical Treatment of Animals"
	}
	return k
}

// forNameWord reports whether the capitalised word at token k may stand in a name
// before "for" (forNameEnd): no given name, known name, title, trade, person's noun,
// function word, sentence starter or head; a common English word or its plural, which
// no person's name is.
func (ef *entityFinder) forNameWord(k int) bool {
	t := &ef.toks[k]
	w := ef.tok(k)
	if t.kind != tWord || !t.has(fCap) || t.has(fUpper) || firstNames[w] || ef.known(w) || ef.titleStarts(k) {
		return false
	}
	if t.feat&(lxFunc|lxStarter|lxPersonNoun|lxRole|lxHonor|lxPronoun|lxNumWord|lxOrgHead|lxPlaceHead) != 0 || pluralTrade(lowerASCII(w)) || strings.HasSuffix(w, "ly") {
		return false // a head joins "for" in extendSpan if at all: not "Los Alamos Laboratory for the Manhattan Project"
	}
	l := lowerASCII(w)
	return englishWords.has(l) || englishWords.has(strings.TrimSuffix(l, "s")) // not a person's name: "Kara Dio for Pink"
}

// forNameWordOfBody reports whether the capitalised word at token k, in the words from
// token i before "for", is one that bodies' names hold though forNameWord refuses it: a
// nationality ("Egyptian Initiative for Personal Rights", "Americans United for Life"),
// a plural of people ("Medical Students for Choice", "People for the Ethical Treatment
// of Animals"), a head of a body's name, or a particle after the first word ("Showing
// Up for Racial Justice").
func (ef *entityFinder) forNameWordOfBody(i, k int) bool {
	t := &ef.toks[k]
	w := ef.tok(k)
	if t.kind != tWord || !t.has(fCap) || t.has(fUpper) || firstNames[w] || ef.titleStarts(k) || t.feat&(lxHonor|lxPronoun|lxNumWord|lxRole) != 0 {
		return false
	}
	if demonymOf[w] != "" || t.feat&lxOrgHead != 0 {
		return true
	}
	l := lowerASCII(w)
	if strings.HasSuffix(l, "s") && englishWords.has(l[:len(l)-1]) || l == "people" {
		return true // "Students", "Doctors", "People"
	}
	if t.feat&lxFunc != 0 {
		return k > i && englishWords.has(l) && len(l) <= 4
	}
	return !strings.HasSuffix(l, "ly") && commonOrLess(l) // "Habitat", "Allied", "Deferred Action"
}

// commonOrLess reports whether the lower-case word l is a common English word of
// either level the word lists hold (englishWords, lessCommonWords).
func commonOrLess(l string) bool {
	return englishWords.has(l) || lessCommonWords[l]
}

// countryWord reports whether the word at token k is a country's or a place's name the
// word lists know ("Germany", "America"), not a demonym ("for a French newspaper").
func (ef *entityFinder) countryWord(k int) bool {
	_, ok := countryOf[ef.tok(k)]
	return ok
}
