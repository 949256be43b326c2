package extraction

// tweetVoice are the words of a tweet writer's own voice: "I", "my", "you", "u".
var tweetVoice = wordSet("tweet-voice")

// tweetChatter reports whether the figure at token tok is a tweet writer's talk: it is
// inside an embedded tweet (the loaders write it `Writer tweeted: “…”`, the quotation
// running to the paragraph's end) and the tweet's sentence around it speaks in the
// writer's own voice, "I" or "you" ("I met three sweet people", "u have 2 constantly
// defend him", "I would happily pay $50"), outside a quotation of its own in single
// marks ("she heard an officer yell 'put your hands up'"). Such a number is a joke or a life, not a count
// the writer reports; an account's report ("3 officers were shot at Main St") names
// neither. "we" is no sign: a police or agency account speaks so of its own work.
func (ff *figureFinder) tweetChatter(si, tok int) bool {
	q := ff.quoteOf[tok]
	if q == 0 {
		return false
	}
	a := tok
	for a > 0 && ff.quoteOf[a-1] == q {
		a--
	}
	if a < 3 || !ff.tweetedAt(a-3) {
		return false
	}
	b := tok
	for b+1 < len(ff.toks) && ff.quoteOf[b+1] == q {
		b++
	}
	if _, tweet := ff.tweetWriter(&quoteSpan{open: a - 1, a: a, b: b + 1}); !tweet {
		return false // "Trump tweeted: “…”" inside the article's own sentence
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
		if k >= s.start && !inner && tweetVoice[ff.low(k)] {
			return true
		}
	}
	return false
}

// dropTweetChatter drops the figures of figs that are a tweet writer's talk
// (tweetChatter).
func (ff *figureFinder) dropTweetChatter(si int, figs []figureCand) []figureCand {
	kept := figs[:0]
	for _, f := range figs {
		if !ff.tweetChatter(si, f.tok) {
			kept = append(kept, f)
		}
	}
	return kept
}
