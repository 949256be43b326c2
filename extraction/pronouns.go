package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Pronouns: who "he" and "she" are — the speaker of a chain of "he said", the person
// a sentence opens with, the person named last — by sex where the text says it.

// speakerPronoun resolves he/she at token i, the subject of a verb of saying, so that
// a chain of "he said" stays with whoever spoke last. In the pronoun's own sentence
// (before the quote it closes), the person who is its subject, else the last person
// named; then, over the three prose sentences before it, nearest first: the
// sentence's speaker (lastSpeaker; "…, her cousin Shawn Mike said. \"As a dad, …,\" he
// told" is Shawn Mike, not the girl the sentence opens with), else its subject, else
// the last person it names. Every candidate's sex must fit. Else the last person
// named before (pronoun).
func (rd *reader) speakerPronoun(i int) string {
	if rd.inChain || !rd.is(i, wHe, wShe) {
		return rd.pronoun(i)
	}
	not := byte('F')
	if rd.is(i, wShe) {
		not = 'M'
	}
	at := rd.quoteOpenedBefore(i)
	si := rd.sentOf(at)
	if at < i && rd.sentOf(at+1) != si {
		si = rd.sentOf(at + 1) // an opening mark the sentence before kept
	}
	if si >= len(rd.sents) {
		return rd.pronoun(i)
	}
	// a person the quote itself names is not who says it: `"None of us knows what Mr
	// Putin intends," he said` is not Putin, whom the sentence before named
	closeAt := at
	for closeAt < i && rd.toks[closeAt].kind != tCloseQ {
		closeAt++
	}
	quoted := func(name string) bool { return at < i && rd.quoteNames(name, at, closeAt) }
	if name, _ := rd.openingPerson(si, at, not); name != "" {
		return name
	}
	if name := rd.personBefore(si, at, not); name != "" {
		return name // "a bitter blow to De Mistura, whose office …, in which he said"
	}
	rd.inChain = true
	defer func() { rd.inChain = false }()
	seen := 0
	for p := si - 1; p >= 0 && seen < 3; p-- {
		s := &rd.sents[p]
		if s.kind != sProse {
			if s.kind == sHeading {
				break // a new section
			}
			continue
		}
		seen++
		if sp, ok := rd.lastSpeaker(p, not); ok {
			if sp != "" && !quoted(sp) {
				return sp
			}
			continue // "… , he said.": the chain goes on further back
		}
		if name, _ := rd.openingPerson(p, s.b, not); name != "" && !quoted(name) {
			return name
		}
		if name := rd.officeSubject(p, not); name != "" && !quoted(name) {
			return name // "The coach laughed.": quotes_fronted.go
		}
		if d, ok := rd.describedSubject(p, si, not); ok {
			return d // "A spokeswoman for X had no comment.": describedantecedents.go
		}
		if rd.opensWith(p, not) {
			continue // "She had denied that X …": its subject is the pronoun's, not X
		}
		if name := rd.personBefore(p, s.b, not); name != "" && !quoted(name) {
			return name // the last person the sentence names
		}
	}
	rd.inChain = false
	return rd.pronoun(i)
}

// quoteOpenedBefore returns the opening mark of the quote that closes before token i in
// i's sentence (`"As a dad, … . And unfortunately, …," he told`: the quote may open
// sentences earlier), or i when none does.
func (rd *reader) quoteOpenedBefore(i int) int {
	si := rd.sentOf(i)
	if si >= len(rd.sents) {
		return i
	}
	for k := i - 1; k >= rd.sents[si].start; k-- {
		switch rd.toks[k].kind {
		case tOpenQ:
			return i
		case tCloseQ:
			for j := k - 1; j >= 0 && j > k-1000; j-- {
				if rd.toks[j].kind == tOpenQ {
					return j
				}
				if rd.toks[j].kind == tCloseQ {
					return i
				}
			}
			return i
		}
	}
	return i
}

