package extraction

import "strings"

// moreGivenNames are people's given names beyond firstNames (data/given-names.txt, which
// scripts/given-names.sh derives from gofakeit's person data, less every name kg's other
// lists know as a place, a body or an English word). They are a weaker list than
// firstNames, which many readers take as proof of a person: names like "Piper Jaffray",
// "Beverly Hilton" and "Chelsea Green" open on such names too. So they type only a lone
// given name that nothing else types (loneGivenName).
var moreGivenNames = readWords("data/given-names.txt", 1200)

// loneGivenName reports whether token a, a one-word name that nothing else types, is a
// given name of moreGivenNames said of a person: "Jaime tells Brienne", "Finn and Rey".
// Not a storm's name in an article that writes "storm", "hurricane" or "cyclone" ("Cyclone
// Winston", "two named storms, Alberto and Beryl"), not a place's after "in", "at",
// "near" or "over" ("over Dora", "at Reagan and Dulles airports"), not a brand's after
// "&" ("Franklin & Freeman"), and not a word in quotation marks ("a scheme called
// 'Liam'").
func (ef *entityFinder) loneGivenName(a int) bool {
	if !moreGivenNames[ef.tok(a)] {
		return false
	}
	if a > 0 && (ef.is(a-1, wIn, wAt, wNear, wOver) || ef.punct(a-1, '&') || ef.toks[a-1].kind == tOpenQ || ef.punct(a-1, '\'') || ef.tok(a-1) == "‘") {
		return false
	}
	if ef.lowerSeen.has("storm") || ef.lowerSeen.has("storms") || ef.lowerSeen.has("hurricane") || ef.lowerSeen.has("cyclone") {
		return false
	}
	return !ef.opensCompanyName(a)
}

// opensCompanyName reports whether the word at token a opens a company's or a body's
// name elsewhere in the article, the word after it the last word of one ("Tyson" beside
// "Tyson Foods v. Bouaphakeo"): the lone word is that body's short form, no given name.
// A person's full name ("Bart" beside "Bart Migom") and a heading's capitals ("Finn And
// Poe") do not count: their second word ends no body's name.
func (ef *entityFinder) opensCompanyName(a int) bool {
	w := ef.tok(a)
	for j := 0; j+1 < len(ef.toks); j++ {
		if j == a || ef.toks[j].kind != tWord || ef.tok(j) != w {
			continue
		}
		if n := &ef.toks[j+1]; n.kind == tWord && n.has(fCap) && (orgLastWords.has(ef.tok(j+1)) || corpSuffix.has(lowerASCII(ef.tok(j+1))) || n.feat&lxOrgHead != 0) {
			return true
		}
	}
	return false
}

// givenNameAndSurname reports whether the two words of tokens a..b-1 are a given name of
// moreGivenNames and a surname that is an English word too ("Dana Bash", "Blake Lively",
// "Naomi Ages"): a person's name, which notAPerson would otherwise make a body's. Not a
// plural ("Pike and Allen Streets") nor a name sharing its head with one before "and"
// ("the Lewis and Clark Expedition"): the last word is then a common noun of both.
func (ef *entityFinder) givenNameAndSurname(a, b int) bool {
	if b != a+2 || !moreGivenNames[ef.tok(a)] || strings.HasSuffix(ef.tok(b-1), "s") {
		return false
	}
	return !(ef.is(a-1, wAnd) && a >= 2 && ef.toks[a-2].has(fCap))
}
