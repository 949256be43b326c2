package extraction

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// lawLastWords end the names of laws and programmes (data/names.txt).
var lawLastWords = newTokSet(wordSet("law-last-words"))

// unitNameHeads end the names of a body's units joined by "and" ("Global Research and
// Analysis Team"), which the lexicon does not take for a body's head (data/names.txt).
var unitNameHeads = newTokSet(wordSet("unit-name-heads"))

// bodyAfterAnd returns the end of a body's or a law's name that goes on past "and" at
// token j, or j: "Food and Drug Administration", "House Energy and Commerce
// Committee", "Racketeer Influenced and Corrupt Organizations Act". The words on both
// sides of "and" are common English words that name no body themselves (before it, also
// a last word of a body's name: "Securities and Exchange Commission"), and the words
// after it end in an organization's head ("Administration", "Committee"), a unit's
// ("Analysis Team", "Ergonomics Lab": unitNameHeads) or a law's last word ("Act"),
// which is the name's last: not before "of" ("the New York Fed and
// Federal Bureau of Investigation"). The name does not open with a first name ("Carl
// Mark Force and Secret Service"). Two bodies named side by side stay two: "the
// Pentagon and State Department" (Pentagon is known), "House and Senate committees"
// (lower case), "Apple and Google Inc" (Google is no common word). Before "and" a plain
// word's plural serves ("Harbor Highways and Transportation Authority"), and so does a
// common noun the short word list leaves out when every word before it is one too or
// a country ("U.S. National Aeronautics and Space Administration"; not "Motorola
// Mobility and Charter Communications Inc.", two companies); after it, such a common
// noun (bodyWordInName: "Fish and Wildlife Service"), unless a company's suffix closes
// the name. The plural of a head ends the name too ("U.S. Citizenship and Immigration
// Services": pluralOrgHead).
func (ef *entityFinder) bodyAfterAnd(i, j, end int) int {
	if j+2 >= end || j == i || firstNames[ef.tok(i)] || !ef.bodyWordInName(j-1) && !orgLastWords.has(ef.tok(j-1)) || !ef.bodyWordInName(j+1) && !ef.fieldHeadAfterAnd(j+1) {
		return j
	}
	relaxed := !ef.plainWordInName(j + 1) // a word the short list leaves out: no company's name after it
	if !ef.plainWordInName(j-1) && !ef.pluralOfPlainWord(j-1) && !orgLastWords.has(ef.tok(j-1)) {
		// a common noun the short list leaves out before "and" ("Aeronautics"): every
		// word before it is one too, or a country ("U.S. National Aeronautics"), not a
		// company's name ("Motorola Mobility and Charter Communications Inc.")
		for k := i; k < j-1; k++ {
			if !ef.bodyWordInName(k) && !ef.nationWord(k) && !initialCountries.has(ef.tok(k)) {
				return j
			}
		}
	}
	for k := i; k < j; k++ {
		if ef.toks[k].feat&lxOrgHead != 0 || otherLastWords.has(ef.tok(k)) {
			return j // a body's name already: "Justice Department and State Department"
		}
	}
	for k := j + 1; k < end && k-j <= 4; k++ {
		if !ef.isNameWord(k) || !ef.toks[k].has(fCap) {
			return j
		}
		if k > j+1 && (ef.toks[k].feat&lxOrgHead != 0 || lawLastWords.has(ef.tok(k)) || pluralOrgHead(ef.tok(k)) || unitNameHeads.has(ef.tok(k))) {
			if k+1 < end && ef.is(k+1, wOf, wFor, wOn) && ef.nameJoinedAfter(k+1, end) || relaxed && ef.corpSuffixAt(k) {
				return j
			}
			return k + 1
		}
		if k > j+1 && !ef.bodyWordInName(k) {
			return j
		}
		relaxed = relaxed || !ef.plainWordInName(k)
	}
	return j
}

// fieldHeadAfterAnd reports whether the word at token k, after "and", is a common English
// word that heads companies' names but names a field here, before more of the body's
// name: "Climate and Energy Program", "Computer and Communications Industry
// Association". bodyAfterAnd still wants a head after it and no company's suffix.
func (ef *entityFinder) fieldHeadAfterAnd(k int) bool {
	t := &ef.toks[k]
	w := ef.tok(k)
	return t.kind == tWord && t.has(fCap) && !t.has(fUpper) && t.feat&lxOrgHead != 0 && !firstNames[w] &&
		englishWords.has(strings.TrimSuffix(lowerASCII(w), "s"))
}

// nameJoinedAfter reports whether a name follows "of", "for" or "on" at token k, past a
// "the": the head before it may go on into a longer name ("Bureau of Investigation"),
// which bodyAfterAnd leaves to two names. A day, a date or a lower-case word ends the
// body's name at its head: "the Securities and Exchange Commission on Thursday", "the
// Food and Drug Administration for the treatment of …".
func (ef *entityFinder) nameJoinedAfter(k, end int) bool {
	k++
	if k < end && ef.is(k, wThe) {
		k++
	}
	return k < end && ef.isNameWord(k)
}

