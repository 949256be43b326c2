package extraction

// Reported clauses: the words after a verb of saying are either its speaker put after
// it ("…, said David Gray, a pastor") or the clause it reports ("Walter Brandt, a former
// port official, said the Canadian loan will help Hale …"). A name in a reported clause
// does not speak.

// reportedClauseAfter reports whether the words from token a, right after a verb of
// saying, are the clause it reports: an auxiliary (auxiliaries) comes before the first
// comma, semicolon, quote mark, stop or relative pronoun ("said the U.S. loan will help
// Hale": the loan will, Hale does not say; not "said Jones, who has", "said Jones who
// was").
func (rd *reader) reportedClauseAfter(a, end int) bool {
	for k := a; k < end && k < a+12; k++ {
		switch rd.toks[k].kind {
		case tStop, tOpenQ, tCloseQ:
			return false
		}
		if rd.punct(k, ',') || rd.punct(k, ';') || rd.is(k, wWho, wWhich, wWhose, wWhom) {
			return false
		}
		if rd.in(k, auxiliaries) {
			return true
		}
	}
	return false
}
