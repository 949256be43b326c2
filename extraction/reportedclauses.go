package extraction

import "strings"

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

// clauseAfterName reports whether the name that opens at token a (after "the" or not),
// right after a verb of saying, is the subject of the clause it reports: a past verb,
// "must" or "should" follows the name ("Mark Dunn, a lawyer, said Kestrel Corp owed $64
// million": Kestrel owed, Dunn said), not a comma, a preposition or a description
// ("…, said Ann Roe, a spokeswoman", "…, said Ann Roe in a statement"). auxiliaryIn reads
// the auxiliaries.
func (ff *figureFinder) clauseAfterName(a int) bool {
	if ff.is(a, wThe) {
		a++
	}
	m := ff.namedMentionAt(a)
	if m == nil || m.b >= len(ff.toks) {
		return false
	}
	t := &ff.toks[m.b]
	if t.kind != tWord || t.has(fCap) || ff.quoteOf[m.b] != 0 {
		return false
	}
	if ff.is(m.b, wMust, wShould) {
		return true
	}
	w := ff.low(m.b)
	return len(w) > 3 && strings.HasSuffix(w, "ed") && t.feat&(lxFunc|lxPronoun) == 0 && !ff.is(m.b, wBased)
}