// knownAfterAnd returns the end of a body's name the gazetteer knows that goes on past
// "and" at token j ("National Oceanic and Atmospheric Administration", "U.S. Customs and
// Border Protection"), or j: the longest of up to five capitalised words after it.
func (ef *entityFinder) knownAfterAnd(i, j, end int) int {
	best := j
	for k := j + 1; k < end && k-j <= 5 && ef.isNameWord(k) && ef.toks[k].has(fCap); k++ {
		if _, ok := orgAlias[ef.span(i, k+1)]; ok {
			best = k + 1
		}
	}
	return best
}

// partyAfterAnd returns the end of a party's name that goes on past "and" at token j, or
// j: "the Justice and Development Party", "the Union Solidarity and Development Party".
// One or two capitalised words stand on each side of "and", and "Party" follows the
// second side; bodyAfterAnd refuses these because a side's word may be a title
// ("Justice") or a body's head ("Union"). No side's word names anything by itself
// (partyNameWord: "Texas and Tea Party", "the Labour and Conservative Party
// conferences", "Kurdish and Turkish Party" stay two), and the first side ends in no
// body's head ("Green Party and Libertarian Party").
func (ef *entityFinder) partyAfterAnd(i, j, end int) int {
	if j-i < 1 || j-i > 2 || j >= end || !ef.is(j, wAnd) || ef.toks[j-1].feat&lxOrgHead != 0 {
		return j
	}
	k := j + 1
	for k < end && k-j <= 3 && ef.tok(k) != "Party" {
		k++
	}
	if k >= end || k == j+1 || ef.tok(k) != "Party" {
		return j
	}
	for w := i; w < k; w++ {
		if w != j && !ef.partyNameWord(w) {
			return j
		}
	}
	return k + 1
}

// partyNameWord reports whether the word at token w is a capitalised word that names
// nothing by itself in a party's name (partyAfterAnd). The common-word lists leave out
// "Peace", "Justice" and "Union", which SCOWL also lists as names, so any word of one
// capital serves that is no first name, known name, place's head, party or people.
func (ef *entityFinder) partyNameWord(w int) bool {
	t := &ef.toks[w]
	x := ef.tok(w)
	if t.kind != tWord || !t.has(fCap) || t.has(fUpper) || len(x) < 4 || strings.ToLower(x[1:]) != x[1:] {
		return false
	}
	return !firstNames[x] && !ef.known(x) && !partyWords.has(x) && demonymOf[x] == "" && t.feat&lxPlaceHead == 0
}

// bodyWordInName reports whether the capitalised word at token k is a common word of a
// body's name around "and" (bodyAfterAnd): a plain word (plainWordInName), or one of the
// common nouns the short word list leaves out, with nothing that makes it a name: the
// plural of a plain word ("Parks"), a noun of a Latinate ending ("Transportation",
// "Development", "Security") or two plain words of four letters or more written as one
// ("Wildlife", "Waterways"; not "Tencent").
func (ef *entityFinder) bodyWordInName(k int) bool {
	if ef.plainWordInName(k) {
		return true
	}
	w := ef.tok(k)
	if !ef.commonShape(k) {
		return false
	}
	l := lowerASCII(w)
	if englishWords.has(strings.TrimSuffix(l, "s")) || pluralInIes(l) {
		return true
	}
	for _, end := range commonNounEndings {
		if strings.HasSuffix(l, end) && len(l) > len(end)+2 {
			return true
		}
	}
	for c := 4; c <= len(l)-4; c++ { // not "Tencent"
		if englishWords.has(l[:c]) && englishWords.has(l[c:]) {
			return true
		}
	}
	return false
}

// pluralInIes reports whether the lower-case word l is the plural in "-ies" of a common
// noun: of a plain word in "-y" or of a noun in "-ity" ("Antiquities", "Utilities").
func pluralInIes(l string) bool {
	stem, ok := strings.CutSuffix(l, "ies")
	return ok && len(stem) > 2 && (englishWords.has(stem+"y") || strings.HasSuffix(stem, "it"))
}

// pluralOfPlainWord reports whether the capitalised word at token k is the plural of a
// plain word ("Highways", "Parks") with nothing that makes it a name (bodyAfterAnd).
func (ef *entityFinder) pluralOfPlainWord(k int) bool {
	l := ef.lowerTok(k)
	return strings.HasSuffix(l, "s") && englishWords.has(l[:len(l)-1]) && ef.commonShape(k)
}

