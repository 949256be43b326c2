package extraction

import "github.com/factgraph/kg"

// An unnamed person who opens the sentence before an aside about them: "One airline
// official, who asked not to be identified, said 40 engines were shipped"; "The source
// close to the bank, who had direct knowledge of the matter, said …". The comma before
// the verb closes the aside (openingAside), so the opening description tells, as it
// would with no aside ("An airline official said"). A named person's description is
// openingSpeaker's, a plural one openingPluralTeller's, a company's describedOpening's.

// openingPersonTeller returns sourceNP's reading of the singular description of one person
// that opens sentence si before a relative clause about them (who) the verb at k closes,
// or "". The description opens with "the", "a", "an" or "one", has at most seven words,
// names no person, holds no "of" (in "the head of another rebel group" the head is not the
// last word) and its last word is a person's head (personHead: "official", "source",
// "inmate"; not "company" or "ministry").
func (ff *figureFinder) openingPersonTeller(si, k int) string {
	if !ff.openingAside(si, k) {
		return ""
	}
	s := &ff.sents[si]
	c := ff.openingComma(si, k)
	if !ff.is(c+1, wWho) || !ff.is(s.start, wThe, wA, wAn, wOne) || !personHead(ff.low(c-1)) {
		return ""
	}
	for j := s.start + 1; j < c; j++ {
		if ff.is(j, wOf) || ff.toks[j].feat&lxPronoun != 0 {
			return ""
		}
		if e := ff.entityOf(j); e >= 0 && ff.ents[e].typ == kg.Person {
			return "" // "The brother of Ann Roe, who …": a named person's description
		}
	}
	return ff.sourceNP(s.start, c)
}
