package extraction

import "github.com/factgraph/kg"

// A teller that opens the sentence with an aside after it: "H2 Gambling Capital, which
// provides forecasts for the industry, said any nationwide initiative would create a
// market worth $10 billion"; "Police officials, who have interviewed the driver, said 12
// people were hurt". The comma before "said" closes the aside, so what follows the verb
// is the statement, not "said X" ("…, said Ann Roe"): the opening subject tells, as
// openingName, openingSpeaker and describedOpening read it; a plural description that
// names no one ("Police officials") tells as itself.

// openingAside reports whether sentence si opens with a few words (openingComma) and a
// relative clause after them ("NAME, which …," / "Police officials, who …,") that the
// comma right before the verb at k closes, with no comma inside it.
func (ff *figureFinder) openingAside(si, k int) bool {
	c := ff.openingComma(si, k)
	if c < 0 || !ff.punct(k-1, ',') || c+1 >= k-1 || !ff.is(c+1, wWho, wWhich) {
		return false
	}
	for j := c + 1; j < k-1; j++ {
		if ff.punct(j, ',') || ff.punct(j, ';') {
			return false // "Lhakpa Sherpa, who works in Connecticut, reached the peak, said Rajiv Shrestha": the aside closed before
		}
	}
	return true
}

// openingPluralTeller returns the plural description of speakers that opens sentence si
// before an aside the verb at k closes ("Police officials, who …, said"): sourceNP's
// reading of it, or "". Four words at most, its last a plural speaker's head, and no
// person's name in it.
func (ff *figureFinder) openingPluralTeller(si, k int) string {
	if !ff.openingAside(si, k) {
		return ""
	}
	s := &ff.sents[si]
	c := ff.openingComma(si, k)
	if c-s.start > 4 || !ff.is(c+1, wWho) {
		return ""
	}
	head := ff.low(c - 1)
	if !isPersonish(head) || !plural(head) {
		return ""
	}
	for j := s.start; j < c; j++ {
		if e := ff.entityOf(j); e >= 0 && ff.ents[e].typ == kg.Person {
			return ""
		}
	}
	return ff.sourceNP(s.start, c)
}
