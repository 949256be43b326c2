package extraction

// tweetWriterName records the writer of an embedded tweet as one mention. The loaders
// write an embedded tweet as a paragraph of its own, `Writer Name tweeted: “…”`, the
// name copied from the tweet's byline: the page named the writer, so the name is one
// span however it looks. The name reader would cut it ("A$AP Monty" → "AP Monty",
// "God’s Plan Daily" → "Plan Daily"), split it or read a title in it ("President
// Trump", "VIP Lin-Manuel Miranda"); here the whole span gets the usual type rules
// (classifyAndAdd) and no title, role or split; only an honorific before a full name
// ("Dr. Ramani Durvasula") is left out, as the name reader leaves it. A writer written in lower case
// ("chipscoggins") or that opens with no name word is left to the quote reader alone,
// as before.
func (ef *entityFinder) tweetWriterName(si int) {
	s := &ef.sents[si]
	a := s.start
	if a >= s.b || !ef.newlineBefore(a) {
		return
	}
	verb := -1
	for k := a + 1; k < s.b && k-a <= 12; k++ {
		if ef.bylineStop(k) {
			return
		}
		if ef.tweetedAt(k) && k+2 < len(ef.toks) && ef.toks[k+2].kind == tOpenQ {
			verb = k
			break
		}
	}
	if verb < 0 || !ef.isNameWord(a) || !ef.isNameWord(verb-1) && ef.toks[verb-1].kind != tNum {
		return
	}
	for k := a; k < verb; k++ {
		if ef.entAt[k] >= 0 {
			return
		}
	}
	// an honorific before a full name is no part of it ("Dr. Ramani Durvasula")
	for verb-a > 2 && ef.toks[a].feat&lxHonor != 0 {
		a++
	}
	ef.classifyAndAdd(si, a, verb, false)
}
