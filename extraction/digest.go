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
	return list && !rd.is(s.b-1, wAbout)
}
