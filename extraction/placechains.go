package extraction

import "strings"

// Entity spans (branch ent62): a town before a company's name that the word lists know
// ("a Milwaukee Wal-Mart") names where the company's shop or office is: two names.

// placeBeforeOrg returns where the company's name starts in a span a..b-1 that is a
// place the word lists know, one or two words, and then an organization's name they
// know, of a capital and lower-case letters ("a Lakeview Wal-Mart", "the Toledo
// Starbucks"), or a: the place and the company are two names. Not a name the lists
// know whole ("Kenya Red Cross" when listed), nor an organization whose own name holds
// the place ("Chicago Bulls" from "Bulls"), nor a country's or a region's name before
// it, nor a body whose name has an organization's or a place's head, which a state or
// a town has its own of ("Alabama Supreme Court", "Michigan Senate", "Dallas Fed" for
// the Federal Reserve).
func (ef *entityFinder) placeBeforeOrg(a, b int) int {
	if b-a < 2 || b-a > 4 {
		return a
	}
	whole := ef.span(a, b)
	if _, ok := orgAlias[whole]; ok {
		return a
	}
	if _, ok := countryOf[whole]; ok {
		return a
	}
	for k := a + 1; k <= a+2 && k < b; k++ {
		if ef.toks[k].has(fUpper) || ef.toks[k].kind != tWord {
			continue // acronyms: placeBeforeAcronym
		}
		place := ef.span(a, k)
		c, ok := countryOf[place]
		if !ok || c == place || regionNations.has(place) {
			continue
		}
		if _, country := countryNames[place]; country {
			continue
		}
		if !ef.allCapitalised(k, b) {
			continue // "Michigan House of Representatives": the state's own chamber
		}
		org, ok := orgAlias[ef.span(k, b)]
		if !ok || strings.Contains(org, place) || headedBody(org) {
			continue
		}
		return k
	}
	return a
}

// headedBody reports whether the organization's name org has a word the lexicon holds
// as an organization's or a place's head ("Supreme Court", "Federal Reserve"), unlike a
// company's or a movement's own name ("Planned Parenthood", "Wal-Mart").
func headedBody(org string) bool {
	for _, w := range strings.Fields(org) {
		if e := lookupLex(w); e != nil && e.feat&(lxOrgHead|lxPlaceHead) != 0 {
			return true
		}
	}
	return false
}

// allCapitalised reports whether every token a..b-1 is a capitalised word.
func (ef *entityFinder) allCapitalised(a, b int) bool {
	for k := a; k < b; k++ {
		if ef.toks[k].kind != tWord || !ef.toks[k].has(fCap) {
			return false
		}
	}
	return true
}
