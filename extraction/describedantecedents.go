package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// A described person as the antecedent of "he said" / "she said": "A spokeswoman for
// the Harlow Trust had no comment. … '…,' she said" is the trust's spokeswoman, and "A
// man who answered the shop's phone would not comment. '…,' he said" is that man, not a
// person quoted paragraphs before. speakerPronoun asks describedSubject for each prose
// sentence it looks back over, after the sentence's speaker and opening name, before
// the last person the sentence names: a sentence whose subject introduces someone
// without a name is where the chain of "he said" starts.

// describedSubject returns the speaker for the pronoun when prose sentence p opens (after
// a conjunction or a fronted phrase) with an indefinite description of one person (a,
// an, one, another; up to five modifiers; a lower-case singular head that can speak)
// whose sex can be the pronoun's (not is the sex it cannot be): the organization a
// "for|of|at|with" phrase right after the head names ("a spokeswoman for X": the body,
// as a spokesman's words go to the body named), else the description as main writes an
// unnamed speaker ("a man"). ok is false when the sentence opens with no such
// description, when the description names a person (the rules for names read it), or
// when it holds "his", "her" or "their" (someone else is in view: "A source in his
// ministry had said …. Asked …, he said" is the minister).
func (rd *reader) describedSubject(p, si int, not byte) (string, bool) {
	s := &rd.sents[p]
	k := rd.frontedClauseEnd(s.start, s.b)
	if k < 0 || k >= s.b || !rd.is(k, wA, wAn, wOne, wAnother) || rd.quoteOf[k] != 0 {
		return "", false
	}
	if rd.personIn(s.start, k) {
		return "", false // "X was Jane Roe, a senior executive who …": an apposition, not the subject
	}
	for q := p + 1; q < si; q++ {
		if rd.sents[q].kind == sProse && !rd.opensWith(q, not) && rd.personIn(rd.sents[q].start, rd.sents[q].b) {
			return "", false // a person named since (whose sex the text may not say)
		}
	}
	h := -1
	for j := k + 1; j < s.b && j <= k+6; j++ {
		t := &rd.toks[j]
		if rd.quoteOf[j] != 0 || t.kind == tOpenQ || t.kind == tCloseQ {
			return "", false
		}
		if t.kind != tWord {
			if t.kind == tNum || t.kind == tPunct && rd.text[t.s] == '-' {
				continue // "one 20-year-old student"
			}
			return "", false
		}
		if e := rd.entityOf(j); e >= 0 && rd.ents[e].typ == kg.Person {
			return "", false
		}
		if rd.toks[j].feat&(lxFunc|lxPronoun|lxSpeech) != 0 {
			return "", false
		}
		w := rd.low(j)
		if !t.has(fCap) && personHead(w) {
			h = j
			break
		}
	}
	if h < 0 || rd.is(h+1, wAposS) || rd.tok(h+1) == "’s" || rd.punct(h+1, ',') && rd.nameWithin(h+2, min(s.b, h+6)) {
		return "", false // "A spokesman's statement", "A spokeswoman, Ann Lee," (openingPerson's)
	}
	if g := sexOfHead(rd.low(h)); g != 0 && g == not {
		return "", false
	}
	for j := k; j < s.b && j < h+12; j++ {
		if rd.is(j, wHis, wHer, wTheir) {
			return "", false
		}
		if rd.punct(j, ',') {
			if rd.personIn(j+1, min(s.b, j+4)) {
				return "", false // "A friend of mine, John Roe, left …": the name's
			}
			break
		}
	}
	for j := k + 1; j < h; j++ {
		if e := rd.entityOf(j); e >= 0 && rd.ents[e].typ == kg.Organization {
			return rd.entName(e), true // "A Netflix spokeswoman": the body, as speakerNP reads it
		}
	}
	if rd.is(h+1, wFor, wOf, wAt, wWith) {
		j := h + 2
		if rd.is(j, wThe) {
			j++
		}
		if e := rd.entityOf(j); e >= 0 && !rd.titledPersonRun(j, s.b) {
			if rd.ents[e].typ == kg.Organization {
				return rd.entName(e), true
			}
			if rd.ents[e].typ != kg.Person {
				return "", false // a place's spokesman: not read here
			}
		}
		// a person's spokeswoman ("a spokeswoman for British Prime Minister David
		// Cameron") speaks for him but is not him, nor anyone named before: the
		// description, as for "a man"
	}
	if d := rd.description(k, h+1); d != "" && rd.typeOfName(d) == kg.Other {
		return d, true
	}
	return "", false
}

// sexOfHead returns the sex a person's head noun says: 'F' for "woman", "spokeswoman",
// "mother"; 'M' for "man", "spokesman", "father"; 0 when it says none.
func sexOfHead(w string) byte {
	if g := personHeads[w]; g != 0 {
		return g
	}
	switch {
	case strings.HasSuffix(w, "woman"):
		return 'F'
	case strings.HasSuffix(w, "man") && len(w) > 3:
		return 'M'
	}
	return 0
}

// personHead reports whether w is the singular head of a description of one person ("a
// spokeswoman", "a doctor", "a man"), not of a body that can speak ("a company", "a
// ministry", "a hospital").
func personHead(w string) bool {
	if plural(w) || orgWords.has(w) || bodySpeakerHeads.has(w) {
		return false
	}
	if _, ok := lowerOrgHeads[w]; ok {
		return false
	}
	return roleNouns[w] || personHeads[w] != 0 || isPersonish(w) && agentNoun(w)
}

// bodySpeakerHeads are the speaker heads (data/quotes.txt) that name a body or a medium,
// not a person.
var bodySpeakerHeads = newTokSet(map[string]bool{"police": true, "authorities": true, "government": true, "ministry": true,
	"agency": true, "department": true, "army": true, "military": true, "hospital": true, "center": true, "centre": true,
	"office": true, "statement": true, "media": true, "television": true, "tv": true, "company": true, "group": true,
	"observatory": true, "monitor": true, "brigade": true})

// personIn reports whether a person is named between tokens a and b, outside quotes.
func (rd *reader) personIn(a, b int) bool {
	for j := a; j < b && j < len(rd.toks); j++ {
		if e := rd.entityOf(j); e >= 0 && rd.quoteOf[j] == 0 && rd.ents[e].typ == kg.Person {
			return true
		}
	}
	return false
}

// opensWith reports whether prose sentence p's main clause opens with the pronoun being
// resolved ("she" when not is 'M', "he" when 'F') and no person is named before it: the
// names later in it ("She had denied that X …", "He rejected Trump's call") are not its
// antecedent, which lies further back.
func (rd *reader) opensWith(p int, not byte) bool {
	s := &rd.sents[p]
	k := rd.frontedClauseEnd(s.start, s.b)
	if k < 0 || k >= s.b || rd.quoteOf[k] != 0 || rd.personIn(s.start, k) {
		return false // "As Felton kept collecting, he noticed": the fronted clause names him
	}
	if not == 'M' {
		return rd.is(k, wShe)
	}
	return rd.is(k, wHe)
}

// titledPersonRun reports whether the capitalised run of words from token j (a
// people's word, a place, titles) ends in a person's name: "British Prime Minister David
// Cameron", whose first word alone is no one's.
func (rd *reader) titledPersonRun(j, end int) bool {
	for k := j; k < end && k < j+7 && rd.toks[k].kind == tWord && rd.toks[k].has(fCap); k++ {
		if e := rd.entityOf(k); e >= 0 && rd.ents[e].typ == kg.Person {
			return k > j
		}
	}
	return false
}