// lastSpeaker returns the last speaker of prose sentence p when it can be "he" (not =
// 'F') or "she" (not = 'M'): the speaker of the last quote in it, else the subject of
// its first verb of saying, the one that reports ("The company spokesman said Twitter
// … added staff"; a description that speaks stands for whom it describes). ok is true
// with a name, or with none when the sentence's speaker is itself "he" or "she" (the
// chain goes on before it); false when the sentence has no speaker who fits.
func (rd *reader) lastSpeaker(p int, not byte) (name string, ok bool) {
	s := &rd.sents[p]
	if name, ok := rd.frontedQuoteSubject(p, not); ok {
		return name, true // "After X promised "…," the coach shook his head": quotes_fronted.go
	}
	for k := s.b - 1; k >= s.start; k-- {
		if q := rd.quoteOf[k]; q != 0 {
			sp := rd.quoteSrc[q-1]
			if sp == "" {
				continue
			}
			sp = rd.personWhoFits(sp, not)
			return sp, sp != ""
		}
	}
	fronted := rd.frontedClauseEnd(s.start, s.b) // "When Stephanopoulos noted …, Trump dismissed …"
	if fronted < 0 {
		fronted = s.start
	}
	// the main clause's subject comes after a fronted clause or phrase: "When it was
	// clear Obama would win, Soberman, too, says", "During the 2008 primary, when …,
	// Soberman says" are Soberman, not the first person the sentence names
	main := s.start
	if o := rd.frontedOpener(s.start, s.b); fronted > s.start && o >= 0 && o < fronted {
		main = fronted
		if o = rd.frontedOpener(fronted, s.b); o == fronted {
			if f := rd.frontedClauseEnd(fronted, s.b); f > fronted {
				main = f
			}
		}
	}
	for v := fronted; v < s.b; v++ {
		if !rd.isSpeech(v) || rd.quoteOf[v] != 0 || strings.HasSuffix(rd.low(v), "ing") || rd.is(v-1, wWhen, wIf, wAs, wUnless) {
			continue // not "when asked"
		}
		pv := v - 1
		if ap := rd.pronounBeforeAux(v, s.start); ap >= 0 {
			pv = ap // "He also said …": speakeraux.go
		}
		if pv >= s.start && rd.is(pv, wHe, wShe, wThey, wIt) {
			if name, _ := rd.openingPerson(p, pv, not); name != "" && rd.is(pv, wHe, wShe) {
				return name, true // "Tonya Massenburg, 53, voted … about whom she said": the sentence's own subject
			}
			return "", true // the same chain: its antecedent is further back
		}
		if v > s.start && rd.punct(v-1, ',') && rd.nameWithin(v+1, min(s.b, v+5)) && !rd.reportedClauseAfter(v+1, s.b) {
			if sp := rd.personWhoFits(rd.speakerAfter(v+1, s.b), not); sp != "" {
				return sp, true // "If Goodson isn't convicted, …, said David Gray", "…, says student X"
			}
		}
		if h := rd.low(v - 1); v > s.start && rd.toks[v-1].kind == tWord && !rd.toks[v-1].has(fCap) && (roleNouns[h] || personHeads[h] != 0) && !plural(h) {
			// "The company spokesman said …": whoever the description stands for
			sp := rd.subjectBefore(v, s.start)
			if rd.typeOfName(sp) != kg.Person && !strings.HasPrefix(sp, "a ") && !strings.HasPrefix(sp, "an ") && rd.typeOfName(sp) == kg.Other && !(roleNouns[h] && strings.HasSuffix(strings.ToLower(sp), h)) {
				return "", false // "The man confirmed …" names no one yet; "the health minister said" names a role
			}
			return sp, sp != ""
		}
		// the subject after a fronted clause: "When it was clear Obama would win,
		// Soberman, too, says" is Soberman, not the first person the sentence names
		start := s.start
		if main < v {
			start = main
		}
		sp := rd.personWhoFits(rd.subjectBefore(v, start), not)
		return sp, sp != ""
	}
	return "", false
}

// personWhoFits returns sp when it can be "he" or "she": a person of the sex that fits
// (not is the sex it cannot be), or a singular description of a person ("a Twitter
// spokesman"); else "".
func (rd *reader) personWhoFits(sp string, not byte) string {
	for _, e := range rd.ents {
		if !e.dropped && e.name == sp {
			if e.typ == kg.Person && e.gender != not {
				return sp
			}
			return ""
		}
	}
	if hw := strings.ToLower(lastWord(sp)); isPersonish(hw) && !plural(hw) && !speakingBody(hw) && rd.typeOfName(sp) == kg.Other && strings.Contains(sp, " ") {
		if g := personHeads[hw]; g == not && g != 0 {
			return "" // "a distressed woman" is not "he"
		}
		return sp
	}
	return ""
}