// commonShape reports whether the word at token k may be a common noun written with a
// capital in a body's name: one capital, at least four letters, and no first name,
// known name, head or title.
func (ef *entityFinder) commonShape(k int) bool {
	w := ef.tok(k)
	if ef.toks[k].kind != tWord || !ef.toks[k].has(fCap) || ef.toks[k].has(fUpper) || len(w) < 4 || strings.ToLower(w[1:]) != w[1:] {
		return false
	}
	return ef.namesNothing(k, w)
}

// commonNounEndings end common nouns of bodies' names that few names of people or
// places end in (bodyWordInName).
var commonNounEndings = []string{"tion", "sion", "ment", "ity", "ness", "ance", "ence", "ancy", "ency", "ics", "ism", "ure"}

// namesNothing reports whether word w at token k names nothing by itself: no first name,
// known or proper name, head, party word or title (commonShape, plainWordInName).
func (ef *entityFinder) namesNothing(k int, w string) bool {
	if firstNames[w] || ef.known(w) || properNames[w] || headsBeforeOf.has(w) || lastHeadsBeforeOf.has(w) || partyWords.has(w) {
		return false
	}
	if ef.toks[k].feat&(lxOrgHead|lxPlaceHead|lxHonor|lxRole|lxFunc) != 0 {
		return false
	}
	_, title := titleRole[w]
	return !title
}

// plainWordInName reports whether the capitalised word at token k is a common English
// word that names nothing itself: no first name, gazetteer name, head or title.
func (ef *entityFinder) plainWordInName(k int) bool {
	w := ef.tok(k)
	if ef.toks[k].kind != tWord || !ef.toks[k].has(fCap) || ef.toks[k].has(fUpper) || !englishWords.has(lowerASCII(w)) {
		return false
	}
	return ef.namesNothing(k, w)
}

// committeeAfterAnd returns the end of a committee's name that goes on past "and" at
// token j, or j: "House Energy and Commerce Committee", "Senate Environment and Public
// Works Committee". A chamber of committeeChambers opens the words before "and" and a
// committee's head of committeeHeads ends the one to four words after it, which is the
// name's last (not before "of"). Every word between is a capitalised word that is no
// first name, title, known name or chamber, so that "Senate Majority Leader Ann Roe and
// Senate Judiciary Committee" and "the House Judiciary and Senate Rules Committee" stay
// two. The fields may be words that head a company's name ("Energy"), which
// bodyAfterAnd refuses.
func (ef *entityFinder) committeeAfterAnd(i, j, end int) int {
	c := i
	for c < j && !committeeChambers.has(ef.tok(c)) {
		c++
	}
	if c+1 >= j || !ef.committeeFields(c+1, j) {
		return j
	}
	for k := j + 1; k < end && k-j <= 4; k++ {
		if committeeHeads.has(ef.tok(k)) {
			if k == j+1 || !ef.committeeFields(j+1, k) || k+1 < end && (ef.isNameWord(k+1) || ef.is(k+1, wOf)) {
				return j
			}
			return k + 1
		}
	}
	return j
}

// committeeFields reports whether tokens a..b-1 are the capitalised words of a
// committee's field: no first name, title, known name, chamber or head (committeeAfterAnd).
func (ef *entityFinder) committeeFields(a, b int) bool {
	for k := a; k < b; k++ {
		w := ef.tok(k)
		if !ef.isNameWord(k) || !ef.toks[k].has(fCap) || ef.toks[k].has(fUpper) || firstNames[w] || ef.known(w) || committeeChambers.has(w) || committeeHeads.has(w) {
			return false
		}
		if _, title := titleRole[w]; title {
			return false
		}
	}
	return true
}

// committeeChambers open committees' names and committeeHeads end them (data/names.txt).
var (
	committeeChambers = newTokSet(wordSet("committee-chambers"))
	committeeHeads    = newTokSet(wordSet("committee-heads"))
)

// portfolioTitles are the roles of a title that a portfolio's words joined by "and" may
// open (portfolioAfterAnd).
var portfolioTitles = newTokSet(map[string]bool{"secretary": true, "minister": true, "commissioner": true})

// portfolioAfterAnd returns where a minister's or secretary's title starts after a
// portfolio's name that goes on past "and" at token j, or j: "Health and Human Services
// Secretary Sylvia Burwell", "Trade and Industry Minister Ann Roe". One to three
// capitalised words of a field (committeeFields: no first name, title or known name) on
// either side of "and", then the title and a name after it; the portfolio is whose
// office the title is (titledName), not a name that ends at "and".
func (ef *entityFinder) portfolioAfterAnd(i, j, end int) int {
	if j-i > 3 || !ef.committeeFields(i, j) || !ef.bodyWords(i, j) {
		return j
	}
	for t := j + 1; t < end-1 && t-j <= 4; t++ {
		if te := ef.titleEnd(t); te > t {
			if t == j+1 || te != t+1 || !portfolioTitles.has(titleRole[ef.tok(t)]) || !ef.committeeFields(j+1, t) || !ef.isNameWord(t+1) || !ef.toks[t+1].has(fCap) {
				return j // "Mendes and Prime Minister Jan Novak": a longer title, after a name
			}
			return t
		}
	}
	return j
}

