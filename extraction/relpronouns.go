package extraction

import (
	"slices"

	"github.com/factgraph/kg"
)

// pronounActor resolves "he" or "she" at token i as the subject of a relation's verb
// ("He met Wright", "She also praised X"). The pronoun's own sentence decides first,
// as for every he/she (pronoun: "Brandt said she had met Vale"). A pronoun that opens
// its main clause looks back to the prose sentence before: when that sentence names
// one person who can be the pronoun (outside quotes), that person; when it names
// several, the one its main clause opens with if that one alone is known to be of the
// pronoun's sex — else nobody: "Ada Brandt met Piet Vale. She praised X" is not
// Vale's by nearness, and a wrong subject is worse than none. A sentence before that
// opens with the same pronoun passes the question on to its own ("She met Vale. She
// praised X": the first "she", not Vale). A sentence before that
// names no one who fits leaves the usual answer (the last person named, pronoun). The
// subject the main clause opens with is the one when every other person who fits
// stands in a fronted phrase before it or after a preposition ("was appointed by
// President X", "a meeting with Y", "the target of an attack by Z").
func (rd *reader) pronounActor(i int) string {
	return rd.pronounActorAt(i, 0)
}

// lastPersonBut returns the last person named before the pronoun at token i (outside
// quotes, within 800 tokens) who can be it by sex and is not name; "" for none.
func (rd *reader) lastPersonBut(i int, name string) string {
	not := byte('F')
	if rd.is(i, wShe) {
		not = 'M'
	}
	for k := i - 1; k >= 0 && k > i-800; k-- {
		if rd.quoteOf[k] != 0 {
			continue
		}
		if e := rd.entityOf(k); e >= 0 && rd.ents[e].typ == kg.Person && rd.ents[e].gender != not && rd.entName(e) != name {
			return rd.entName(e)
		}
	}
	return ""
}

// pronounActorAt is pronounActor for a pronoun depth sentences after the one asked
// about, each of them opening with the same pronoun (at most six are followed back).
func (rd *reader) pronounActorAt(i, depth int) string {
	if !rd.is(i, wHe, wShe) {
		return rd.pronoun(i)
	}
	si := rd.sentOf(i)
	if si >= len(rd.sents) {
		return rd.pronoun(i)
	}
	s := &rd.sents[si]
	if k := rd.frontedClauseEnd(s.start, i+1); k != i || rd.personBefore(si, i, 0) != "" {
		return rd.pronoun(i) // "Brandt said she …", "After Brandt won, she …"
	}
	not, want := byte('F'), byte('M')
	if rd.is(i, wShe) {
		not, want = 'M', 'F'
	}
	p := si - 1
	for p >= 0 && (p == rd.headline || rd.sents[p].kind != sProse) {
		if rd.sents[p].kind == sHeading {
			return rd.pronoun(i)
		}
		p--
	}
	if p < 0 {
		return rd.pronoun(i)
	}
	ps := &rd.sents[p]
	if k := rd.frontedClauseEnd(ps.start, ps.b); k >= 0 && k < ps.b && rd.quoteOf[k] == 0 && rd.low(k) == rd.low(i) && depth < 6 {
		// "He went on to frame Trump as a candidate. He attacked Trump's plans": a
		// sentence before whose main clause opens with the same pronoun tells of the
		// same person, not of the one it names after its verb
		return rd.pronounActorAt(k, depth+1)
	}
	var fit []int
	for k := ps.start; k < ps.b; k++ {
		if rd.quoteOf[k] != 0 {
			continue
		}
		if e := rd.entityOf(k); e >= 0 && rd.ents[e].typ == kg.Person && rd.ents[e].gender != not && !slices.Contains(fit, e) {
			fit = append(fit, e)
		}
	}
	switch {
	case len(fit) == 0:
		return rd.pronoun(i)
	case len(fit) == 1:
		return rd.entName(fit[0])
	}
	subj, _ := rd.openingPerson(p, ps.b, not)
	if subj != "" && !rd.rivalAfterSubject(p, subj, not) {
		return subj // "Appointed by President X in 1986, Scalia became …. He opposed"
	}
	known := -1
	for _, e := range fit {
		if rd.ents[e].gender == want {
			if known >= 0 {
				return ""
			}
			known = e
		}
	}
	if known >= 0 && subj == rd.entName(known) {
		return subj
	}
	return ""
}

// rivalAfterSubject reports whether prose sentence p names, after the first mention of
// its subject subj and outside quotes, another person who can be "he" (not = 'F') or
// "she" (not = 'M') and who is no preposition's object: an object of the verb ("X met
// Y"), a second subject ("X and Y"), the subject of a clause ("X said Y would …").
func (rd *reader) rivalAfterSubject(p int, subj string, not byte) bool {
	ps := &rd.sents[p]
	seen := false
	for mi := range rd.mentions {
		m := &rd.mentions[mi]
		if m.sent != p || m.ent < 0 || rd.quoteOf[m.a] != 0 {
			continue
		}
		if rd.entName(m.ent) == subj {
			seen = true
			continue
		}
		if !seen || rd.ents[m.ent].typ != kg.Person || rd.ents[m.ent].gender == not {
			continue
		}
		if !rd.afterPreposition(m.a, ps.start) {
			return true
		}
	}
	return !seen
}
