package extraction

import (
	"strings"
	"unicode"
)

// Credits at an article's edges that the name stage misread (issue 10, gold36/37's
// furniture misses):
//
//   - a photo credit whose photographer is written in capitals ("… on May 4, 2016. ODA
//     KESSLERING / AFP - Getty Images", "(MARTINA VELLINGHAM/AFP/Getty Images)"): the rule
//     against long shouted words dropped a name word of seven letters or more, so the
//     photographer was cut to a surname typed Organization ("KAMM") or lost. capsCredit
//     tells such a word by the credit's grammar — capitals up to a slash and an agency's
//     capitalised name — not by the name.
//   - two people joined by "&" ("Editing by Tomas Rudd & Lina Voss", "Ana Ruiz & Ben
//     Cole"), which the name stage glued into one Organization as it does firms ("Smith &
//     Wesson", "Davis Polk & Wardwell"): peopleAroundAmp keeps them apart.
//
// The photographer's relations to the agencies are photocredits.go's.

// capsCredit reports whether the capitalised word at token i opens a photographer's
// name written in capitals in a photo credit: one to four words in capitals (or
// initials, "HARAZ N. GHANBARI"), then a slash and a capitalised word (the agency), with
// the sentence's start, a bracket, a colon, a number or a full stop before the name.
func (d *doc) capsCredit(i int) bool {
	if i > 0 {
		p := &d.toks[i-1]
		if !(p.kind == tNum || p.kind == tStop || d.punct(i-1, '(') || d.punct(i-1, ':') || p.has(fPara|fLine) || d.toks[i].has(fPara|fLine)) {
			return false
		}
	}
	k := i
	for k < len(d.toks) && k-i < 4 && d.toks[k].kind == tWord && d.toks[k].has(fUpper) && nameLetters(d.tok(k)) {
		k++
	}
	if k == i || k+1 >= len(d.toks) || !d.punct(k, '/') {
		return false
	}
	next := &d.toks[k+1]
	return next.kind == tWord && next.has(fCap) && next.e-next.s >= 2 // not "F/A-18E/F"
}

// nameLetters reports whether w is written as a name's word: letters, with hyphens,
// apostrophes and full stops between or after them ("JEAN-PIERRE", "N.", "O'NEILL"),
// no digit or slash ("F/A-18E").
func nameLetters(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' && r != '.' && r != '\'' && r != '’' {
			return false
		}
	}
	return true
}

// peopleAroundAmp reports whether the "&" at token j, inside a name that started at
// token i, stands between two people's names rather than inside a firm's: two or three
// name words on each side, the last on the right no company word ("Co", "Partners"),
// and either both sides opening on a given name the lists know or the pair following
// "by" or "and" as in a credit line ("Editing by Tomas Rudd & Lina Voss"). A firm named
// for its founders gives one word a side ("Smith & Wesson", "Ernst & Young") or a
// company word.
func (ef *entityFinder) peopleAroundAmp(i, j, end int) bool {
	if j-i < 2 || j-i > 3 {
		return false
	}
	for k := i; k < j; k++ {
		if !ef.isNameWord(k) || ef.toks[k].has(fUpper) {
			return false
		}
	}
	r := j + 1
	for r < end && r-j <= 4 && ef.isNameWord(r) && !ef.toks[r].has(fUpper) {
		r++
	}
	if n := r - j - 1; n < 2 || n > 3 {
		return false
	}
	last := ef.tok(r - 1)
	if ef.toks[r-1].feat&(lxOrgHead|lxPlaceHead) != 0 || orgLastWords.has(last) || corpSuffix.hasLower(strings.TrimSuffix(last, ".")) {
		return false
	}
	if firstNames[ef.tok(i)] && firstNames[ef.tok(j+1)] {
		return true
	}
	return ef.is(i-1, wBy, wAnd)
}
