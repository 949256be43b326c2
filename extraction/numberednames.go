package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Numbered names: a name whose number is part of it ("Interstate 75", "Chapter 11",
// "Route 9", "Windows 10", "Falcon 9", "Flight 370"). The number after a capitalised word
// that is no place, organization, person or month the word lists know names which one of
// its kind; it is no count or quantity of its own.

// numberedRoads: the words before a number that names a road ("Interstate 75").
// numberedStations: broadcasters whose channel number is left out of their name ("told
// Fox 8": Fox, the station's network).
// ordinalHeads: the words before a number that give a place in a series or a rank ("Game
// 5", "Category 4"), no name.
var (
	numberedRoads    = newTokSet(wordSet("numbered-roads"))
	numberedStations = newTokSet(wordSet("numbered-stations"))
	ordinalHeads     = newTokSet(wordSet("ordinal-heads"))
)

// ordinalAt reports whether token i is a word of a series or a rank alone before the
// number at token i+1 ("in Game 5", "as Category 4", "Season 2"): neither is a name.
func (ef *entityFinder) ordinalAt(i, end int) bool {
	return i+1 < end && ordinalHeads.has(ef.tok(i)) && ef.toks[i+1].kind == tNum && allDigits(ef.tok(i+1))
}

// numberedKind types a name that ends in its number (a..b-1): a road is a place
// ("Interstate 75", "Pennsylvania Route 28"), anything else a thing ("Chapter 11",
// "Falcon 9", "Flight 370"); ok is false when the name ends in no number.
func (ef *entityFinder) numberedKind(a, b int) (kg.EntityType, bool) {
	if b == a+1 && modelCode(ef.tok(a)) {
		if _, known := orgAlias[ef.tok(a)]; !known {
			return kg.Other, true // "a B-52", "flight VS025", "the A320"
		}
	}
	for k := a + 1; k+1 < b && versionWords.has(ef.tok(b-1)); k++ {
		if ef.toks[k].kind == tNum && ef.versionEnd(k+1, b) == b {
			return kg.Other, true // "Windows 10 Anniversary Update", "iPhone 6s Plus"
		}
	}
	if b-a < 2 || ef.toks[b-1].kind != tNum || !allDigits(ef.tok(b-1)) {
		return "", false
	}
	if numberedRoads.has(ef.tok(b - 2)) {
		return kg.Place, true
	}
	return kg.Other, true
}

// numberedNameEnd returns the end of the name a..j-1 with the number at token j when that
// number belongs to it, else j. The number: a whole number of one to four digits, written
// after a space, no year and no leading zero, not run on into a score or a compound
// ("6-1", "4-yard") and followed by no counted noun ("12 delegates", "16 times") unless a
// label word numbers it ("Article 50 negotiations", "Article 50 of the treaty"). The word
// before it: capitalised, neither shouted ("NBC 5") nor plural ("Republicans 10") nor known
// to the word lists as a place, organization, person, month or hedge ("Memphis 106",
// "Almost 100"); after other names, a common word that says what kind of thing is
// numbered ("Malaysia Airlines Flight 370", not "Peter Santilli 50"), and no broadcaster
// ("Fox 8"). In prose only (not a headline's "Bomb Kills 34"), not in a list of scores
// ("Syracuse 82, Virginia 78"), and not before another name ("the Carolina 14 Manning"),
// except a company's that ends in its suffix, to which the name then runs ("Copart 4
// Participações SA").
func (ef *entityFinder) numberedNameEnd(si, a, j int) int {
	s := &ef.sents[si]
	if j >= s.b || si == ef.doc.headline || s.kind != sProse && s.kind != sCaption {
		return j
	}
	t := &ef.toks[j]
	n := ef.tok(j)
	if t.kind != tNum || !t.has(fSpace) || len(n) > 4 || !allDigits(n) && !ef.versionAfterBrand(j) || n[0] == '0' || len(n) == 4 && (n[:2] == "19" || n[:2] == "20") {
		return j
	}
	w := ef.tok(j - 1)
	p := &ef.toks[j-1]
	if p.kind != tWord || !p.has(fCap) || p.has(fUpper) || p.has(fAbbr) || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !ef.productNumber(si, a, j) {
		return j
	}
	for k := a; k < j; k++ {
		if ef.toks[k].feat&(lxMonth|lxDay|lxFunc|lxNumWord|lxQual) != 0 {
			return j
		}
	}
	if ef.known(w) || ef.known(ef.span(a, j)) || firstNames[w] || numberedStations.has(w) || ef.titleStarts(j-1) || j-a > 1 && !ef.in(j-1, englishWords) {
		return j
	}
	if j+1 < s.b {
		next := &ef.toks[j+1]
		numbered := ef.in(j-1, labelWords) || numberedRoads.has(w)
		if !next.has(fSpace) && !((next.kind == tPunct || numbered && next.kind == tStop) && strings.Contains(",.;:)?!\"'’”", ef.tok(j+1))) {
			// "Seahawks 27-23", "Carolina 4-yard line"; a stop after a label's or a road's
			// number ends the name ("under Article 50.", "on Interstate 95."), after
			// another word it may end a score or a drawn number ("and Powerball 10.")
			return j
		}
		if next.kind == tWord && !next.has(fCap) && (next.feat&(lxScale|lxTimeUnit|lxDistUnit|lxPersonNoun|lxGroup) != 0 || pluralNoun(ef.doc, j+1)) && !ef.in(j-1, labelWords) {
			return j // "Cruz 12 delegates", "McDonald 16 times"; not "Article 50 negotiations"
		}
		if ef.is(j+1, wPercent, wTo) || ef.is(j+1, wOf) && !ef.in(j-1, labelWords) {
			return j // "Tier 5 percent", "Top 10 of"; not "Article 50 of the treaty"
		}
		if ef.punct(j+1, ',') && ef.scoreAt(j+2, s.b) {
			return j // "Syracuse 82, Virginia 78"
		}
		if ef.isNameWord(j + 1) {
			// "Copart 4 Participações SA": a company's name goes on to its suffix; another
			// name after the number is a new name ("the Carolina 14 Manning could not")
			for k := j + 1; k < s.b && k <= j+4 && ef.isNameWord(k); k++ {
				if ef.corpSuffixAt(k) {
					return k + 1
				}
			}
			if v := ef.versionEnd(j+1, s.b); v > j+1 {
				return v // "Windows 10 Anniversary Update", "iPhone 6s Plus"
			}
			return j
		}
	}
	if a >= 2 && ef.punct(a-1, ',') && ef.toks[a-2].kind == tNum {
		return j // "Virginia 78, Syracuse 82"
	}
	return j + 1
}

// versionAfterBrand reports whether the number at token j is a model's version of one or
// two digits and one lower-case letter right after a name spelt with a lower-case
// initial ("the iPhone 5c", "an iPhone 6s"), the shape of a product line's variants, not
// a plural of a number ("in their 50s"), which no such name precedes.
func (ef *entityFinder) versionAfterBrand(j int) bool {
	n := ef.tok(j)
	if len(n) < 2 || len(n) > 3 || !camelBrand(ef.tok(j-1)) {
		return false
	}
	c := n[len(n)-1]
	return c >= 'a' && c <= 'z' && allDigits(n[:len(n)-1])
}

// scoreAt reports whether a name and a number start at token k: the second team of a
// list of scores ("…, Virginia 78").
func (ef *entityFinder) scoreAt(k, end int) bool {
	for ; k < end && ef.isNameWord(k); k++ {
	}
	return k < end && ef.toks[k].kind == tNum
}

// allDigits reports whether s is a run of ASCII digits.
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// modelCode reports whether w, one word, is a model's, a craft's or a flight's code of
// capital letters and a number: "B-52", "F-16s", "AR-15", "CH-53E", "A320", "MH370",
// "VS025"; with a hyphen, after a capital and a lower-case letter or after two capitals
// runs joined by a slash ("Su-34", "Il-76", "Mi-28N", "F/A-18"). Such a code names a
// thing (an aircraft, a weapon, a flight), never a person, and a body only rarely
// ("A24"). Without a hyphen the letters are one or two and the number has two digits or
// more, so that a body's or a channel's short name stays one ("G7", "MI5", "VH1", "NY1",
// "ABC15"); "G" is the prefix of the groups of nations
// ("G20", "G-20"), "I-" of an interstate ("I-95", a place).
func modelCode(w string) bool {
	i := 0
	for i < len(w) && w[i] >= 'A' && w[i] <= 'Z' {
		i++
	}
	letters := i
	joined := false // "Su-34", "Mi-28N": a Russian maker's two letters; "F/A-18": two roles
	if letters == 1 && i+1 < len(w) && w[i] >= 'a' && w[i] <= 'z' && w[i+1] == '-' {
		i, letters, joined = i+1, 2, true
	} else if letters >= 1 && letters <= 2 && i < len(w) && w[i] == '/' {
		k := i + 1
		for k < len(w) && w[k] >= 'A' && w[k] <= 'Z' {
			k++
		}
		if k > i+1 && k-i-1 <= 2 && k < len(w) && w[k] == '-' {
			i, letters, joined = k, k-1, true
		}
	}
	hyphen := i < len(w) && w[i] == '-'
	if joined && !hyphen {
		return false
	}
	if hyphen {
		i++
	}
	j := i
	for j < len(w) && w[j] >= '0' && w[j] <= '9' {
		j++
	}
	digits := j - i
	rest := w[j:]
	if rest == "s" || len(rest) == 1 && rest[0] >= 'A' && rest[0] <= 'Z' || len(rest) == 2 && rest[0] >= 'A' && rest[0] <= 'Z' && rest[1] == 's' {
		rest = ""
	}
	if letters == 0 || digits == 0 || digits > 4 || rest != "" {
		return false
	}
	if prefix := w[:letters]; prefix == "G" || prefix == "I" && hyphen {
		return false
	}
	if hyphen {
		return letters <= 3
	}
	return letters <= 2 && digits >= 2
}

// stockIndexEnd returns the end of a stock index's name that runs past the number at
// token j to "Index" or "index" ("the S&P 500 Index rose", "the CSI 300 index fell"), or
// j when none does: an index's number and its last word belong to its name, where
// numberedNameEnd leaves a shouted or ampersand name ("S&P", "CSI") before its number
// and the lone "Index" after it stood as a name of its own. The number: one to four
// digits after a space, no year; the name before it ends in a capitalised word. A name
// that numberedNameEnd already ran to its number ("Brennick 300") takes the word after.
func (ef *entityFinder) stockIndexEnd(si, a, j int) int {
	s := &ef.sents[si]
	if j >= s.b || j == a || si == ef.doc.headline {
		return j
	}
	if j-a >= 2 && ef.toks[j-1].kind == tNum && ef.toks[j].has(fSpace) && (ef.tok(j) == "Index" || ef.tok(j) == "index") {
		return j + 1 // "the Brennick 300 index": numberedNameEnd took the number already
	}
	if j+1 >= s.b {
		return j
	}
	t, n := &ef.toks[j], ef.tok(j)
	if t.kind != tNum || !t.has(fSpace) || len(n) > 4 || !allDigits(n) || n[0] == '0' || len(n) == 4 && (n[:2] == "19" || n[:2] == "20") {
		return j
	}
	if p := &ef.toks[j-1]; p.kind != tWord || !p.has(fCap) {
		return j
	}
	if !ef.toks[j+1].has(fSpace) || ef.tok(j+1) != "Index" && ef.tok(j+1) != "index" {
		return j
	}
	return j + 2
}

// versionWords end a product's variant or release after its number (data/names.txt).
var versionWords = newTokSet(wordSet("version-words"))

// versionEnd returns the end of the capitalised words from token k (at most three) that
// name a product's variant or release after its number, the last of them a version word
// ("Anniversary Update", "Plus", "Pro"); k when they do not.
func (ef *entityFinder) versionEnd(k, end int) int {
	for n := k; n < end && n < k+3 && ef.isNameWord(n) && ef.toks[n].has(fCap); n++ {
		if versionWords.has(ef.tok(n)) && !ef.possessiveAt(n+1) {
			return n + 1
		}
	}
	return k
}

// productNumber reports whether the number at token j, after the name opening at token a,
// numbers a product's release, so that a word ending in "s" before it is no plural ("its
// Windows 10", "Windows 10 Anniversary Update", "the Windows 10 software"): an owner's
// possessive before the name, a version word after the number or a product's noun.
func (ef *entityFinder) productNumber(si, a, j int) bool {
	end := ef.sents[si].b
	if j+1 >= end {
		return false
	}
	if ef.ownerBefore(si, a-1) || ef.versionEnd(j+1, end) > j+1 {
		return true
	}
	w := ef.low(j + 1)
	return ef.toks[j+1].kind == tWord && !ef.toks[j+1].has(fCap) && (ownedProductNouns.has(w) || productHeads.has(w))
}
