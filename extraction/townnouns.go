package extraction

// Lone names a town's own nouns type (ent177): "two other Gallatin police officers", "Rainford
// residents", "the Tolland mayor". A one-word name nothing else types is an organization
// by default, and a town the gazetteer does not know lost its places that way; townBeforeNoun
// (names.go) reads the wider list after the towns it knows.

// townOnlyNouns are lower-case nouns a name before them makes a settlement's: its police,
// its mayor, its residents, its suburbs or its neighbourhoods. Not "government" ("the
// Renzi government" is a premier's), nor a site a company has too ("factory", "campus").
var townOnlyNouns = newTokSet(map[string]bool{"police": true, "mayor": true, "residents": true,
	"suburb": true, "suburbs": true, "neighborhood": true, "neighbourhood": true, "villagers": true,
	"townspeople": true})

// townNounAfter reports whether the one-word name at token a, capitalised only at its
// start, stands before one of townOnlyNouns ("Gallatin police"): a town's name. Not a word
// of the English lists ("Capitol police", "Transit police"), an acronym, nor a verb's past
// form opening the sentence ("Leaked police files").
func (ef *entityFinder) townNounAfter(a int) bool {
	b := a + 1
	if b >= len(ef.toks) || ef.toks[b].kind != tWord || ef.toks[b].has(fCap) || !ef.in(b, townOnlyNouns) {
		return false
	}
	return !ef.toks[a].has(fUpper) && !ef.in(a, englishWords) && !pastForm(ef.low(a))
}
