package extraction

// Second bodies after "and": a name joined at "of" or "for" goes on past "and" ("Department
// of Health and Human Services", "Port Authority of New York and New Jersey"), but in a
// list of bodies the words after "and" are a second body ("the Houston Association of
// Realtors and Keller Williams", "Bureau of Land Management and U.S. Forest Service",
// "the University of Richmond and Virginia Commonwealth University"). ent151's count over
// the open corpus: about 15 of 95 such fused names were two bodies.

// secondBodyAfterAnd reports whether the name words after the "and" at token j open a
// second name, in a name joined at "of" after a body's head (joinedAt: the first word
// after the join): a capitalised "The" ("… and The Elephant Sanctuary"), an abbreviation or
// acronym ("U.S. Forest Service", "BNP Paribas"), words that own what follows ("… and
// North Dakota's Cass County"), two words or more capped by a company form ("ZTE Corp"),
// three or more capped by a body's head ("Virginia Commonwealth University"), or two words
// or more, no place's name, that the article writes elsewhere as a name of their own
// ("a Keller Williams broker").
func (ef *entityFinder) secondBodyAfterAnd(joinedAt, j, end int) bool {
	k := j + 1
	if k >= end || !ef.isNameWord(k) {
		return false
	}
	h := joinedAt - 2 // the head before the "of" that joined: "Bureau" of "Bureau of Land Management"
	if h > 0 && ef.is(joinedAt-1, wThe) {
		h--
	}
	if h < 0 || ef.toks[h].feat&lxOrgHead == 0 {
		return false // "District of Columbia Fire and Emergency Medical Services Department": no body's head before the join
	}
	if ef.tok(k) == "The" || ef.toks[k].has(fUpper|fAbbr) {
		return true
	}
	e := k
	for e < end && e < k+5 && ef.isNameWord(e) {
		e++
	}
	if e < end && ef.owner(e) {
		return true
	}
	if e-k < 2 {
		return false
	}
	if ef.corpSuffixAt(e-1) || e-k >= 3 && ef.toks[e-1].feat&lxOrgHead != 0 {
		return true
	}
	name := ef.span(k, e)
	if _, ok := countryOf[name]; ok || knownTown(name) || ef.knownPlaceStarts(k) {
		return false
	}
	return ef.namedAloneElsewhere(k, e)
}

// namedAloneElsewhere reports whether the words k..e-1 stand elsewhere in the article as a
// name of their own: the same words, not after "and" or another name word, not before one.
func (ef *entityFinder) namedAloneElsewhere(k, e int) bool {
	n := e - k
	for p := 1; p+n < len(ef.toks); p++ {
		if p == k || ef.toks[p].kind != tWord || ef.tok(p) != ef.tok(k) {
			continue
		}
		same := true
		for q := 1; q < n && same; q++ {
			same = ef.tok(p+q) == ef.tok(k+q)
		}
		if same && !ef.is(p-1, wAnd) && !ef.isNameWord(p-1) && !ef.isNameWord(p+n) {
			return true
		}
	}
	return false
}