// bodyWords reports whether every word a..b-1 is a common word of a body's name
// (bodyWordInName), a minister's portfolio ("Housing") or an English word (at a
// sentence's start too), not a name ("Mendes").
func (ef *entityFinder) bodyWords(a, b int) bool {
	for k := a; k < b; k++ {
		if !ef.bodyWordInName(k) && !ministerPortfolios.has(ef.tok(k)) && !englishWords.has(ef.lowerTok(k)) {
			return false
		}
	}
	return true
}

// coupleHeads end the name of a body a couple founded ("Bill and Melinda Gates
// Foundation"; coupleAfterAnd).
var coupleHeads = newTokSet(map[string]bool{"foundation": true, "institute": true, "center": true, "centre": true, "trust": true, "fund": true, "prize": true})

// coupleAfterAnd returns the end of the name of a body a couple founded that goes on
// past "and" at token j, or j: "the Ann and Tom Pell Foundation", "the Ravi and Mina
// Sen Institute". The word before "and" is a given name alone, and after it come a
// given name (or a capitalised word that is no common word or known name), at most one initial, one or two family names that the word lists do not
// know, and a head of coupleHeads, which is the name's last (not before "of" or a
// possessive). Not "Ann and Tom Pell said" (no head).
func (ef *entityFinder) coupleAfterAnd(i, j, end int) int {
	if j != i+1 || !firstNames[ef.tok(i)] || j+3 >= end || !ef.toks[j+1].has(fCap) || ef.toks[j+1].has(fUpper) {
		return j
	}
	if g := ef.tok(j + 1); !firstNames[g] && (englishWords.has(lowerASCII(g)) || ef.known(g) || ef.toks[j+1].feat&(lxOrgHead|lxPlaceHead|lxFunc) != 0) {
		return j // "Bill and Space Foundation": no second given name
	}
	k := j + 2
	if ef.toks[k].has(fAbbr) && len(ef.tok(k)) <= 2 {
		k++ // "John D. and Catherine T. MacArthur Foundation"
	}
	fam := 0
	for ; k < end && fam < 3 && ef.isNameWord(k) && ef.toks[k].has(fCap); k++ {
		if ef.in(k, coupleHeads) {
			if fam == 0 || k+1 < end && (ef.is(k+1, wOf) || ef.isMark(k+1)) {
				return j
			}
			return k + 1
		}
		if ef.known(ef.tok(k)) || ef.toks[k].feat&(lxOrgHead|lxPlaceHead|lxFunc) != 0 {
			return j
		}
		fam++
	}
	return j
}

// pluralOrgHead reports whether the capitalised word w is the plural of an
// organization's head the lexicon has only in the singular ("Services", "Councils"):
// "U.S. Citizenship and Immigration Services" ends in it (bodyAfterAnd).
func pluralOrgHead(w string) bool {
	s, ok := strings.CutSuffix(w, "s")
	if !ok || len(s) < 4 {
		return false
	}
	e := lookupLex(s)
	return e != nil && e.feat&lxOrgHead != 0
}

// acronymAfterAnd returns the end of a name that goes on past "and" at token j when the
// acronym in brackets right after it spells the initials of the whole name: "Special
// Weapons and Tactics (SWAT)", "Transatlantic Trade and Investment Partnership (TTIP)".
// Else it returns j: "the Justice Department and Federal Trade Commission (FTC)" are two
// bodies, the acronym the second's alone.
func (ef *entityFinder) acronymAfterAnd(i, j, end int) int {
	for k := j + 1; k < end && k-j <= 4 && ef.isNameWord(k) && ef.toks[k].has(fCap); k++ {
		b := k + 1
		if b+2 >= len(ef.toks) || !ef.punct(b, '(') || ef.toks[b+1].kind != tWord || !ef.punct(b+2, ')') {
			continue
		}
		if spellsInitials(ef.tok(b+1), ef.span(i, b)) {
			return b
		}
	}
	return j
}

// spellsInitials reports whether acronym, three capitals or more, is the initials of the
// words of name, with or without its function words ("and", "of", "the", "for"): "SWAT"
// of "Special Weapons and Tactics", "TTIP" of "Transatlantic Trade and Investment
// Partnership".
func spellsInitials(acronym, name string) bool {
	if len(acronym) < 3 {
		return false
	}
	for _, r := range acronym {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	if acronymOf(name) == acronym {
		return true
	}
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			return false
		}
		b.WriteRune(unicode.ToUpper(r))
	}
	return b.String() == acronym
}
