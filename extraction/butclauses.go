package extraction

// The subject of a verb after "but" that shares the sentence's subject: "Halvorsen
// welcomed the plan but criticized Ostmark", "Lind could not be reached for comment, but
// told Reuters", "Kovac, a Democrat, praised the ruling, but sued Quill" — read as after
// "and" (clauses.go sharedAcrossAnd). After a comma, no subordinating word or relative
// pronoun may stand between the subject and "but": in "Lind repeated that Uber is
// profitable in 200 cities, but is investing in China" the verb after "but" is Uber's.

// butSubject returns the subject the verb after "but" at token g shares with the
// sentence si it opens, or "".
func (rf *relationFinder) butSubject(si, g int) string {
	subj := rf.sharedAcrossAnd(si, g)
	if subj == "" || !rf.punct(g-1, ',') {
		return subj
	}
	for j := rf.sents[si].start; j < g; j++ {
		if rf.toks[j].kind == tOpenQ || rf.is(j, wThat, wWhich, wWho, wWhom, wIf, wWhen, wWhile, wBecause, wAfter, wBefore, wWhere, wWhether, wSince, wUntil, wAlthough, wThough) {
			return ""
		}
	}
	return subj
}
