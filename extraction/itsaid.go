package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// This file owns plain "it said": which organization the "it" before a verb of saying
// stands for. The organization that is the subject of the nearest clause before it
// speaks, in the same sentence first ("Blackstone will pay … for a stake in MphasiS, it
// said": Blackstone; "When Tesla launched Autopilot, it said": Tesla), else the subject of
// the prose sentence just before. A news outlet that only reports ("CNN reported …") is
// never that subject, and "the U.N. refugee agency UNHCR" or "Google's parent Alphabet"
// is the body named last.

// reportVerbs follow an outlet that only reports what others said ("CNN reported").
var reportVerbs = newTokSet(map[string]bool{"reported": true, "reports": true, "reporting": true, "cited": true, "quoted": true, "quoting": true})

// notVerbAfterName are words after a name that show it is not a clause's whole subject.
var notVerbAfterName = newTokSet(map[string]bool{"and": true, "or": true, "of": true, "in": true, "at": true, "for": true,
	"on": true, "with": true, "from": true, "by": true, "to": true, "'s": true, "’s": true, "'": true, "’": true})

// itSpeaker resolves the "it" at token i, the subject of a verb of saying, to the
// organization that is the subject of the nearest clause before it: in its own sentence
// first, else in the prose sentence before. ok is false when neither has an
// organization for a subject, and the caller keeps its own reading.
func (rd *reader) itSpeaker(i int) (string, bool) {
	si := rd.sentOf(i)
	if si < 0 || si >= len(rd.sents) {
		return "", false
	}
	s := &rd.sents[si]
	for c := i - 1; c >= s.start; c-- {
		if rd.toks[c].kind == tOpenQ || rd.toks[c].kind == tCloseQ {
			break // "“…, since the RDW issued …,” it added": not a clause of the quotation
		}
		if rd.quoteOf[c] != 0 {
			continue
		}
		if c == s.start || rd.punct(c-1, ',') || rd.is(c-1, wWhen, wAfter, wAs, wWhile, wBecause, wSince, wAlthough, wThough, wBefore, wOnce, wIf) && rd.toks[c-1].kind == tWord {
			if o := rd.clauseBody(c, i); o != "" {
				return o, true
			}
		}
	}
	p := si - 1
	for p >= 0 && rd.sents[p].kind != sProse {
		p--
	}
	if p < 0 || rd.sents[p].b <= rd.sents[p].start {
		return "", false
	}
	if au, ok := rd.itDocument(p); ok {
		return au, true // `…," the lawsuit said. "…," it said`: the lawsuit again, not a body it names
	}
	if o := rd.clauseBody(rd.sents[p].start, rd.sents[p].b); o != "" {
		return o, true
	}
	// "…," the ministry said. It said …: the body that spoke in the sentence before
	ps := &rd.sents[p]
	for v := ps.start + 1; v < ps.b; v++ {
		if rd.quoteOf[v] != 0 || rd.toks[v].kind != tWord || rd.toks[v].has(fCap) || rd.toks[v].feat&lxSpeech == 0 || rd.is(v-1, wIt, wThey) {
			continue
		}
		if o := rd.spokenBefore(v, ps.start); o != "" {
			return o, true
		}
		if o := rd.subjectBefore(v, ps.start); o != "" && rd.typeOfName(o) == kg.Organization && !strings.EqualFold(o, "it") && rd.namedRightBefore(o, v, ps.start) {
			return o, true
		}
		break
	}
	return "", false
}

// namedRightBefore reports whether the body o is the subject the words right before the
// verb at v name (back to a comma or the sentence start, at most eight words): a mention
// of it there ("Russia's Defense Ministry says"), or "the KIND" whose kind word ends its
// name ("The ministry said"). Not a body named elsewhere in the sentence ("A draft
// declaration, seen by Reuters, urged") nor "the group" for a mall named last.
func (rd *reader) namedRightBefore(o string, v, start int) bool {
	if rd.punct(v-1, ',') {
		return false // "the U.N.'s Working Group …, called on": the subject is not right before
	}
	for k := v - 1; k >= start && k >= v-8; k-- {
		if rd.punct(k, ',') || rd.quoteOf[k] != 0 {
			break
		}
		if e := rd.entityOf(k); e >= 0 && rd.entName(e) == o {
			return true
		}
	}
	w := rd.low(v - 1)
	last := strings.ToLower(lastWord(o))
	return rd.is(v-2, wThe) && (last == w || last == w+"s")
}