// quoteNames reports whether a name of the person called name stands between tokens a
// and b, the quote a pronoun follows.
func (rd *reader) quoteNames(name string, a, b int) bool {
	for k := a; k < b; k++ {
		if e := rd.entityOf(k); e >= 0 && rd.entName(e) == name {
			return true
		}
	}
	return false
}

// speakingBody reports whether the head word hw of a speaker's description names a body
// or a thing that speaks, not a person ("the campaign", "the company", "the family"),
// which no "he" or "she" stands for.
func speakingBody(hw string) bool {
	if e := lookupLex(hw); e != nil && e.feat&lxOrgHead != 0 {
		return true
	}
	return speakingBodies.has(hw)
}

var speakingBodies = newTokSet(map[string]bool{"campaign": true, "statement": true, "media": true, "television": true, "tv": true,
	"observatory": true, "hospital": true, "network": true, "station": true, "channel": true, "newspaper": true, "utility": true,
	"firm": true, "operator": true, "administration": true, "embassy": true, "family": true, "ministry": true, "agency": true,
	"department": true, "army": true, "military": true, "police": true, "office": true, "government": true, "group": true,
	"company": true, "service": true, "guard": true, "authority": true, "bureau": true, "board": true, "brigade": true,
	"monitor": true, "council": true, "commission": true, "committee": true, "organization": true, "center": true, "centre": true})

// personBefore returns the last person of the sex that fits named in sentence si
// before token until, outside quotes, or "".
func (rd *reader) personBefore(si, until int, not byte) string {
	s := &rd.sents[si]
	depth := 0
	name := ""
	for k := s.start; k < until && k < s.b; k++ {
		switch rd.toks[k].kind {
		case tOpenQ:
			depth = 1
		case tCloseQ:
			depth = 0
		}
		if depth > 0 || rd.quoteOf[k] != 0 {
			continue
		}
		if e := rd.entityOf(k); e >= 0 && rd.ents[e].typ == kg.Person && rd.ents[e].gender != not && !rd.nameAsModifier(k) {
			name = rd.entName(e)
		}
	}
	return name
}

// nameAsModifier reports whether the name at token k modifies a noun after "the" or "a"
// ("the Martin case", "a Clinton aide"): no person the sentence names as a referent.
func (rd *reader) nameAsModifier(k int) bool {
	mi := rd.entAt[k]
	if mi < 0 {
		return false
	}
	m := &rd.mentions[mi]
	if !rd.is(m.a-1, wThe, wA, wAn) || m.b >= len(rd.toks) {
		return false
	}
	t := &rd.toks[m.b]
	return t.kind == tWord && !t.has(fCap) && t.feat&(lxFunc|lxSpeech|lxPronoun) == 0
}

// frontedClauseEnd returns where the main clause of the sentence from token start
// begins, after a conjunction ("But") and a fronted phrase or clause up to its comma
// ("In her response to the Florida massacre, Clinton …", "When X noted …, Trump …"), or
// -1 when a fronted phrase has no comma before end. A subject pronoun opens the main
// clause itself ("It broke ground on a plant."), no fronted phrase.
func (rd *reader) frontedClauseEnd(start, end int) int {
	k := start
	for k < end && (rd.punct(k, ',') || rd.is(k, wBut, wAnd, wYet, wSo, wHowever, wStill, wMeanwhile, wAlso)) {
		k++
	}
	if k < end && rd.toks[k].kind == tWord && rd.toks[k].feat&lxFunc != 0 && !rd.is(k, wThe, wA, wAn) && !rd.subjectPronoun(k) && rd.entAt[k] < 0 {
		c := k + 1
		for c < end && c < k+25 && !rd.punct(c, ',') && rd.toks[c].kind != tOpenQ {
			c++
		}
		if c >= end || !rd.punct(c, ',') {
			return -1
		}
		k = c + 1
	}
	return k
}

