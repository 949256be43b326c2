package extraction

import "strings"

// Names and terms in quotation marks that no one is quoted as saying (branch
// scarequotes59). namedLabel (quotes_labels.go) and titleQuote (quotes.go) already drop
// a name in title case after a naming word, after a title's noun and a comma, or one to
// three capitalised words after a word of the sentence. What they let through:
//
//   - a title whose small words are lower case, after a possessive or a preposition:
//     told CBS's "Face the Nation", an investment in "Make It in Arden", the lyrics to
//     the band's "It Is Your Town Now";
//   - a title after a title's noun that a short phrase follows before the comma: "his
//     nickname for her, "Crooked Jane,"", "his first volume of poetry, "Salt Hours,"";
//   - a title in a list of quoted titles: "Rain Song," "Low Tide" and "Blue Harbor";
//   - a term in any case that a passive of naming gives ("a technique called
//     "parroting"", "the soup is called "menudo"", "commonly known as "living wills"",
//     "previously labeled "optional""): the writer's term, not a speaker's. The active
//     verb keeps its subject's words ("Ruiz called the plan "a gamble"", "what the
//     official called "one factor"", "a claim he called "false"").

// quotedNameNouns are nouns of a work, a programme or a name that a comma and a quoted
// title follow, beyond labelNouns.
var quotedNameNouns = newTokSet(map[string]bool{"exhibit": true, "poetry": true, "poem": true, "play": true,
	"musical": true, "single": true, "track": true, "column": true, "podcast": true, "game": true,
	"episode": true, "essay": true, "article": true, "collection": true, "initiative": true,
	"operation": true, "project": true, "tour": true, "brand": true, "app": true, "video": true,
	"nickname": true, "slogan": true, "motto": true, "book": true, "film": true, "movie": true,
	"album": true, "song": true, "series": true, "show": true, "programme": true, "program": true,
	"campaign": true, "report": true, "study": true, "memoir": true, "novel": true,
	"documentary": true, "exhibition": true, "title": true, "sequel": true, "opera": true})

// titlePrepositions before a quoted title make it the object of the preposition, a
// name the sentence uses ("an investment in "Make It in Arden"").
var titlePrepositions = newTokSet(map[string]bool{"in": true, "on": true, "of": true, "for": true,
	"from": true, "into": true, "about": true, "at": true, "by": true, "with": true, "to": true,
	"including": true, "like": true})

// passiveNamers are participles of naming whose passive gives a term.
var passiveNamers = newTokSet(map[string]bool{"called": true, "dubbed": true, "named": true,
	"nicknamed": true, "termed": true, "labeled": true, "labelled": true, "known": true,
	"billed": true, "branded": true})

// quotedName reports whether quote q, inside its sentence, is a name or a term the
// sentence gives rather than words said (see the file comment).
func (rd *reader) quotedName(q *quoteSpan, words int) bool {
	s := &rd.sents[q.sent]
	if words < 1 || q.open <= s.start || rd.sentOf(q.b-1) != q.sent || rd.exclaims(q) || rd.asks(q) {
		return false
	}
	if words <= 4 && rd.passiveNaming(q.open-1, s.start) && !rd.is(q.b+1, wBy) && !(rd.punct(q.b+1, ',') && rd.is(q.b+2, wBy)) {
		return true // a term, unless the passive names its sayer ("was called "a disgrace" by the mayor")
	}
	if words > 6 || rd.shouted(q) {
		return false
	}
	b := q.b
	for b > q.a && (rd.punct(b-1, ',') || rd.toks[b-1].kind == tStop && rd.tok(b-1) == ".") {
		b--
	}
	if b == q.a || !rd.titleWords(q.a, b) && !rd.possessiveTitle(q.a, b) {
		return false
	}
	p := q.open - 1
	switch {
	case rd.is(p, wAposS, wRsquoS) || (rd.punct(p, '\'') || rd.tok(p) == "’") && p-1 >= s.start && rd.toks[p-1].kind == tWord && rd.toks[p-1].has(fCap):
		return true // CBS's "Face the Nation", the band's "It Is Your Town Now"
	case rd.inWord(p, titlePrepositions):
		return true // an investment in "Make It in Arden", wrote in "Salt Hours"
	case rd.punct(p, ','):
		for k := p - 1; k >= s.start && k >= p-4; k-- {
			if rd.toks[k].kind != tWord {
				break
			}
			if rd.in(k, quotedNameNouns) {
				return true // his nickname for her, "Crooked Jane,"
			}
		}
	}
	return rd.titleListed(q)
}

// titleListed reports whether the quoted title q stands in a list of quoted titles: a
// quote in title case closes right before its ", ", "and" or "or", or opens right after
// them ("Rain Song," "Low Tide" and "Blue Harbor").
func (rd *reader) titleListed(q *quoteSpan) bool {
	s := &rd.sents[q.sent]
	// before: ["Rain Song,"] [and|or] "q"
	k := q.open - 1
	if rd.is(k, wAnd, wOr) {
		k--
	}
	if rd.punct(k, ',') {
		k--
	}
	if k < q.open-1 && k >= s.start && rd.toks[k].kind == tCloseQ && rd.quotedTitleBefore(k, s.start) {
		return true
	}
	// after: "q"[,] and|or "Low Tide"
	k = q.b + 1
	if rd.punct(k, ',') {
		k++
	}
	if rd.is(k, wAnd, wOr) {
		k++
	}
	if k > q.b+1 && k < s.b && rd.toks[k].kind == tOpenQ {
		for e := k + 1; e < s.b && e <= k+8; e++ {
			if rd.toks[e].kind == tCloseQ {
				b := e
				for b > k+1 && (rd.punct(b-1, ',') || rd.toks[b-1].kind == tStop && rd.tok(b-1) == ".") {
					b--
				}
				return b > k+1 && rd.titleWords(k+1, b)
			}
		}
	}
	return false
}

