package extraction

import "strings"

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

// placeCountOpensClause reports whether figure c counts places (placeKinds: "12 states",
// "50 countries") and an auxiliary follows its words, so that the places are the subject
// of their own clause: "Trump won five states …, when 12 states were voting", "According
// to Planned Parenthood, 11 states have concluded investigations". The places are no
// one's: the clause's or the article's name before them is not their subject (it was
// Trump's, Planned Parenthood's). fig150.
func (ff *figureFinder) placeCountOpensClause(c *figureCand) bool {
	m := c.f.Measure
	if k := strings.LastIndexByte(m, ' '); k >= 0 {
		m = m[k+1:]
	}
	if !placeKinds[m] || c.f.Text == "" {
		return false
	}
	end := int(ff.toks[c.qa].s) + len(c.f.Text)
	s := &ff.sents[c.f.Sentence]
	for k := c.tok; k < s.b && k < c.tok+8; k++ {
		if int(ff.toks[k].s) >= end {
			return ff.is(k, wHave, wHas, wHad, wAre, wWere, wWill, wWould, wDid, wDo, wCould, wCan, wMay, wMight, wShould, wMust)
		}
	}
	return false
}
