package extraction

// Numbers that count nothing a report tracks, though a noun follows them: an address
// ("the 200 block of West Dallas Street"), a parent's children ("a father of two
// boys"), a run of periods ("four straight quarters", "five business days"), a
// certainty ("100 percent sure") and a vague scale ("a few dozen lawmakers").

// certaintyWords after a percentage make it a figure of speech: "100 percent sure".
var certaintyWords = newTokSet(wordSet("certainty-words"))

// parentNouns before "of" and a number make the number a count of children: "a father
// of two", "the mother of three young girls".
var parentNouns = newTokSet(map[string]bool{"father": true, "mother": true, "parent": true, "grandfather": true, "grandmother": true, "grandparent": true})

// idleNumber reports whether the number at token i, ending before next, is no figure by
// the words around it: an address, a parent's children, a run of periods, a certainty
// or a vague scale.
func (ff *figureFinder) idleNumber(si, i, next int) bool {
	switch {
	case ff.is(next, wBlock) && ff.is(next+1, wOf):
		return true // "the 200 block of West Dallas Street": an address
	case ff.is(i-1, wOf) && ff.inWord(i-2, parentNouns):
		return true // "a father of two boys"
	case ff.is(next, wStraight, wConsecutive, wSuccessive, wBusiness, wWorking, wTrading) && next+1 < len(ff.toks) && ff.toks[next+1].kind == tWord && (ff.toks[next+1].feat&lxTimeUnit != 0 || ff.is(next+1, wQuarters, wSessions, wSeasons, wTerms)):
		return true // "four straight quarters", "five business days": a run of periods
	case ff.is(next, wPercent) && ff.inWord(next+1, certaintyWords) || ff.punct(next, '%') && ff.inWord(next+1, certaintyWords):
		return true // "100 percent sure"
	case ff.is(i, wDozen, wHundred, wThousand) && ff.is(i-1, wFew, wSeveral, wMany):
		return true // "a few dozen lawmakers": no number
	}
	return false
}
