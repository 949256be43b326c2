package extraction

import "strings"

// roleLinks join a teller's role to the unnamed party it serves: "a lawyer for one of
// the men", "a lawyer representing the family" ("an officer at the scene" is where the
// officer stands: placePhraseStart).
var roleLinks = newTokSet(map[string]bool{"for": true, "representing": true})

// roleForSource reads a teller a..b-1 that the article names only by a role and the
// unnamed party it serves: "a", "an", "one" or "another", at most two lower-case words,
// a head that can speak (isPersonish: "lawyer", "official", "spokesman"), a word of
// roleLinks, and two to six lower-case words that name no one ("a lawyer for one of the
// men", "a lawyer representing the family"). It returns the whole phrase, as the report names
// them; "" otherwise ("a spokesman for the Kelso Fire Department" is the department's,
// sourceNP's reading, as is "a spokesman for the ministry" when sourceNP reads "the
// ministry" as one the article named; "a lawyer" alone is no one).
func (ff *figureFinder) roleForSource(a, b int) string {
	if !ff.is(a, wA, wAn, wOne, wAnother) || b-a < 5 || b-a > 11 {
		return ""
	}
	h := a + 1
	for h < b && h-a <= 3 && !ff.in(h+1, roleLinks) {
		h++
	}
	if h >= b-2 || !ff.in(h+1, roleLinks) || !isPersonish(ff.low(h)) {
		return ""
	}
	for j := a; j < b; j++ {
		if t := &ff.toks[j]; t.kind != tWord || t.has(fCap) && j > a || ff.entAt[j] >= 0 || ff.quoteOf[j] != 0 || ff.in(j, auxiliaries) || ff.is(j, wWho, wWhich, wThat, wAnd, wBut, wSaid, wSays) {
			return ""
		}
	}
	if p := ff.sourceNP(h+2, b); p != "" && p != strings.TrimPrefix(ff.span(h+2, b), "the ") {
		return "" // "a spokesman for the ministry" after "the Interior Ministry": the ministry the article named
	}
	return ff.span(a, b)
}
