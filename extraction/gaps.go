package extraction

import "github.com/factgraph/kg"

// objectGap reads a relative clause whose object is its antecedent: "the Marrow Reef,
// which Varnia seized in 2011," (Varnia seized the reef), "Birch Labs, which Harbor
// Power acquired last year,", "Ilse Brant, whom Omar Said accused,". The verb at v has a
// name of its own right before it (across "the", a title, auxiliaries and adverbs) that
// opens with "which" or "whom" after a comma and a named antecedent, or with "which"
// inside an appositive that describes one ("Dorn Freight, a carrier which Velland Rail
// bought": describedHead), and no object after it (p, the token after the verb and its
// particle: gapClauseEnds). ", that" after a comma opens what was said more often than a
// relative clause, and is left alone. It returns the clause's subject, the antecedent
// (its object) and the pronoun's token; "", "" and -1 otherwise. actionSubject alone
// takes the antecedent for the subject, as in "Germany, which this week shut its embassy".
func (rf *relationFinder) objectGap(si, v, p int) (subj, obj string, r int) {
	s := &rf.sents[si]
	g := rf.backOverAuxiliaries(s.start, v)
	if g <= s.start || rf.entAt[g] < 0 {
		return "", "", -1
	}
	m := &rf.mentions[rf.entAt[g]]
	if m.b != g+1 || m.demonym || m.ent < 0 {
		return "", "", -1 // "which Ohio regulators fined": the name modifies the subject
	}
	r = m.ta - 1 // "which Defense Secretary Tom Wade ordered"
	if rf.is(r, wThe) {
		r--
	}
	if r <= s.start+1 || !rf.is(r, wWhich, wWhom) {
		return "", "", -1
	}
	ante := ""
	if rf.punct(r-1, ',') {
		ante = rf.entityBefore(r-1, s.start)
	} else if rf.is(r, wWhich) {
		ante = rf.describedHead(r, s.start) // "Dorn Freight, a carrier which Velland Rail bought,"
	}
	if ante == "" {
		return "", "", -1
	}
	sj := rf.entName(m.ent)
	if t := rf.typeOfName(sj); t != kg.Person && t != kg.Organization && t != kg.Place {
		return "", "", -1
	}
	if rf.is(r, wWhom) != (rf.typeOfName(ante) == kg.Person) {
		return "", "", -1 // "whom" stands for a person, "which" and "that" for the rest
	}
	if !rf.gapClauseEnds(p, s.b) {
		return "", "", -1 // "which Varnia views as a threat", "which Apple sued Birch over"
	}
	return sj, ante, r
}

// gapEndWords may open what follows a verb whose object is its relative clause's
// antecedent: a phrase of time, place or charge ("in the 1967 war", "way back in 2008",
// "of fraud"), or the clause's end ("and", "but", "where").
var gapEndWords = newTokSet(map[string]bool{"in": true, "on": true, "at": true, "during": true, "of": true, "way": true,
	"early": true, "last": true, "this": true, "earlier": true, "later": true, "and": true, "but": true, "where": true})

// gapClauseEnds reports whether the words from token p (after a verb) to the end of its
// clause — a comma, semicolon, dash, parenthesis, "and", "but", "where" or the
// sentence's end, at most eight tokens on — leave the verb without an object: they open
// with a gapEndWords word or end at once, and name no entity. A charge after "of"
// ("accused of …") may run longer and name anyone: the verb's object is still the gap.
func (rf *relationFinder) gapClauseEnds(p, end int) bool {
	if p < end && !rf.in(p, gapEndWords) && !rf.clauseBreak(p) {
		return false
	}
	if rf.is(p, wOf) {
		return true // "which Trump accused of not paying its share for U.S. defense": the charge, however long
	}
	for k := p; k < end; k++ {
		if rf.clauseBreak(k) || rf.is(k, wAnd, wBut, wWhere) {
			return true
		}
		if k-p >= 8 || rf.entAt[k] >= 0 {
			return false
		}
	}
	return true
}

// clauseBreak: a comma, dash, parenthesis or full stop at token k.
func (rf *relationFinder) clauseBreak(k int) bool {
	return rf.punct(k, ',') || rf.punct(k, '(') || rf.punct(k, ';') || rf.toks[k].kind == tDash || rf.toks[k].kind == tStop
}

// relativeOwnSubject reports whether the name that ends at token g (right before a verb,
// auxiliaries aside) is the subject of a relative clause that "which", "who" or "whom"
// opens right before it, across "the" and a title: "Quill, which Ada Lind praised Omar
// Said for," — the clause's verb is Lind's, not the antecedent's.
func (rf *relationFinder) relativeOwnSubject(start, g int) bool {
	if g <= start || rf.entAt[g] < 0 {
		return false
	}
	m := &rf.mentions[rf.entAt[g]]
	if m.b != g+1 || m.demonym {
		return false
	}
	r := m.ta - 1
	if rf.is(r, wThe) {
		r--
	}
	return r > start && rf.is(r, wWhich, wWho, wWhom)
}
