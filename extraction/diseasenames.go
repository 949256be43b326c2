package extraction

// Entity spans (branch ent62): a disease named after a person or a place keeps its noun
// ("Guillain-Barre syndrome", "Alzheimer's disease").

// diseaseNouns end a disease's name written in lower case after a capitalised name.
var diseaseNouns = newTokSet(map[string]bool{"syndrome": true, "disease": true})

// diseaseEnd returns the end of a disease's name that goes on past the name words
// i..j-1 with a lower-case "syndrome" or "disease", straight or after a possessive
// ("Dorran syndrome", "Vell's disease"), or j. The name is one or two words; a
// possessive's owner is no person the article names ("Ann Vell's disease" is hers)
// nor a country or body the word lists know ("Greece's disease control agency").
func (ef *entityFinder) diseaseEnd(i, j, end int) int {
	if j-i > 2 || j >= end || ef.toks[j].has(fCap) {
		return j
	}
	if ef.in(j, diseaseNouns) && ef.toks[j].kind == tWord {
		return j + 1
	}
	if j+1 < end && ef.isMark(j) && !ef.toks[j].has(fSpace) && ef.in(j+1, diseaseNouns) && !ef.toks[j+1].has(fCap) && !ef.personHas(ef.tok(j-1)) && !ef.known(ef.span(i, j)) {
		return j + 2
	}
	return j
}

// diseaseShortForm reports whether the one-word name key w is the name of the disease
// whose key words are tw ("vell" of "vell's disease", "dorran" of "dorran syndrome"),
// as news writes "Vell's" or "Dorran" alone once it has named the disease in full.
func diseaseShortForm(w string, tw []string) bool {
	return len(tw) == 2 && diseaseNouns.has(tw[1]) && (tw[0] == w || tw[0] == w+"'s")
}
