package extraction

// Writing to someone: "Lund wrote to President Wade", "Velland has written to the
// commission", "Lund wrote a letter to Wade and Moss", "wrote an open letter to the
// board". The writer speaks to each one named after "to" (spokeTo, as the noun reads
// "Lund's letter to Wade": actionnouns.go), a person, a body or a group; a place is
// where a letter went, not who read it. A country or a bloc may write (its government's
// letter): unlike spoken words, a letter is the sender's own. An outlet written to is
// saidToOutlet's (outlettold.go); an aim ("plans to write to"), a hedge ("may write to")
// or a negation gives nothing.

// writingVerbs are the forms of "write" that state a letter sent.
var writingVerbs = newTokSet(map[string]bool{"wrote": true, "writes": true, "written": true})

// letterNouns are the nouns of what is written to someone: "wrote a letter to".
var letterNouns = newTokSet(map[string]bool{"letter": true, "letters": true, "note": true, "email": true,
	"e-mail": true, "message": true})

// wroteTo reads the shapes above at token v (the word w) of sentence si and reports
// whether it read one.
func (rf *relationFinder) wroteTo(si, v int, w string) bool {
	if !rf.mayBe(v, w, wcWriting) || !writingVerbs.has(w) || w == "written" && !rf.perfect(si, v) {
		return false // "a report written to": a participle after its noun
	}
	s := &rf.sents[si]
	k := rf.letterWritten(v+1, s.b)
	if !rf.is(k, wTo) {
		return false
	}
	if rf.unasserted(si, v) || rf.hedged(si, v) || rf.intentionGoverned(si, v) {
		return true
	}
	if rf.runOn(rf.skipThe(k+1), s.b) == nil {
		return false // "wrote to his colleagues in Velland": no name opens the phrase
	}
	hearers := rf.actionObject(si, k+1, "spokeTo")
	if hearers == "" {
		return false
	}
	subj := rf.actionSubject(si, v)
	if subj == "" {
		return true
	}
	for ob := range nameList(hearers).all() {
		if spokenTo(rf.typeOfName(ob)) {
			rf.relateEach(si, nameList(subj), "spokeTo", ob, rf.span(v, min(s.b, k+4)), namedParty)
		}
	}
	return true
}

// letterWritten returns the token after the letter a writing verb's object names when
// one opens at token k ("a letter", "an open letter", "a two-page letter"), across an
// article and at most two modifiers; k when none does.
func (rf *relationFinder) letterWritten(k, end int) int {
	if !rf.is(k, wA, wAn, wThe) {
		return k
	}
	for j := k + 1; j < end && j <= k+3; j++ {
		if rf.in(j, letterNouns) && rf.toks[j].kind == tWord {
			return j + 1
		}
		if !rf.actModifier(j) {
			break
		}
	}
	return k
}