// clauseBody returns the organization that opens the clause at c (before end) as its
// subject: a name, after "the", followed by a verb-like word, with "the U.N. refugee
// agency UNHCR" and "Google's parent Alphabet" taken as the last body; "" when the clause
// opens with no organization, a person or place, or an outlet that only reports.
func (rd *reader) clauseBody(c, end int) string {
	if rd.isWord(c, "the", "The") {
		c++
	}
	if c >= end {
		return ""
	}
	mi := rd.entAt[c]
	if mi < 0 || rd.mentions[mi].a != c || rd.mentions[mi].ent < 0 || rd.mentions[mi].demonym {
		return ""
	}
	m := &rd.mentions[mi]
	e := m.ent
	b := m.b
	// "the U.N. refugee agency UNHCR", "Google's parent Alphabet": the body named last
	j := b
	if rd.is(j, wAposS, wRsquoS) {
		j++
	}
	w := j
	for w < end && w < j+3 && rd.toks[w].kind == tWord && !rd.toks[w].has(fCap) {
		w++
	}
	if w > j && w < end && (rd.in(w-1, orgWords) || rd.in(w-1, orgDescriptors) || rd.is(w-1, wAgency, wUnit, wArm, wSubsidiary, wParent, wRegulator, wMinistry, wWatchdog, wAffiliate, wDivision)) {
		if mj := rd.entAt[w]; mj >= 0 && rd.mentions[mj].a == w && rd.mentions[mj].ent >= 0 && !rd.mentions[mj].demonym {
			e, b = rd.mentions[mj].ent, rd.mentions[mj].b
		}
	}
	if rd.ents[e].typ != kg.Organization || strings.EqualFold(rd.ents[e].name, "it") {
		return ""
	}
	// the verb: after a parenthesis ("Xerox Corp (XRX.N) will split")
	if rd.punct(b, '(') {
		for b < end && !rd.punct(b, ')') {
			b++
		}
		b++
	}
	if b >= end || rd.toks[b].kind != tWord || rd.toks[b].has(fCap) || rd.in(b, notVerbAfterName) {
		return ""
	}
	if rd.in(b, reportVerbs) && outletName(rd.ents[e].name) {
		return "" // "CNN reported": an outlet that only reports
	}
	return rd.entName(e)
}

// outletName reports whether an organization's name is a news outlet's: the whole name,
// or the last word of a name of two words or more ("Reuters", "Daily Tribune").
func outletName(name string) bool {
	if outletNames.has(name) {
		return true
	}
	sp := strings.LastIndexByte(name, ' ')
	return sp > 0 && outletNames.has(name[sp+1:])
}

// describedBodies head a body the words before a verb of saying name only by a
// description ("the British government said", "the U.S. administration said").
var describedBodies = newTokSet(map[string]bool{"government": true, "administration": true})

// spokenBefore returns the body that spoke through the words right before the verb of
// saying at v when they describe it ("the British government said"), as speakerNP names
// it: what "it said" in the next sentence takes up. "" when the words are no such
// description or speakerNP reads a person in them ("the Obama administration").
func (rd *reader) spokenBefore(v, start int) string {
	a := rd.phraseStart(v, start)
	if a >= v || !rd.isWord(a, "the", "The") || v-a < 3 || !rd.in(v-1, describedBodies) {
		return ""
	}
	if sp := rd.speakerNP(a, v); sp != "" && rd.typeOfName(sp) != kg.Person {
		return sp
	}
	return ""
}

// itDocument reads the sentence p before an "it said" whose verb of saying has a document
// for its subject ("…," the lawsuit said; the report found; the filing reads): the "it"
// is that document again, so it speaks for the document's author (documentSpeaker), or
// for no one the article names, never for a body the document's words name
// ("Zuckerberg … , the lawsuit said. …, it said" is the lawsuit's, not Facebook's). ok is
// false when the sentence's first verb of saying has no document for its subject.
func (rd *reader) itDocument(p int) (author string, ok bool) {
	ps := &rd.sents[p]
	for v := ps.start + 1; v < ps.b; v++ {
		if rd.quoteOf[v] != 0 || rd.toks[v].kind != tWord || rd.toks[v].has(fCap) {
			continue
		}
		if rd.toks[v].feat&lxSpeech == 0 && !rd.in(v, documentVerbs) && !rd.is(v, wFound, wFinds, wShowed) {
			continue
		}
		a := rd.phraseStart(v, ps.start)
		h := -1
		if a < v {
			h = rd.documentHead(a, v)
		}
		if h < 0 || rd.in(h, publicationNouns) {
			return "", false // no document, or a paper that speaks for itself ("the paper added")
		}
		author, _ = rd.documentSpeaker(a, v, false)
		if rd.typeOfName(author) == kg.Other {
			return "", true // an author only described, or none: no one the article names
		}
		return author, true
	}
	return "", false
}
