package extraction

import "github.com/factgraph/kg"

// A toll's own clause: "A couple killed 14 people in San Bernardino, just weeks after
// gunmen killed 130 people in Paris" gives the 130 to the act its passing clause names
// (the gunmen's, in Paris), not to the act or the place of the sentence around it.

// ownClauseAct reports whether the toll at token tok of sentence si lies in a passing
// clause, opened by the conjunction at j (passingClause), that tells of its own act and
// of that act's own place (ownClausePlace: "after gunmen killed 130 people in Paris",
// "following the November attacks in Paris that killed 130"), apart from the place the
// figure would otherwise take (sentencePlace: the place of the sentence's event noun
// nearest the figure, k, else the main event's). The clause's act is k when it lies
// between the conjunction and the figure, else the event noun there nearest the figure
// when k lies past the clause's end ("after attacks in Paris claimed the lives of 130
// people and after a mass shooting in San Bernardino killed 14"). It returns the act's
// type, its place and the clause's date, its own or a look-back's (backDate), "" when
// the clause dates nothing: the day of the sentence's own act is not the passing act's.
// Not a quake's or a storm's ("last year's earthquake that killed 18 people at Base
// Camp"): a region's event, whose "at" names a part of it.
func (ff *figureFinder) ownClauseAct(si, j, k, tok int, sentencePlace, backDate string) (typ, place, date string, ok bool) {
	if j < 0 || k < 0 {
		return "", "", "", false
	}
	s := &ff.sents[si]
	end := s.b
	for x := tok + 1; x < s.b; x++ {
		if ff.punct(x, ',') && !ff.entityAround(x) || ff.punct(x, ';') || ff.toks[x].kind == tDash || ff.is(x, wAfter, wSince, wBefore, wFollowing) {
			end = x
			break
		}
	}
	act := k
	if k > tok && k >= end {
		act = ff.clauseActBefore(j, tok)
	}
	if act <= j || act >= tok {
		return "", "", "", false
	}
	typ = ff.actType(act)
	if kg.Regional(typ) {
		return "", "", "", false
	}
	place = ff.ownClausePlace(j, act, end)
	if place == "" || place == sentencePlace || !ff.apart(place, sentencePlace) {
		return "", "", "", false
	}
	date = ff.dateWithin(si, func(x int) bool { return x > j && x < end })
	if date == "" {
		date = backDate
	}
	return typ, place, date, true
}

// clauseActBefore returns the event noun between the conjunction at j and the toll at
// tok nearest the toll, in the toll's quote or outside any (nearestEventNoun); or -1.
func (ff *figureFinder) clauseActBefore(j, tok int) int {
	for x := tok - 1; x > j; x-- {
		if ff.toks[x].kind == tWord && ff.quoteOf[x] == ff.quoteOf[tok] && ff.eventAt(x) != "" {
			return x
		}
	}
	return -1
}

// ownClausePlace returns the place a passing clause from the conjunction at j to end
// gives its act, the event noun at k: the first named after it behind in/at/near ("killed
// 130 people in Paris", "at an Orlando nightclub", "in the Belgian capital"), else one
// right before it ("the Paris attacks"); or "".
func (ff *figureFinder) ownClausePlace(j, k, end int) string {
	for x := k + 1; x < end; x++ {
		if ff.entityOf(x) < 0 {
			continue
		}
		m := &ff.mentions[ff.entAt[x]]
		if p := ff.actPlaceAt(x); p != "" && placePrep(ff.doc, k, m.a) {
			return p
		}
		x = m.b - 1
	}
	for x := k - 1; x > j && x >= k-4 && ff.toks[x].kind == tWord; x-- {
		if p := ff.actPlaceAt(x); p != "" {
			return p
		}
	}
	return ""
}

// apart reports whether two places lie apart, neither holding the other: two towns of
// different names, or places whose countries differ ("Paris" and "San Bernardino",
// "Baghdad" and "Falluja"; not "Brussels" and "Belgium", "California" and "San
// Bernardino"). A place beside none ("") lies apart from any.
func (ff *figureFinder) apart(place, other string) bool {
	if other == "" {
		return true
	}
	if placeLevel(place, ff.regionName) == 0 && placeLevel(other, ff.regionName) == 0 {
		return true
	}
	c1, c2 := ff.placeCountry(place), ff.placeCountry(other)
	if _, ok := countryNames[place]; ok {
		c1 = place
	}
	if _, ok := countryNames[other]; ok {
		c2 = other
	}
	return c1 != "" && c2 != "" && c1 != c2
}
