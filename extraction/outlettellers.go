package extraction

// bareOutletTeller returns the outlet that tokens a..b-1 name when the phrase is only a
// news outlet's listed name (outlet-names, data/relations.txt), bare or before its noun:
// "Forbes estimates his net worth at $12.7 billion", "Forbes magazine estimates …",
// "Forbes values him at $4 billion". A publication of the list that the story never makes
// an entity (a lone capitalised word at a sentence's start) would otherwise tell no one;
// sourceNP asks it last, after every entity and description.
func (ff *figureFinder) bareOutletTeller(a, b int) string {
	if ff.is(a, wThe) {
		a++
	}
	if b > a+1 && ff.is(b-1, wMagazine, wNewspaper, wJournal) {
		b-- // "Forbes magazine"
	}
	if b-a < 1 || b-a > 3 {
		return ""
	}
	for k := a; k < b; k++ {
		if ff.toks[k].kind != tWord || !ff.toks[k].has(fCap) {
			return ""
		}
	}
	if name := ff.span(a, b); outletNames.has(name) {
		return name
	}
	return ""
}

// outletEstimate reports whether candidate c is a news outlet's own estimate — "Forbes
// estimates his net worth at $12.7 billion", "Bloomberg estimated his fortune at …": a
// valuation the outlet makes, which the next sentences do not go on reporting (as
// "officials estimate that …"; the writer's "we imagine a team will cost you $100
// million" after it is the article's voice).
func (ff *figureFinder) outletEstimate(c sourceCand) bool {
	return ff.is(c.tok, wEstimates, wEstimated) && outletName(c.src)
}
