package extraction

// Halves of a duo: "Penn Jillette, one half of Penn & Teller," and "Ann Roe, one half of
// the comedy duo Roe & Vale," name a person as one of the two members of the act or firm
// named after "of" (memberOf, read by memberOf in ties.go).

// duoNouns are the nouns a kind of duo may end in between "one half of [the]" and its
// name ("the comedy duo", "the design team").
var duoNouns = newTokSet(map[string]bool{"duo": true, "pair": true, "team": true, "partnership": true, "act": true})

// duoHalf returns the token where the body's name should start after "PERSON, one half
// of [the] [lower-case words ending in a duo noun]" following the person of mention m,
// or -1 when no such aside follows.
func (rf *relationFinder) duoHalf(m *mention) int {
	if !rf.punct(m.b, ',') || !rf.is(m.b+1, wOne) || !rf.is(m.b+2, wHalf) || !rf.is(m.b+3, wOf) {
		return -1
	}
	end := rf.sents[m.sent].b
	k := m.b + 4
	if rf.is(k, wThe) {
		k++
	}
	for j := k; j < end && j-k < 3 && rf.toks[j].kind == tWord && !rf.toks[j].has(fCap); j++ {
		if rf.in(j, duoNouns) {
			return j + 1 // "one half of the comedy duo Roe & Vale"
		}
	}
	return k
}
