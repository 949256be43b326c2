package extraction

import "strings"

// Office titles: a title that names its office after "of" or "for" before the holder's
// name ("Minister of Public Security Guo Shengkun", "Director of National Intelligence
// James Clapper", "Speaker of the House of Representatives Nancy Pelosi"). The office's
// words belong to the title; the holder is the person, and a named body among the
// office's words is the organization the role is held for.

// officeHolder returns, for the title that ends at token te, where the office's words
// after "of"/"for" start (d) and where the holder's name starts (p), when the words
// te..b-1 are "of"/"for", an office joined by "and", "of" and "the", and then a name of
// two to four words that opens with a given name or a word that is neither a common word
// nor a place's or organization's; ok is false otherwise. The office is read first as
// common words, places and heads, the name after them ("Minister of Public Security Guo
// Shengkun", "President of Mexico Enrique Pena Nieto"); else as any capitalised words
// before a name of the last two ("Minister of Maritime Affairs Teodor Valchev").
func (ef *entityFinder) officeHolder(te, b int) (d, p int, ok bool) {
	if te >= b || !ef.is(te, wOf, wFor) {
		return 0, 0, false
	}
	d = te + 1
	if ef.is(d, wThe) {
		d++
	}
	for p = d + 1; p <= b-2; p++ {
		if !ef.officeWord(p-1, false) {
			break // the office's common words stop short of any name
		}
		if b-p <= 4 && !ef.is(p-1, wAnd, wOf, wThe, wFor) && ef.holderName(p, b) {
			return d, p, true
		}
	}
	p = b - 2
	if p <= d || ef.is(p-1, wAnd, wOf, wThe, wFor) || !ef.holderName(p, b) {
		return 0, 0, false
	}
	for k := d; k < p; k++ {
		if !ef.officeWord(k, true) {
			return 0, 0, false
		}
	}
	return d, p, true
}

// officeWord reports whether token k can be a word of an office's name: a connector
// ("and", "of", "the", "&") or a capitalised common word, place, or organization or
// place head ("Public Security", "Housing and Urban Development", "House of
// Representatives"); any capitalised word but a given name when anyWord is set.
func (ef *entityFinder) officeWord(k int, anyWord bool) bool {
	if ef.is(k, wAnd, wOf, wThe) || ef.punct(k, '&') {
		return true
	}
	t := &ef.toks[k]
	if t.kind != tWord || !t.has(fCap) || t.has(fAbbr) {
		return false
	}
	if anyWord {
		return !firstNames[ef.tok(k)]
	}
	return ef.in(k, englishWords) || t.feat&(lxOrgHead|lxPlaceHead) != 0 || ef.known(ef.tok(k))
}

// holderName reports whether tokens p..b-1 are a person's name after an office: name
// words that are no organization's or place's heads, the last no common word, the first
// a given name or a word that is neither a common word nor a place's or an
// organization's.
func (ef *entityFinder) holderName(p, b int) bool {
	for k := p; k < b; k++ {
		if !ef.isNameWord(k) || ef.toks[k].feat&(lxOrgHead|lxPlaceHead) != 0 || ef.is(k, wAnd, wOf, wThe, wFor) {
			return false
		}
		if w := ef.tok(k); strings.LastIndexByte(w, '-') > 0 && !isUpperRune(rune(w[strings.LastIndexByte(w, '-')+1])) {
			return false // "Hong Kong-based Playlab": a place before a company
		}
	}
	if ef.in(b-1, englishWords) {
		return false // "CEO of Top Dawg Entertainment": a surname is no common word
	}
	w := ef.tok(p)
	if firstNames[w] {
		return true
	}
	return !ef.in(p, englishWords) && !ef.known(w) && ef.toks[p].feat&lxRole == 0 && !ef.titleStarts(p)
}

// namedOffice reports whether the office's words d..e-1 name a body or a place of their
// own ("the House of Representatives", "California"), not only a portfolio or a unit
// ("Public Security", "Police", "Airport Operations"): a known name, or two words or more
// that end with an organization's or place's head or join one to "of".
func (ef *entityFinder) namedOffice(d, e int) bool {
	if ef.known(ef.span(d, e)) {
		return true
	}
	head := func(k int) bool {
		return ef.toks[k].feat&(lxOrgHead|lxPlaceHead) != 0 || headsBeforeOf.has(ef.tok(k)) || lastHeadsBeforeOf.has(ef.tok(k))
	}
	if e-d < 2 {
		return false
	}
	if head(e - 1) {
		return true
	}
	for k := d; k+1 < e; k++ {
		if head(k) && ef.is(k+1, wOf) {
			return true
		}
	}
	return false
}

// officeTitleOpens reports whether the word at token i opens a title with "of" or "for"
// inside it that a name follows ("Secretary of State John Kerry", "Minister of Public
// Security Guo Shengkun"), so that a clause's first word is no lone common word.
func (ef *entityFinder) officeTitleOpens(i, end int) bool {
	t := ef.titleEnd(i)
	if t == i || !ef.is(i+1, wOf, wFor) {
		return false
	}
	if t > i+1 {
		return t < end && ef.isNameWord(t) // "Secretary of State John Kerry"
	}
	_, _, ok := ef.officeHolder(t, ef.extendSpan(i, end))
	return ok
}
