package extraction

// Scriptures, charters and languages: a holy book ("the Bible", "the Koran"), a
// constitution ("the Constitution", "the U.S. Constitution") and a tongue ("in
// Arabic", "Mandarin speakers") are things (Other), which a capitalised word alone would
// make an organization and a preposition of place a place. This file owns that test.

var (
	scriptures         = newTokSet(wordSet("scriptures"))
	scriptureModifiers = newTokSet(wordSet("scripture-modifiers"))
	languages          = newTokSet(wordSet("languages"))
)

// scriptureName reports whether the name of tokens a..b-1 is a scripture's, a
// constitution's or a language's: a word of the scriptures list alone, or after a place
// the gazetteer knows or a word of scripture-modifiers ("Tennessee Constitution", "Holy
// Bible"), or a word of the languages list alone. A person whose surname is such a word
// ("Laura Koran") keeps the type of a person: her first name is no place nor modifier.
func (ef *entityFinder) scriptureName(a, b int) bool {
	last := ef.tok(b - 1)
	if b == a+1 {
		return scriptures.has(last) || languages.has(last)
	}
	if !scriptures.has(last) {
		return false
	}
	if b == a+2 && scriptureModifiers.has(ef.tok(a)) {
		return true
	}
	_, place := countryOf[ef.span(a, b-1)]
	return place
}
