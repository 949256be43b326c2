package extraction

import "github.com/factgraph/kg"

// Who a "he" or "she" that speaks stands for, when the sentence before opens with a
// fronted clause or a description of office: in "After Tom Baker promised "a quick
// win," the coach shook his head. He said …" the "he" is the coach, the main clause's
// subject, whom the article introduced as "Coach Mike Dalton", not Tom Baker, who spoke
// inside the "After …" clause and is the last person the sentence names.

// mainClauseAt returns where the main clause of prose sentence p begins, after "But" or
// "And" and a fronted phrase or clause up to its comma ("After X promised "a quick win,"
// the coach …", "When Ann Roe said so, John Doe …"); a comma inside a quote counts only
// when the quote closes right after it. quoted reports whether the fronted part held a
// quote. It returns -1 when a fronted phrase has no comma within 60 tokens.
func (rd *reader) mainClauseAt(p int) (m int, quoted bool) {
	s := &rd.sents[p]
	j := s.start
	for j < s.b && (rd.punct(j, ',') || rd.is(j, wBut, wAnd, wYet, wSo)) {
		j++
	}
	if j >= s.b || rd.toks[j].kind != tWord || rd.toks[j].feat&lxFunc == 0 || rd.is(j, wThe, wA, wAn) || rd.subjectPronoun(j) || rd.entAt[j] >= 0 {
		return j, false
	}
	inside := false
	for k := j + 1; k < s.b && k < j+60; k++ {
		switch {
		case rd.toks[k].kind == tOpenQ:
			quoted, inside = true, true
		case rd.toks[k].kind == tCloseQ:
			inside = false
		case rd.punct(k, ',') && (!inside || k+1 < len(rd.toks) && rd.toks[k+1].kind == tCloseQ):
			m = k + 1
			if m < s.b && rd.toks[m].kind == tCloseQ {
				m++ // `"a quick win," the coach`
			}
			return m, quoted
		}
	}
	return -1, false
}

// subjectHolder returns the person whom the main-clause subject at token m stands for,
// when the sex fits (not is the sex it cannot be): a person named there ("John Doe
// laughed"; not an owner, "Doe's aide said") or a description of office the article
// gave one person ("the coach shook his head" after "Coach Mike Dalton", "the foreign
// secretary took aim": officeHolder); "" else.
func (rd *reader) subjectHolder(m, end int, not byte) string {
	if m < 0 || m >= end {
		return ""
	}
	if e := rd.entityOf(m); e >= 0 {
		mi := rd.entAt[m]
		if rd.ents[e].typ != kg.Person || rd.ents[e].gender == not || rd.mentions[mi].a != m || rd.is(rd.mentions[mi].b, wAposS) || rd.tok(rd.mentions[mi].b) == "’s" {
			return ""
		}
		return rd.entName(e)
	}
	if !rd.is(m, wThe) {
		return ""
	}
	for b := m + 2; b < end && b <= m+6 && rd.toks[b-1].kind == tWord; b++ {
		if rd.is(b, wAposS, wOf, wAnd) || rd.tok(b) == "’s" || rd.toks[b].kind == tWord && rd.toks[b].has(fCap) {
			continue // "the coach's wife", "the secretary of state", "the coach Mike Dalton"
		}
		if sp := rd.personWhoFits(rd.officeHolder(m, b), not); sp != "" && rd.typeOfName(sp) == kg.Person {
			return sp
		}
	}
	return ""
}

// frontedQuoteSubject reads prose sentence p. When it opens with a subordinating word
// (after, when, while, although, though, because, since, before, once, until, as, if)
// whose clause holds a quote, it returns the main clause's subject when it can be "he"
// (not = 'F') or "she" (not = 'M'), by subjectHolder ("When Ann Roe called it "a
// waste," John Doe laughed": John Doe). ok is false when the sentence is not of that
// shape or its main subject is no one who fits.
func (rd *reader) frontedQuoteSubject(p int, not byte) (name string, ok bool) {
	s := &rd.sents[p]
	j := s.start
	for j < s.b && (rd.punct(j, ',') || rd.is(j, wBut, wAnd, wYet, wSo)) {
		j++
	}
	if !rd.is(j, wAfter, wWhen, wWhile, wAlthough, wThough, wBecause, wSince, wBefore, wOnce, wUntil, wAs, wIf) {
		return "", false
	}
	m, quoted := rd.mainClauseAt(p)
	if !quoted {
		return "", false
	}
	name = rd.subjectHolder(m, s.b, not)
	return name, name != ""
}

// officeSubject returns the person a description of office that is the main-clause
// subject of prose sentence p stands for ("The coach laughed.", "When X said so, the
// coach laughed.": Coach Mike Dalton), when the sex fits; "" else.
func (rd *reader) officeSubject(p int, not byte) string {
	m, _ := rd.mainClauseAt(p)
	if m < 0 || !rd.is(m, wThe) {
		return ""
	}
	return rd.subjectHolder(m, rd.sents[p].b, not)
}

// frontedOpener returns the token from start (past "But", "And") when it opens a fronted
// clause or phrase, a subordinating word or a preposition of time or place ("When it
// was clear …,", "During the primary,", "In 2008,"); -1 else ("One official, who …,").
func (rd *reader) frontedOpener(start, end int) int {
	j := start
	for j < end && (rd.punct(j, ',') || rd.is(j, wBut, wAnd, wYet, wSo)) {
		j++
	}
	if j < end && rd.is(j, wAfter, wWhen, wWhile, wAlthough, wThough, wBecause, wSince, wBefore, wOnce, wUntil, wAs, wIf, wDuring, wDespite, wIn, wOn, wAt) {
		return j
	}
	return -1
}
