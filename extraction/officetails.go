package extraction

// Office tails: the words before a title that end in "of" ("Conservative Party of Prime
// Minister David Cameron", "the EPA's Office of Inspector General", "Department of Homeland
// Security Secretary Jeh Johnson"). titledName took them for whose office the title is and
// left a name cut at its "of" ("Office of", "Party of"); read148's audit and ent151's
// sample found such stumps with wrong relations on them (primeMinisterOf "Party of").

// officeOfTail returns where a trailing "of" or "of the" of the words a..e-1 starts, or e
// when they do not end in one (or are nothing but it).
func (ef *entityFinder) officeOfTail(a, e int) int {
	k := e
	if k-1 > a && ef.is(k-1, wThe) {
		k--
	}
	if k-1 > a && ef.is(k-1, wOf) {
		return k - 1
	}
	return e
}
