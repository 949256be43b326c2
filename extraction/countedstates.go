package extraction

// numberedStates reports whether "states" at token b, in a noun phrase that opens at a,
// is the plural noun a number before the phrase counts, not the verb of saying it is
// spelled like: "Eleven states sued the administration", "when 11 U.S. states vote",
// "175 states took the first step". A count's noun is read only up to two capitalised
// modifiers ("U.S.") between the number and "states"; a number that closes a
// capitalised label ("Section 3 states that …", "Article Five states") or "states"
// before "that" or a colon stays a verb. fig150: nounPhrase stopped at such a "states"
// when a content word followed, so the count had no noun and was no figure.
func numberedStates(d *doc, a, b, end int) bool {
	if !d.is(b, wStates) || a < 1 || b-a > 2 {
		return false
	}
	for m := a; m < b; m++ {
		if !d.toks[m].has(fCap) {
			return false
		}
	}
	n := a - 1
	if d.toks[n].kind != tNum && d.toks[n].feat&lxNumWord == 0 {
		return false
	}
	if d.is(n-1, wSection, wArticle, wRule, wChapter, wParagraph, wClause, wAmendment, wProposition, wTitle, wPart) {
		return false // "Section 3 states", "Article Five states": a label's number
	}
	return !(b+1 < end && (d.is(b+1, wThat, wAway) || d.punct(b+1, ':'))) // not "Two states away": a distance
}
