package extraction

// Lists of places headed by a plural place noun: "towns including A, B and C",
// "districts such as A and B", "villages like A or B". A member the word lists lack takes
// the type its head gives (Place), not the organization a lone capitalised word is by
// default. This file owns that test; placeListed (nametypes.go) carries a firmly typed
// place on to its neighbour.

var placeListHeads = newTokSet(wordSet("place-list-heads"))

// headedPlaceList reports whether the name of tokens a..b-1 is a member of a list that
// a plural place noun of place-list-heads opens with "including", "such as" or "like":
// it walks back over the members before it (capitalised words, commas, "and", "or") to
// that opener. A member after a comma must be followed by a comma, "and" or "or", so
// that a name after the list ("…, Mara Voss said") is not taken into it. A list with
// an acronym in it is of businesses or programmes ("growth areas like Prime and AWS"),
// not of places.
func (ef *entityFinder) headedPlaceList(si, a, b int) bool {
	start := ef.sents[si].start
	if a-1 < start || b > ef.sents[si].b {
		return false
	}
	if ef.punct(a-1, ',') && (b >= ef.sents[si].b || !ef.punct(b, ',') && !ef.is(b, wAnd, wOr)) {
		return false
	}
	member := func(k int) bool {
		return ef.punct(k, ',') || ef.is(k, wAnd, wOr) || ef.toks[k].kind == tWord && ef.toks[k].has(fCap)
	}
	for k := b; k < ef.sents[si].b && member(k); k++ {
		if ef.upperAcronym(k, k+1) {
			return false
		}
	}
	for k := a; k < b; k++ {
		if ef.upperAcronym(k, k+1) {
			return false
		}
	}
	i := a - 1
	for i >= start && member(i) {
		if ef.upperAcronym(i, i+1) {
			return false
		}
		i--
	}
	switch {
	case ef.is(i, wIncluding, wLike):
	case ef.is(i, wAs) && ef.is(i-1, wSuch):
		i--
	default:
		return false
	}
	i--
	if ef.punct(i, ',') {
		i--
	}
	return i >= start && ef.in(i, placeListHeads)
}
