package extraction

// tweetVoice are the words of a tweet writer's own voice: "I", "my", "you", "u".
var tweetVoice = newTokSet(wordSet("tweet-voice"))

// tweetChatter reports whether the figure at token tok is a tweet writer's talk: it is
// inside an embedded tweet (the loaders write it `Writer tweeted: “…”`, the quotation
// running to the paragraph's end) and the tweet's sentence around it speaks in the
// writer's own voice, "I" or "you" ("I met three sweet people", "u have 2 constantly
// defend him", "I would happily pay $50"), outside a quotation of its own in single
// marks ("she heard an officer yell 'put your hands up'"). Such a number is a joke or a
// life, not a count the writer reports; an account's report ("3 officers were shot at
// Main St") names neither. "we" is no sign: a police or agency account speaks so of its own work.
func (ff *figureFinder) tweetChatter(si, tok int) bool {
	q := ff.quoteOf[tok]
	if q == 0 {
		return false
	}
	if q != ff.tweetQuote {
		ff.tweetQuote, ff.tweetFrom = q, ff.tweetOpening(tok)
	}
	a := ff.tweetFrom
	if a < 0 {
		return false
	}
	s := &ff.sents[si]
	inner := false // inside the tweet's own quotation in single marks: another's voice
	for k := a; k < s.b && ff.quoteOf[k] == q; k++ {
		t := &ff.toks[k]
		if t.kind != tWord {
			switch ff.text[t.s:t.e] {
			case "‘":
				inner = true
			case "’":
				inner = false
			case "'":
				inner = t.has(fSpace) || ff.quoteOf[k-1] != q
			}
			continue
		}
		if k >= s.start && !inner && ff.in(k, tweetVoice) {
			return true
		}
	}
	return false
}

// tweetOpening returns the first token of the quote around token tok when the quote is
// an embedded tweet, all of its paragraph after `Writer tweeted:`; else -1.
func (ff *figureFinder) tweetOpening(tok int) int {
	q := ff.quoteOf[tok]
	a := tok
	for a > 0 && ff.quoteOf[a-1] == q {
		a--
	}
	if a < 3 || !ff.tweetedAt(a-3) {
		return -1
	}
	b := tok
	for b+1 < len(ff.toks) && ff.quoteOf[b+1] == q {
		b++
	}
	if _, tweet := ff.tweetWriter(&quoteSpan{open: a - 1, a: a, b: b + 1}); !tweet {
		return -1 // "Trump tweeted: “…”" inside the article's own sentence
	}
	return a
}

// dropTweetChatter drops the figures of figs that are a tweet writer's talk
// (tweetChatter), keeping the order of the others, and marks those that stand in a tweet.
func (ff *figureFinder) dropTweetChatter(si int, figs []figureCand) []figureCand {
	kept := 0
	for i := range figs {
		if ff.quoteOf[figs[i].tok] != 0 {
			if ff.tweetChatter(si, figs[i].tok) {
				continue
			}
			figs[i].tweet = ff.tweetFrom >= 0 // tweetChatter has just looked this quote up
		}
		if kept != i {
			figs[kept] = figs[i]
		}
		kept++
	}
	return figs[:kept]
}
