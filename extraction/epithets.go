package extraction

import "strings"

// Epithets before a full name: a capitalised common word glued to the front of a person's
// name that the article also gives without it ("Crooked Hillary Clinton", "Little Marco
// Rubio", a book title's "… Plot to Derail Hillary Clinton …", "Whistleblower Edward
// Snowden") is no part of the name. Left whole, the longer span became the person's
// name for every mention, and her quotes and roles went to "Derail Hillary Clinton".
// The word must be one of the common English words and no given name ("Marine Le
// Pen", "Walt Disney World" stay), no title and no start of a place's or a body's name
// ("North Baton Rouge", "USS Donald Cook"); the rest must open on a given name and be
// a name the article gives on its own.

// epithetsBeforeNames trims such a word off every mention that has one, before the
// mentions are grouped into entities.
func (ef *entityFinder) epithetsBeforeNames() {
	var full map[string]bool
	for mi := range ef.mentions {
		m := &ef.mentions[mi]
		if m.b-m.a < 2 || !firstNames[ef.tok(m.a)] || strings.IndexByte(m.name, ' ') < 0 {
			continue
		}
		if full == nil {
			full = map[string]bool{}
		}
		full[m.name] = true
	}
	if full == nil {
		return
	}
	for mi := range ef.mentions {
		m := &ef.mentions[mi]
		if m.b-m.a < 3 || m.name == "" {
			continue
		}
		w := ef.tok(m.a)
		rest, ok := strings.CutPrefix(m.name, w+" ")
		if !ok || !full[rest] || !firstNames[ef.tok(m.a+1)] || !ef.epithetWord(m.a) {
			continue
		}
		m.a++
		m.name = rest
	}
}

// epithetWord reports whether the capitalised word at token i may be an epithet before
// a name: a common English word (SCOWL's two common levels) or a trade ("Rapper"), not a given name, a title, an honorific or the first
// word of a place's or a body's name.
func (ef *entityFinder) epithetWord(i int) bool {
	w := ef.tok(i)
	lw := ef.lowerTok(i)
	if firstNames[w] || !englishWords.has(lw) && !lessCommonWords[lw] && !occupationNoun(lw) && !roleNouns[lw] || ef.toks[i].feat&(lxHonor|lxOrgHead|lxPlaceHead) != 0 {
		return false
	}
	return !placePrefixes.has(w) && !otherPrefixes.has(w) && !ef.titleStarts(i) && !ef.placeStarts(i)
}
