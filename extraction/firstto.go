package extraction

// The agent of an infinitive that completes a superlative description of a name: "Obama,
// the first U.S. president to visit Cuba" (Obama visits Cuba), "Hadid became the first
// woman to win the Pritzker Prize", "Coolidge was the last sitting U.S. president to visit
// Cuba". The description opens with "the" and "first", "last", "only" or "second" and
// runs, in at most six words (a place's name among them: "U.S."), to "to"; the name is
// the one before the comma that opens the appositive, or the subject of "became",
// "becomes", "become", "was" or "is" before "the". A verb of that copula that is not
// asserted gives nothing ("could become the first to").

// superlativeAgent returns the name the superlative description that ends before "to"
// at token g describes, or "".
func (rf *relationFinder) superlativeAgent(si, g int) string {
	s := &rf.sents[si]
	j := g - 1
	for j > s.start && g-j <= 6 && !rf.is(j, wFirst, wLast, wOnly, wSecond) {
		if rf.toks[j].kind != tWord && rf.entAt[j] < 0 {
			return ""
		}
		j--
	}
	if !rf.is(j, wFirst, wLast, wOnly, wSecond) || j == g-1 {
		return ""
	}
	d := j - 1
	if rf.is(d, wAnd) && rf.is(d-1, wLast, wFirst) {
		d -= 2 // "the last and only sitting president"
	}
	if !rf.is(d, wThe) || d-1 <= s.start {
		return ""
	}
	switch c := d - 1; {
	case rf.punct(c, ','):
		return rf.entityBefore(c, s.start)
	case rf.is(c, wBecame, wBecomes, wBecome, wWas, wIs):
		if rf.unasserted(si, c) {
			return ""
		}
		return rf.actionSubject(si, c)
	}
	return ""
}
