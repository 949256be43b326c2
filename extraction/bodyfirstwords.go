package extraction

// Entity spans (branch ent62): a clause's capitalised first word that the article also
// writes in lower case is dropped as a common noun before a name ("Broadcaster NTV
// said"), and so is a sentence starter ("State", "National"), unless it opens a body's
// name (adjectiveOpensBody).

// bodyStarters: the lexicon's sentence starters that may open a body's name ("National
// Security Agency", "State Department"); other starters ("More", "Some") never do.
var bodyStarters = newTokSet(wordSet("body-starters"))

// nationBodyOpeners open bodies' names whose next word may be a nation's name or
// demonym ("International Syria Support Group", "National Iranian Oil Company").
var nationBodyOpeners = newTokSet(map[string]bool{"International": true, "National": true, "Royal": true, "Federal": true})

// nationWord reports whether the word at token k is a country's name or a demonym the
// word lists know ("Syria", "Iranian").
func (ef *entityFinder) nationWord(k int) bool {
	w := ef.tok(k)
	if _, ok := countryOf[w]; ok {
		return true
	}
	_, ok := demonymOf[w]
	return ok
}

// mediaHeads: organization heads that after one common word name a medium, not a body
// ("Local TV", "Social Media"; adjectiveOpensBody).
var mediaHeads = newTokSet(map[string]bool{"tv": true, "television": true, "radio": true, "media": true, "news": true, "network": true, "channel": true, "press": true})

// adjectiveOpensBody reports whether the capitalised word at token i, which opens a
// clause and is written in lower case elsewhere in the article, is the first word of a
// body's name rather than a common word before one: "Federal Aviation Administration
// investigators said" or "Human Rights Watch said" in an article that also has "a
// federal judge" and "the human cost". Either the capitalised run from i (extendSpan)
// is a name the word lists know whole, or the words after i are common words
// (bodyWordInName) with an organization's head or a law's last word among them
// ("Supreme Court", "Royal Navy", "National Organization for Women", "Conservative
// Party"), which name no body without the first word. Not a descriptor or a title's
// modifier ("Broadcaster NTV", "Former House Speaker"), nor a word before a name of its
// own ("Rival Whiting Petroleum Corp", "Top White House officials"), nor a word before a
// medium ("Local TV broadcaster KHOU").
func (ef *entityFinder) adjectiveOpensBody(i, end int) bool {
	w := ef.tok(i)
	l := lowerASCII(w)
	if descriptorNouns.has(l) || titleModifiers.has(w) || ef.toks[i].feat&(lxPersonNoun|lxHonor) != 0 || ef.titleStarts(i) {
		return false
	}
	j := ef.extendSpan(i, end)
	if j < i+2 {
		return false
	}
	if _, ok := orgAlias[ef.span(i, j)]; ok {
		return true
	}
	if ef.known(ef.span(i+1, j)) || j == i+2 && ef.in(i+1, mediaHeads) {
		return false // "Local TV broadcaster KHOU", "Live TV footage": a medium, no name
	}
	head := false
	for k := i + 1; k < j; k++ {
		t := &ef.toks[k]
		if t.kind == tWord && !t.has(fCap) && (ef.is(k, wOf, wFor, wOn, wAnd, wThe)) {
			continue
		}
		if t.feat&lxOrgHead != 0 || lawLastWords.has(ef.tok(k)) {
			head = true
			continue
		}
		if head && (ef.titleStarts(k) || t.kind != tWord) {
			return true // "National Organization for Women President Ann Roe": the title ends it
		}
		if nationBodyOpeners.has(w) && k == i+1 && ef.nationWord(k) {
			continue // "International Syria Support Group", "Royal Saudi Air Force"
		}
		if !ef.bodyWordInName(k) {
			return false
		}
	}
	return head
}
