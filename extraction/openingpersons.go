package extraction

import "github.com/factgraph/kg"

// An unnamed person who opens the sentence before an aside about them: "One airline
// official, who asked not to be identified, said 40 engines were shipped"; "A senior
// official, speaking on condition of anonymity, said …"; "One diplomat, asked about the
// talks, said …". The comma before the verb closes the aside, so the opening description
// tells, as it would with no aside ("An airline official said"). A named person's
// description is openingSpeaker's, a plural one openingPluralTeller's, a company's
// describedOpening's.

// openingPersonTeller returns sourceNP's reading of the singular description of one person
// that opens sentence si before an aside about them — a relative clause ("who …") or a
// participle of speaking or being asked ("speaking on condition of anonymity", "asked
// about …") — that the comma right before the verb at k closes, with no comma inside it;
// or "". The description opens with "the", "a", "an" or "one", has at most seven words
// (openingComma), names no person, holds no "of" (in "the head of another rebel group"
// the head is not the last word) and its last word is a person's head (personHead:
// "official", "source", "diplomat"; not "company" or "ministry").
func (ff *figureFinder) openingPersonTeller(si, k int) string {
	s := &ff.sents[si]
	c := ff.openingComma(si, k)
	if c < 0 || !ff.punct(k-1, ',') || c+1 >= k-1 || !ff.is(c+1, wWho, wSpeaking, wAsked) {
		return ""
	}
	for j := c + 1; j < k-1; j++ {
		if ff.punct(j, ',') || ff.punct(j, ';') {
			return "" // the aside closed before: not the opening description's verb
		}
	}
	if !ff.is(s.start, wThe, wA, wAn, wOne) || !personHead(ff.low(c-1)) {
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
