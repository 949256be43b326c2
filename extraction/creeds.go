package extraction

// Creeds: religions, doctrines named after a faith and the names of God ("Islam",
// "Hinduism", "Allah", "Sunni Islam"), which a capitalised word alone would make an
// organization. They are things (Other), as the golds type a goddess; a deity named
// after "the goddess" or "the god" is typed by thing-descriptors (workDescriptor).

var (
	creeds        = newTokSet(wordSet("creeds"))
	creedBranches = newTokSet(wordSet("creed-branches"))
)

// creedName reports whether the name of tokens a..b-1 is a creed's or a deity's: a word
// of the creeds list alone, or after one word of a branch ("Sunni Islam", "Orthodox
// Judaism"). A surname that is a creed's word stays in its person's name ("Yusuf
// Islam" is two words, the first no branch). An exclamation names no deity ("Oh my
// God", "Thank God", "God forbid"): it keeps the type it had.
func (ef *entityFinder) creedName(a, b int) bool {
	switch b - a {
	case 1:
		return creeds.has(ef.tok(a)) && !ef.exclamation(a)
	case 2:
		return creedBranches.has(ef.tok(a)) && creeds.has(ef.tok(a+1))
	}
	return false
}

// exclamation reports whether the word at token a stands in an oath or an exclamation
// ("Oh my God", "Thank God", "God willing", "God knows"), where it names no one.
func (ef *entityFinder) exclamation(a int) bool {
	return ef.is(a-1, wMy, wThank) || ef.is(a+1, wForbid, wWilling, wKnows)
}
