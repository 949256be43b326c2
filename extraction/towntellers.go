package extraction

// This file reads a teller whose phrase ends on a town and its state set off by commas:
// "Emory University in Atlanta, Georgia, said two of its students were killed", "Police
// in Norfolk, Virginia, said three men were shot". The comma after the state closes the
// place, not an apposition, so the teller is the phrase before "in".

// townTeller returns the source the phrase before the verb of saying at k names when
// that phrase ends on "in", "of" or "from", a town, a comma and its state (the comma
// before k is the state's: placeComma), or "".
func (ff *figureFinder) townTeller(k, start int) string {
	if !ff.punct(k-1, ',') || !ff.placeComma(k-1) {
		return ""
	}
	c := k - 2
	for c > start && k-c < 6 && !ff.punct(c, ',') {
		c--
	}
	if !ff.punct(c, ',') || !ff.placeComma(c) {
		return ""
	}
	i := c - 1
	for i > start && c-i <= 3 && ff.toks[i].kind == tWord && ff.toks[i].has(fCap) {
		i--
	}
	if i == c-1 || !ff.is(i, wIn, wOf, wFrom) {
		return ""
	}
	a := i
	for a > start && i-a < 8 && !ff.punct(a-1, ',') && !ff.punct(a-1, ';') && ff.toks[a-1].kind != tCloseQ && !ff.is(a-1, wThat) {
		a--
	}
	if a == i {
		return ""
	}
	return ff.sourceNP(a, i)
}
