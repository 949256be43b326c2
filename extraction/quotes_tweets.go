package extraction

// tweetWriter is the writer of an embedded tweet, which the loaders write as a paragraph
// of its own: `Writer Name tweeted: “…”`, the quotation running to the paragraph's end.
// The writer is the speaker whatever the name looks like (an outlet, "SB Nation", a name
// in lower case): the page named them in the tweet's byline, so no reader of names
// needs to find them. The name runs from the paragraph's start, wherever the sentences
// split it ("KARE 11", "Geól. Ana Ruiz"), and holds no comma; the entity whose mention
// covers the whole name gives its fullest name.
func (rd *reader) tweetWriter(q *quoteSpan) (string, bool) {
	verb := q.open - 2 // "tweeted", then the colon before the opening mark
	if verb < 1 || !rd.tweetedAt(verb) || !rd.paragraphEnd(q.b) {
		return "", false
	}
	start := verb // the name's first token: the paragraph's
	for start > 0 && verb-start < 12 && !rd.newlineBefore(start) {
		start--
		if rd.bylineStop(start) {
			return "", false
		}
	}
	if start == verb || !rd.newlineBefore(start) {
		return "", false
	}
	if e := rd.entityOf(start); e >= 0 && rd.entAt[start] == rd.entAt[verb-1] {
		return rd.entName(e), true
	}
	return rd.span(start, verb), true
}

// tweetedAt reports whether token k is the "tweeted:" of a tweet's byline, `Writer
// tweeted: “…”` (the loaders write it so).
func (d *doc) tweetedAt(k int) bool {
	return d.is(k, wTweeted) && d.punct(k+1, ':')
}

// bylineStop reports whether token k can stand in no tweet writer's name: a comma or a
// quotation mark.
func (d *doc) bylineStop(k int) bool {
	return d.punct(k, ',') || d.toks[k].kind == tCloseQ || d.toks[k].kind == tOpenQ
}

// newlineBefore reports whether token k opens a line: the body's start or a line break
// before it.
func (d *doc) newlineBefore(k int) bool {
	if k == 0 {
		return true
	}
	for _, c := range d.text[d.toks[k-1].e:d.toks[k].s] {
		if c == '\n' {
			return true
		}
	}
	return false
}

// paragraphEnd reports whether the closing mark at token b ends its line: the body's
// end or a line break after it.
func (rd *reader) paragraphEnd(b int) bool {
	if b >= len(rd.toks) || rd.toks[b].kind != tCloseQ {
		return false
	}
	return b+1 >= len(rd.toks) || rd.newlineBefore(b+1)
}
