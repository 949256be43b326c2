package extraction

// A digest (issue 9): an article of several unrelated items reports none of them as
// its news. findEvents asks listHeadline.

// listHeadline reports whether the headline announces a list of unrelated items: a
// count of "things" about nothing it names ("5 things you need to know Wednesday", not
// "5 things to know about the airport's reopening"). Such a digest tells of each item
// in a few lines; the event of its first item is not its news.
func (rd *reader) listHeadline() bool {
	if rd.headline < 0 {
		return false
	}
	s := &rd.sents[rd.headline]
	list := false
	for x := s.a; x+1 < s.b; x++ {
		if rd.is(x, wAbout) {
			return false
		}
		if (rd.toks[x].kind == tNum || rd.toks[x].feat&lxNumWord != 0) && rd.is(x+1, wThings) {
			list = true
		}
	}
	return list && !rd.is(s.b-1, wAbout) || rd.weeklyLabel() || rd.missedLabel()
}

// missedLabel reports whether the headline opens with the label of a column that
// gathers what the reader missed, before a colon: "While You Were Offline: …", "While
// You Were Sleeping: …", "In Case You Missed It: …". Such a column retells a week's
// items; an event its first lines name (a figure of speech, one item among many) is
// not its news.
func (rd *reader) missedLabel() bool {
	s := &rd.sents[rd.headline]
	colon := rd.labelColon(func(x int) bool { return rd.toks[x].kind == tWord && rd.toks[x].has(fCap) })
	if colon < s.a+3 {
		return false
	}
	a := s.a
	if rd.is(a, wWhile) && rd.is(a+1, wYou) && rd.is(a+2, wWere) {
		return true // "While You Were Offline:"
	}
	for x := a; x+1 < colon; x++ {
		if rd.is(x, wYou) && rd.is(x+1, wMissed) {
			return true // "In Case You Missed It:", "What You Missed:"
		}
	}
	return false
}

// labelColon returns the colon that closes a label opening the headline, within
// weeklyLabelReach words each of which word accepts, or -1 (missedLabel, weeklyLabel).
func (rd *reader) labelColon(word func(x int) bool) int {
	s := &rd.sents[rd.headline]
	for x := s.a; x < s.b && x <= s.a+weeklyLabelReach; x++ {
		if rd.punct(x, ':') {
			return x
		}
		if !word(x) {
			return -1
		}
	}
	return -1
}

// weeklyLabelReach is how many words a headline's label before its colon may have.
const weeklyLabelReach = 6

// weeklyLabel reports whether the headline opens with the label of a weekly column
// before a colon: a short capitalised phrase ending in "This Week", "of the Week" or
// "Week in Review" ("Security News This Week: …", "Space Photos of the Week: …"). Such
// a column gathers the week's items; the event its first lines name is not its news.
// A dated phrase of a claim is no label: "… to sign deal next week: sources" is
// lower case, and "Next Week" or "Last Week" ends none.
func (rd *reader) weeklyLabel() bool {
	s := &rd.sents[rd.headline]
	colon := rd.labelColon(func(x int) bool {
		t := &rd.toks[x]
		return t.kind == tWord && (t.has(fCap) || rd.is(x, wOf, wThe, wIn)) && !rd.is(x, wTo, wWill, wNext, wLast)
	})
	if colon < s.a+2 {
		return false
	}
	last := colon - 1
	review := rd.is(last, wReview) && rd.is(last-1, wIn)
	if review {
		last -= 2 // "The Week in Review:"
	}
	return rd.is(last, wWeek) && (review || rd.is(last-1, wThis, wThe))
}