// openingPerson returns the person who is the subject of sentence si, when the sex
// fits (not is the sex it cannot be): the name the sentence opens with, after a
// conjunction ("But"), a fronted phrase up to its comma ("In her response to the
// Florida massacre, Clinton warned"), determiners, titles and role nouns, and the
// owner or place of a title ("Hungary's Prime Minister, Viktor Orban", "White House
// spokesman Josh Earnest", "German Foreign Minister …"). It looks no further than
// token until; opens reports whether the sentence opens with an entity at all.
func (rd *reader) openingPerson(si, until int, not byte) (name string, opens bool) {
	s := &rd.sents[si]
	end := min(until, s.b)
	k := rd.frontedClauseEnd(s.start, end)
	if k < 0 {
		return "", false
	}
	for n := 0; k < end && n < 10; n++ {
		t := &rd.toks[k]
		if rd.quoteOf[k] != 0 || t.kind == tOpenQ || t.kind == tCloseQ {
			return "", false
		}
		if e := rd.entityOf(k); e >= 0 {
			m := &rd.mentions[rd.entAt[k]]
			after := m.b
			if rd.is(after, wAposS) || rd.tok(after) == "’s" {
				k = after + 1 // an owner: "Hungary's Prime Minister"
				continue
			}
			if m.demonym || rd.ents[e].typ != kg.Person && after < end && rd.entityOf(after) < 0 &&
				(rd.toks[after].has(fCap) || rd.toks[after].feat&lxRole != 0) {
				k = after // "German Foreign Minister X", "White House spokesman X"
				continue
			}
			if rd.is(after, wAnd) {
				return "", true // "Fauci and White House spokesman Josh Earnest": no one subject
			}
			if r := rd.roleNamedAfter(k, end); r >= 0 {
				if rd.ents[r].gender != not {
					return rd.entName(r), true // "Trump adviser Stephen Miller said": rolenamed.go
				}
				return "", true
			}
			if rd.ents[e].typ == kg.Person && rd.ents[e].gender != not {
				return rd.entName(e), true
			}
			return "", true
		}
		if t.kind == tWord && (rd.is(k, wThe, wA, wAn) || t.has(fCap) || t.feat&lxRole != 0) || rd.punct(k, ',') {
			k++
			continue
		}
		break
	}
	return "", false
}

// pronoun resolves he/she (him, her, his) at token i to the last person named before it.
func (rd *reader) pronoun(i int) string {
	if !rd.is(i, wHe, wShe, wHim, wHer, wHis) {
		return ""
	}
	// a man is not "she", a woman not "he"
	not := byte('F')
	if rd.is(i, wShe, wHer) {
		not = 'M'
	}
	// the subject of the pronoun's own sentence first: "Guzman also revealed to Penn that
	// he had once met …", "Jenner … said she met Cruz"
	if si := rd.sentOf(i); si < len(rd.sents) {
		s := &rd.sents[si]
		inQuote := false
		for k := s.start; k < i; k++ {
			switch rd.toks[k].kind {
			case tOpenQ:
				inQuote = true
			case tCloseQ:
				inQuote = false
			}
			if inQuote || rd.quoteOf[k] != 0 || rd.toks[k].kind != tWord {
				continue // the quote's own words (not yet marked while its speaker is sought)
			}
			if e := rd.entityOf(k); e >= 0 {
				m := &rd.mentions[rd.entAt[k]]
				if rd.ents[e].typ == kg.Person && rd.ents[e].gender != not && !rd.afterPreposition(m.a, s.start) {
					return rd.entName(e)
				}
				break // the sentence opens with another entity
			}
		}
	}
	for k := i - 1; k >= 0 && k > i-800; k-- {
		if rd.quoteOf[k] != 0 {
			continue
		}
		if e := rd.entityOf(k); e >= 0 && rd.ents[e].typ == kg.Person && rd.ents[e].gender != not {
			return rd.entName(e)
		}
	}
	return ""
}

// subjectPronoun reports whether token k is a pronoun that can be a clause's subject:
// he, she, it, they, we, I (not "her", which also owns a noun: "Her lawyer, X, said").
func (rd *reader) subjectPronoun(k int) bool {
	return rd.is(k, wHe, wShe, wIt, wThey, wWe, wI)
}
