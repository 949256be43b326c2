package extraction

// A source brought in after "according to" and taken up again with "the": "…, according
// to people familiar with the matter. … the people said this week." earlierSource finds
// the fuller description of the head where a verb of saying follows it (sourceAt); this
// reads the head in "according to" as its introduction too.

// accordingSourceAt returns the phrase "according to" opens when its head noun is token
// k — "according to people familiar with the matter", "according to two sources close
// to the deal" — from the word after "to" up to a comma or the sentence's end, within 8
// words past the head; or "" when "according to" does not stand before it, with at most
// a determiner or number word between, or the phrase is the head alone.
func (ff *figureFinder) accordingSourceAt(k int) string {
	a := k
	for a > 0 && k-a < 2 && (ff.is(a-1, wA, wAn) || ff.toks[a-1].feat&lxNumWord != 0) {
		a--
	}
	if !ff.is(a-1, wTo) || !ff.is(a-2, wAccording) || ff.is(a, wThe) {
		return ""
	}
	end := ff.sents[ff.sentOf(k)].b
	b := k + 1
	for b < end && b-k <= 8 && ff.toks[b].kind == tWord && ff.quoteOf[b] == 0 {
		b++
	}
	if b == k+1 || b < end && b-k > 8 {
		return "" // the head alone, or a phrase that runs on into a clause
	}
	return ff.sourceNP(a, b)
}