// quotedTitleBefore reports whether the closing mark at c ends a quote of one to six
// words in title case that opens after start.
func (rd *reader) quotedTitleBefore(c, start int) bool {
	for o := c - 1; o >= start && o >= c-8; o-- {
		if rd.toks[o].kind == tOpenQ {
			b := c
			for b > o+1 && (rd.punct(b-1, ',') || rd.toks[b-1].kind == tStop && rd.tok(b-1) == ".") {
				b--
			}
			return b > o+1 && rd.titleWords(o+1, b)
		}
		if rd.toks[o].kind == tCloseQ {
			return false
		}
	}
	return false
}

// passiveNaming reports whether the words ending at p (the token before a quote) are a
// passive of naming: a naming participle ("known" with its "as") after a form of "be"
// or "what's" ("is called", "what's called"), opening an aside after a comma or a dash
// (", commonly called", "— dubbed"), after an adverb in -ly after one of those
// or after a noun ("commonly called", "previously labeled"), or right after a lower-case
// noun that is no subject of it ("a technique called", not "what the official called",
// "a claim he called", "Ruiz called").
func (rd *reader) passiveNaming(p, start int) bool {
	if rd.is(p, wAs) && rd.is(p-1, wKnown) {
		p--
	}
	if p <= start || !rd.inWord(p, passiveNamers) {
		return false
	}
	k := p - 1
	for k > start && rd.toks[k].kind == tWord && strings.HasSuffix(rd.low(k), "ly") && !rd.toks[k].has(fCap) {
		k-- // commonly, previously, widely, also-style adverbs in -ly
	}
	if rd.is(k, wAlso, wOften, wSometimes, wNow, wStill) && !rd.is(k-1, wHas, wHave, wHad, wHe, wShe, wThey, wWe, wI, wIt, wYou, wWho) {
		k--
	}
	if k > start && (rd.punct(k, ',') || rd.toks[k].kind == tDash) {
		// an aside that names a lower-case noun: "banks' plans, commonly called "…"", "its
		// new unit, named "…""; not the close of a speaker's apposition ("what Ann Vale,
		// head of Acme Labs, called "…"")
		if rd.toks[k-1].kind != tWord || rd.toks[k-1].has(fCap) {
			return false
		}
		for j := k - 1; j >= start && j >= k-15; j-- {
			if rd.is(j, wWhat, wWhom) {
				return false
			}
		}
		return true
	}
	if rd.is(k, wIs, wAre, wWas, wWere, wBe, wBeen, wBeing, wAposS, wRsquoS, wGet, wGets, wGot) {
		return !rd.is(k, wAposS, wRsquoS) || rd.is(k-1, wWhat, wIt, wThat)
	}
	if k < start || rd.toks[k].kind != tWord || rd.toks[k].has(fCap) || rd.toks[k].feat&(lxFunc|lxSpeech) != 0 {
		return false
	}
	if rd.in(k, namingWords) || rd.is(k, wThey, wAposVe, wRsquoVe, wHas, wHave, wHad, wWho, wWhich, wThat, wWhat) {
		return false
	}
	if k-2 >= start && rd.is(k-1, wThe, wHis, wHer, wTheir, wIts, wOur, wMy) && rd.toks[k-2].kind == tWord && rd.toks[k-2].feat&lxFunc == 0 {
		return false // "a claim the senator called": the noun is the subject of a reduced relative clause
	}
	// a subject before the participle: "what the official called", "the plan the mayor
	// dubbed": a determiner or a relative word shortly before the noun
	for j := k - 1; j >= start && j >= k-4; j-- {
		if rd.is(j, wWhat, wWhich, wThat, wWhom) {
			return false
		}
		if rd.toks[j].kind != tWord {
			break
		}
	}
	return true
}

// possessiveTitle reports whether tokens a..b-1 are a title whose words are capitalised
// but for a possessive or a contraction ("It's A Man's World", "Ain't Too Proud"): the
// title reader (titleWords) takes the "'s" for a lower-case word.
func (rd *reader) possessiveTitle(a, b int) bool {
	seen := false
	for k := a; k < b; k++ {
		t := &rd.toks[k]
		switch {
		case t.kind == tWord && (t.has(fCap) || rd.in(k, titleSmallWords) && k > a):
		case rd.is(k, wAposS, wRsquoS, wAposT, wRsquoT, wAposRe, wRsquoRe, wAposLl, wRsquoLl) && k > a:
			seen = true
		case rd.punct(k, '\'') || rd.tok(k) == "’" || t.kind == tNum:
		default:
			return false
		}
	}
	return seen && rd.toks[b-1].kind == tWord && rd.toks[b-1].has(fCap)
}
