package extraction

import (
	"slices"
	"strings"
	"unsafe"

	"github.com/factgraph/kg"
)

// quoteSpan is one pair of quotation marks: tokens a..b-1 are inside.
type quoteSpan struct {
	open, a, b int
	speaker    string
	sent       int
	full       bool // the quote is a whole sentence or more, not words inside a sentence
	attributed bool // a verb of saying follows it with a subject that names no one ("the person said")
	itSaid     bool // `," it said` follows it and no body was found for the "it"
}

var speechNouns = newTokSet(wordSet("speech-nouns"))
var speechExtra = newTokSet(wordSet("speech-extra"))

// answerVerbs answer a charge ("denied", "rejected"): the subject of one speaks the
// quotation paragraph that follows (speakerBefore).
var answerVerbs = newTokSet(wordSet("answer-verbs"))

// findQuotes is the quotes stage: it pairs the quotation marks, keeps the quotes that
// are a whole sentence, or words of a named speaker, and finds who speaks each
// (quoteSpeaker; a whole quote without one continues the speaker of the quote just
// before). It marks the words of each quote kept in rd.quoteOf, and its speaker in
// rd.quoteSrc, as it goes: a quote's speaker is sought with the quotes before it
// marked (rd.read leaves none).
func findQuotes(rd *reader) []kg.Quote {
	var out []kg.Quote
	var keys []string // quoteKey of each quote in out
	spans := pairQuotes(rd.doc)
	var prev *quoteSpan
	prevPara := -10
	para := 0
	lastPara := 0
	for qi := range spans {
		q := &spans[qi]
		q.sent = rd.sentOf(q.open)
		if q.sent >= len(rd.sents) {
			continue
		}
		if k := rd.sents[q.sent].kind; k == sDebris || k == sHeading || k == sCredit {
			continue
		}
		// paragraph number of the quote: count paragraph starts since the last quote
		for k := lastPara; k <= q.open; k++ {
			if rd.toks[k].has(fPara) {
				para++
			}
		}
		lastPara = q.open + 1
		words := quoteWords(rd.doc, q)
		speaker, found := rd.tweetWriter(q)
		if !found {
			speaker, found = rd.quoteSpeaker(q)
			if found && documentNamed(speaker) {
				// "the statement said" with no author found: whom the words before the
				// noun describe ("a city statement": the city), else no one
				speaker = documentDescriber(speaker)
				found, q.attributed = speaker != "", true
			}
		}
		underLine := false
		if !found && q.full && !q.attributed {
			// a statement under a line that names its speaker (speakerlines.go)
			speaker, found, underLine = rd.speakerLineAbove(q)
		}
		if !found && q.full && !q.attributed {
			// `"Why now?" Commissioner Ann Vale said on Tuesday.`: the sentence right
			// after names who spoke, before any speaker of the sentences or quotes before
			speaker, found = rd.speakerNextSentence(q)
		}
		if !found && q.full && !q.attributed && (rd.toks[q.open].has(fPara|fLine) || q.open == rd.sents[q.sent].start) {
			// a paragraph of quotation after "X, a fighter with …, said the government had
			// shelled a number of villages."
			speaker, found = rd.speakerBefore(q.sent)
		}
		if !found && q.full && !q.attributed && (prev == nil || para != prevPara) && rd.toks[q.open].has(fPara|fLine) {
			// a paragraph of quotation under a line that names its speaker ("Dana Ruiz on
			// taxes:", "Rabbi Ezra Stein")
			speaker, found = rd.speakerHeading(q.sent)
		}
		if !found && q.full && !q.attributed && !underLine && prev != nil && (para == prevPara || para-prevPara <= 2 && rd.toks[q.open].has(fPara)) && !(q.itSaid && rd.typeOfName(prev.speaker) == kg.Person) {
			// the quote before's speaker goes on; an "it" that said it is no person
			speaker, found = prev.speaker, prev.speaker != ""
		}
		if !found && q.full {
			speaker, found = rd.speakerAfterQuote(q)
		}
		q.speaker = speaker
		if !q.full && !found || words < 1 || (!found || !q.full) && rd.scareQuote(q, words) || rd.titleQuote(q, words) || !q.full && rd.workTitle(q) || rd.namedLabel(q, words) || rd.quotedName(q, words) {
			continue
		}
		q.speaker = speaker
		text := strings.TrimRight(rd.span(q.a, q.b), ",;: ")
		key := quoteKey(text)
		if i := repeatedQuote(out, keys, speaker, key); i >= 0 {
			if speaker != "" && (out[i].Speaker == "" || len(text) > len(out[i].Text)) {
				// the copy that names its speaker, or says more by the same one
				out[i] = kg.Quote{Speaker: speaker, Text: text, Sentence: q.sent}
				keys[i] = key
			}
		} else {
			out = append(out, kg.Quote{Speaker: speaker, Text: text, Sentence: q.sent})
			keys = append(keys, key)
		}
		rd.quoteSrc = append(rd.quoteSrc, speaker)
		for k := q.a; k < q.b; k++ {
			rd.quoteOf[k] = int32(len(rd.quoteSrc))
		}
		prev = q
		prevPara = para
	}
	return out
}

// quoteWords counts the words of quote q, and sets q.full: whether it is a whole
// sentence (it opens the sentence or follows "X said,") or spans sentences.
func quoteWords(d *doc, q *quoteSpan) int {
	words := 0
	for k := q.a; k < q.b; k++ {
		if d.toks[k].kind == tWord || d.toks[k].kind == tNum {
			words++
		}
	}
	s := &d.sents[q.sent]
	endSent := d.sentOf(q.b - 1)
	q.full = endSent > q.sent || q.open == s.a || d.toks[q.b-1].kind == tStop || d.punct(q.b-1, ',') || d.punct(q.b-1, ':')
	return words
}

// pairQuotes pairs quotation marks in one pass. A quote left open at the end of a
// paragraph ends there (news style continues a quote into the next paragraph by opening
// it again).
func pairQuotes(d *doc) []quoteSpan {
	var out []quoteSpan
	open := -1
	limit := len(d.toks)
	if d.headline >= 0 {
		limit = d.sents[d.headline].a
	}
	for i := 0; i < limit; i++ {
		t := &d.toks[i]
		if t.has(fPara) && open >= 0 {
			if i > open+1 {
				out = append(out, quoteSpan{open: open, a: open + 1, b: i})
			}
			open = -1
		}
		kind := t.kind
		if kind == tCloseQ && open < 0 && openingClose(d, i) {
			kind = tOpenQ // ”It is over,” he said: a closing mark typed for an opening one
		}
		switch kind {
		case tOpenQ:
			if open < 0 {
				open = i
			}
		case tCloseQ:
			if open >= 0 {
				if i > open+1 {
					out = append(out, quoteSpan{open: open, a: open + 1, b: i})
				}
				open = -1
			}
		}
	}
	if open >= 0 && limit > open+1 {
		out = append(out, quoteSpan{open: open, a: open + 1, b: limit})
	}
	return out
}

// openingClose reports whether the closing mark at token i opens a quote: it starts a
// paragraph or follows a colon, and a word follows it with no space between.
func openingClose(d *doc, i int) bool {
	if i+1 >= len(d.toks) || d.toks[i+1].has(fSpace) || d.toks[i+1].kind != tWord && d.toks[i+1].kind != tNum {
		return false
	}
	return d.toks[i].has(fPara) || i > 0 && (d.punct(i-1, ':') || d.toks[i-1].kind == tStop && d.toks[i].has(fSpace))
}

// scareQuote reports whether a quote is a few words set off inside a sentence rather
// than words someone said: a label in title case (label), a term after an article (the
// "polynomial method", whoever is named) unless a phrase after "a" or "an" in the clause
// of its speaker's verb of saying (saidNear), or a title or a nickname without a speaker
// ("The Cosby Show"). A short quote that opens its sentence, or exclaims or asks, is said.
func (rd *reader) scareQuote(q *quoteSpan, words int) bool {
	if q.open == rd.sents[q.sent].start {
		return false
	}
	if words >= 3 && words <= 10 && rd.capitalisedWords(q) && !rd.shouted(q) && !rd.exclaims(q) {
		return true // a title in capitals, asking or not: the question "Who Will Speak For Us?"; not a cry ("Chino Hills! Chino Hills!")
	}
	if rd.label(q, words) {
		return true
	}
	if words > 4 {
		return false
	}
	if !q.full && words >= 2 && rd.is(q.open-1, wA, wAn) && !rd.capitalisedWords(q) && rd.saidNear(q, q.speaker) {
		return false // words of the sentence's speaker: Ruiz noted it has been a "major challenge"
	}
	if words <= 3 && rd.is(q.open-1, wA, wAn, wThe, wThis, wThat, wIts, wHis, wHer, wTheir, wOur, wSoCalled) {
		return true // a "political process", the "polynomial method"
	}
	if words <= 3 && rd.capitalisedWords(q) {
		return true // a title or a name: NBC's "Today" show, "Jackie," the former student
	}
	if !q.full {
		return false // words of a named speaker: "exponentially higher", Grief said
	}
	last := q.b - 1
	for last > q.a && rd.toks[last].kind == tPunct {
		last--
	}
	return !(rd.toks[last].kind == tStop && (rd.text[rd.toks[last].s] == '!' || rd.text[rd.toks[last].s] == '?'))
}

// namingWords are the words before a participle of naming that make it a speaker's verb
// ("what he called a "monstrous attack""): any other lower-case word is the noun the
// participle names ("a device called a "torsion balance"").
var namingWords = newTokSet(map[string]bool{
	"he": true, "she": true, "it": true, "they": true, "we": true, "i": true, "you": true, "who": true,
	"what": true, "has": true, "have": true, "had": true, "also": true, "once": true, "then": true,
	"publicly": true, "repeatedly": true, "previously": true, "recently": true, "later": true,
})

// saidNear reports whether the phrase quoted after "a" or "an" is the words of speaker,
// the quote's speaker: the subject of a verb of saying before it in its clause (no
// comma, colon or dash between, twenty tokens at most: Ruiz said the city faces a "major
// challenge"), or a verb of saying after it in the sentence whose subject is a name or
// a pronoun (a "minor hiccup", he said; not "the report said", whose words may be its
// own). Not a document's contents ("according to a "kill list""), nor a thing a
// participle names ("a device called a "torsion balance"").
func (rd *reader) saidNear(q *quoteSpan, speaker string) bool {
	s := &rd.sents[q.sent]
	p := q.open - 2
	if rd.is(p, wTo) && rd.is(p-1, wAccording) {
		return false
	}
	if rd.is(p, wCalled, wNamed, wDubbed, wTermed, wLabeled, wLabelled, wKnown) && p-1 >= s.start &&
		rd.toks[p-1].kind == tWord && !rd.toks[p-1].has(fCap) && !rd.in(p-1, namingWords) {
		return false
	}
	for k := p; k >= s.start && k >= q.open-20; k-- {
		t := rd.toks[k].kind
		if t == tDash || t == tOpenQ || t == tCloseQ || rd.punct(k, ',') || rd.punct(k, ':') || rd.punct(k, ';') {
			break
		}
		if rd.isSpeech(k) {
			return rd.subjectBefore(k, s.start) == speaker && !rd.otherName(k+1, q.open-1)
		}
	}
	for k := q.b + 1; k < s.b; k++ {
		if rd.toks[k].kind == tOpenQ {
			return false
		}
		if rd.isSpeech(k) {
			e := rd.entityOf(k - 1)
			return rd.is(k-1, wHe, wShe, wThey, wWe, wI) || e >= 0 && (rd.ents[e].typ == kg.Person || rd.ents[e].typ == kg.Organization)
		}
	}
	return false
}

// otherName reports whether the clause between a verb of saying (its first token after
// the verb, a) and the article before a quoted phrase (b) names someone or somewhere: a
// capitalised word after the verb's "that", or after the verb when no "that" follows it
// closely ("X said the Acme board had agreed to a "limited review"", "X urged Ohio to
// enter a "new era""). The phrase may then be that party's term, not the speaker's.
func (rd *reader) otherName(a, b int) bool {
	for k := a; k < b && k < a+8; k++ {
		if rd.is(k, wThat) {
			a = k + 1
			break
		}
	}
	for k := a; k < b; k++ {
		if rd.toks[k].kind == tWord && rd.toks[k].has(fCap) && !rd.is(k, wI) {
			return true
		}
	}
	return false
}

// label reports whether a quote inside a sentence is the name a report gives an event or
// a thing, not words said: capitalised words of a title after an article or
// "so-called" (the "Trial of the Decade", a "Summer of Discontent"), never a whole
// sentence or a cry.
func (rd *reader) label(q *quoteSpan, words int) bool {
	if q.full || words < 2 || words > 8 || rd.exclaims(q) || !rd.is(q.open-1, wA, wAn, wThe, wSoCalled) {
		return false
	}
	b := q.b
	for b > q.a && (rd.punct(b-1, ',') || rd.toks[b-1].kind == tStop) {
		b--
	}
	return b > q.a && rd.titleWords(q.a, b) && !rd.shouted(q)
}

// workTitle reports whether a quote is the title of a work that the entities stage read
// between its marks (quotedTitleAt: appeared on "Morning Hour", the series "The Long
// Road Home"), a name of the sentence rather than words said.
func (rd *reader) workTitle(q *quoteSpan) bool {
	mi := rd.entAt[q.a]
	if mi < 0 {
		return false
	}
	m := &rd.mentions[mi]
	b := q.b
	for b > q.a && (rd.punct(b-1, ',') || rd.toks[b-1].kind == tStop && rd.tok(b-1) == ".") {
		b--
	}
	return m.a == q.a && m.b == b && m.typ == kg.Other
}

// titleQuote reports whether a quote inside one sentence is a title the sentence
// names, not words said: one to three capitalised words right after a word of the
// sentence ("director of "Blackfish."", "said on CBS's "This Morning."", "her memoir,
// "A Mother's Reckoning: …,""), though a speaker was found for the sentence. A title
// that follows a verb of saying or a colon is said ("he said, "Thank You."").
func (rd *reader) titleQuote(q *quoteSpan, words int) bool {
	if words > 3 || q.open == rd.sents[q.sent].start || rd.sentOf(q.b-1) != q.sent || !rd.capitalisedWords(q) || rd.exclaims(q) {
		return false
	}
	p := q.open - 1
	return rd.toks[p].kind == tWord && !rd.isSpeech(p) && !rd.in(p, speechExtra) && !rd.is(p, wThat, wAs, wAnd, wBut)
}

// exclaims reports whether the quote holds an exclamation mark: a cry or a chant.
func (rd *reader) exclaims(q *quoteSpan) bool {
	for k := q.a; k < q.b; k++ {
		if rd.toks[k].kind == tStop && rd.text[rd.toks[k].s] == '!' {
			return true
		}
	}
	return false
}

// quoteSpeaker finds who speaks the quote: after it (`," X said`, `," said X`), or before
// it in its sentence (`X said, "…`), or in the sentence the quote ends in. Words quoted
// inside a sentence are the words of the sentence's own speaker: `Gahler said he believes
// the office was called "because someone knew who he was," NBC reported` is Gahler's.
func (rd *reader) quoteSpeaker(q *quoteSpan) (string, bool) {
	sp, ok := rd.quoteSpeakerNamed(q)
	if ok && sp != "" {
		if _, unnamed := rd.calledSpeaker(q); unnamed {
			q.attributed = true
			return "", true // `in what critics called "…"`: theirs, unnamed, not a name's elsewhere in the sentence
		}
	}
	return sp, ok
}

// quoteSpeakerNamed finds the speaker of quote q in its own sentence (quoteSpeaker).
func (rd *reader) quoteSpeakerNamed(q *quoteSpan) (string, bool) {
	if !q.full || rd.embedded(q) {
		if sp, ok := rd.speakerBeforeQuote(q); ok {
			return sp, true
		}
	}
	if sp, ok := rd.speakerAfterClose(q); ok {
		return sp, true
	}
	return rd.speakerBeforeQuote(q)
}

// speakerAfterClose finds the speaker after the quote's closing mark, in the sentence the
// quote ends in: `," X said`, `," said X`, `," X, who …, said`.
func (rd *reader) speakerAfterClose(q *quoteSpan) (string, bool) {
	closeTok := q.b // the closing mark, or the first token after an unclosed quote
	endSent := rd.sentOf(max(q.b-1, q.a))
	if endSent >= len(rd.sents) {
		endSent = len(rd.sents) - 1
	}
	es := &rd.sents[endSent]
	// after the quote, in the same sentence
	if closeTok < es.b && rd.toks[closeTok].kind == tCloseQ {
		k := closeTok + 1
		// the quote's words run on into the sentence: no comma or stop inside the marks
		// or after them
		midSentence := closeTok > q.a && rd.toks[closeTok-1].kind == tWord
		if k < es.b && (rd.punct(k, ',') || rd.toks[k].kind == tDash) {
			k++
			midSentence = false
		}
		limit := min(es.b, k+16)
		if rd.asideAfter(k, es.b) {
			limit = min(es.b, k+40) // `," a smiling Williams, cheered on by …, said`
		} else if midSentence {
			limit = rd.asideNamedLimit(k, es.b, limit) // `"…" for many people, Ana Ruiz, a partner at …, said`
		}
		k0 := k // the first word after the mark and its comma
		for v := k; v < limit; v++ {
			if rd.toks[v].kind == tOpenQ && v > k && rd.commaBetween(k-1, v) { // a comma after k: a speaker's description ("Nora Kell, editor of …")
				if c := rd.shortQuoteClose(v, limit); c > 0 {
					v = c // `," Ann Vale, who goes by "Annie" on the site, said`: a name's quoted words, not the next quote
					continue
				}
			}
			if rd.toks[v].kind == tOpenQ && v > k && rd.entityOf(v-1) >= 0 && rd.entityOf(v-1) == rd.entityOf(v+1) {
				if c := rd.shortQuoteClose(v, limit); c > 0 {
					v = c // `," Coroner William "Beau" Clark said`: a nickname inside the speaker's name
					continue
				}
			}
			if rd.toks[v].kind == tOpenQ || rd.quoteOf[v] != 0 {
				break
			}
			if rd.punct(v, '(') {
				// a verb of saying in brackets is the aside's, not the quote's: the
				// "index theorem," devised with Ann Vale (and properly called …);
				// `," Rep. Ann Vale (D-Calif.) said` reads on past the bracket
				c := v + 1
				for c < limit && !rd.punct(c, ')') {
					c++
				}
				if c >= limit {
					break
				}
				v = c
				continue
			}
			if q.full && v > k && rd.toks[v].has(fCap) && rd.entityOf(v) >= 0 && rd.entityOf(v) == rd.entityOf(v-1) {
				continue // `," United States Attorney Ann Vale said`: "States" inside a name is no verb (a whole quote only: a scare-quoted word stays dropped)
			}
			inverted := v == k && rd.invertedTeller(q, closeTok, v) // `?" asks Ann Vale` (quotes_inverted.go)
			if !inverted && !rd.isSpeech(v) && !rd.documentVerb(v, k) {
				continue // `," the suit claims`: a document's verb
			}
			if sp, ok := rd.relayedSpeaker(v, k, es.b); ok {
				q.attributed = sp == "" // relayed from someone, not the quote before's speaker
				return sp, sp != ""     // `," the agency quoted X as saying`, `," X was quoted by the agency as saying`
			}
			if v == k { // `," said X`
				if sp, ok := rd.documentSpeaker(v+1, rd.phraseEnd(v+1, es.b), false); ok {
					q.attributed = true
					return sp, sp != "" // `," said a statement from her office`
				}
				if sp := rd.possessiveSpeaker(v+1, rd.phraseEnd(v+1, es.b)); sp != "" {
					return sp, true // `," said Machar's spokesman James Dak`
				}
				if sp := rd.speakerAfter(v+1, es.b); sp != "" {
					return sp, true
				}
				q.attributed = rd.is(v+1, wA, wAn, wAnother) // `," said a dealmaker at a rival bank`: someone new, not the quote before's speaker
				break
			}
			if midSentence {
				// `operated "in a similar fashion" to the Meridian Bank hack, Corvel said`:
				// the sentence goes on after the quote, and the verb's subject is what
				// follows its last comma, not a name in the words that go on
				if p := rd.namedBeforeAside(k, v); p >= 0 {
					k = p // `"…" to move the bears, Karen Oduya, director of the zoo, told`
				} else {
					k = rd.afterLastComma(k, v)
				}
			}
			if sp, ok := rd.documentSpeaker(k, v, false); ok {
				q.attributed = true
				return sp, sp != "" // `," the advisory said`: who wrote it
			}
			if !rd.isSpeech(v) {
				continue // `," the letter read`: no author found, read on as before
			}
			if sp := rd.possessiveSpeaker(k, v); sp != "" {
				return sp, true // `," Machar's spokesman James Dak told Reuters`
			}
			if sp := rd.speakerNP(k, v); sp != "" {
				return sp, true
			}
			if sp := rd.surnameSpeaker(k, v); sp != "" {
				return sp, true // `," Holland said` after "Tim Holland, a friend of the family," (quotes_surname.go)
			}
			if sp, ok, done := rd.tailSaidSpeaker(q, k0, v, es.b); done {
				return sp, ok // `"…" at the price of the tickets, said Tom Black` (quotes_tail.go)
			}
			q.attributed = rd.is(k, wThe, wA, wAn, wOne, wAnother)
			q.itSaid = rd.is(k, wIt) && v == k+1
			break
		}
	}
	return "", false
}

// shortQuoteClose returns the closing mark of the quotation opening at open when it
// closes within four words before limit and holds no stop or comma but one right before
// its close (a nickname, a title or a term in quotation marks), else 0.
func (rd *reader) shortQuoteClose(open, limit int) int {
	for c := open + 1; c < limit && c <= open+5; c++ {
		switch rd.toks[c].kind {
		case tCloseQ:
			if c > open+1 && rd.toks[c-1].kind == tWord {
				return c
			}
			return 0
		case tWord:
		default:
			if rd.punct(c, ',') && c+1 < limit && rd.toks[c+1].kind == tCloseQ && c > open+1 {
				return c + 1 // `the weekly "Harbor Notes," wrote`: the comma inside the marks
			}
			return 0
		}
	}
	return 0
}

// speakerBeforeQuote finds the speaker before the quote, in the sentence it opens in:
// `X said, "…`, `according to X, "…`, `a warning from X that "…`.
func (rd *reader) speakerBeforeQuote(q *quoteSpan) (string, bool) {
	s := &rd.sents[q.sent]
	for v := q.open - 1; v >= s.start && v >= q.open-40; v-- {
		if rd.quoteOf[v] != 0 || rd.toks[v].kind == tCloseQ {
			break
		}
		if rd.is(v, wAccording) && rd.is(v+1, wTo) {
			// "according to Yano, designs “30 to 40 percent …”"; a person before the
			// body whose title names it: "according to Carvale Labs researcher Ana Ruiz, “…”"
			found := -1
			for k := v + 2; k < q.open && k < v+12 && !rd.punct(k, ','); k++ {
				if e := rd.entityOf(k); e >= 0 && rd.ents[e].typ != kg.Place && (found < 0 || rd.ents[e].typ == kg.Person && rd.ents[found].typ != kg.Person) {
					found = e
				}
			}
			if found >= 0 {
				return rd.entName(found), true
			}
		}
		if rd.isSpeech(v) {
			if sp, ok := rd.relayedSpeaker(v, s.start, q.open); ok {
				return sp, sp != "" // `the agency quoted X as saying: "…`
			}
		}
		if !rd.isSpeech(v) && rd.documentVerb(v, s.start) && q.open-v <= 2 {
			if sp, ok := rd.documentSpeaker(rd.phraseStart(v, s.start), v, false); ok {
				return sp, sp != "" // `The suit claims: "…`
			}
		}
		if rd.isSpeech(v) || rd.in(v, speechNouns) {
			// "a warning from the Islamic State militant group that “…”"
			if rd.in(v, speechNouns) && rd.is(v+1, wFrom) {
				for k := v + 2; k < q.open && k < v+10; k++ {
					if e := rd.entityOf(k); e >= 0 && rd.ents[e].typ != kg.Place {
						return rd.entName(e), true
					}
				}
			}
			if sp, ok := rd.documentSpeaker(rd.phraseStart(v, s.start), v, false); ok && rd.isSpeech(v) && q.open-v <= 2 {
				return sp, sp != "" // `The statement said: "…`
			}
			if sp := rd.participleSpeaker(v, s.start); sp != "" {
				return sp, true // `," X told Reuters, adding that a civil case "…`
			}
			if sp := rd.issuerSaying(v, s.start); sp != "" {
				return sp, true // `The company issued a statement saying: "…`
			}
			if p := rd.phraseStart(v, s.start); rd.isSpeech(v) && p < v && rd.documentHead(p, v) >= 0 {
				if sp, _ := rd.documentSpeaker(p, v, false); sp != "" {
					return sp, true // `The report said the malware exhibits "…"`: its author
				}
			}
			if sp := rd.subjectBefore(v, s.start); sp != "" {
				if rd.is(v-1, wHe, wShe) && rd.isSpeech(v) && rd.quoteNames(sp, v+1, q.open) {
					// `He said Trump was "clearly out of his mind"`: "he" is not the person
					// his own words name; whom else it stands for is unsure, so no one
					q.attributed = true
					return "", false
				}
				if outer := rd.outerSpeaker(v, s.start, q.open); outer != "" {
					return outer, true
				}
				return sp, true
			}
			if rd.isSpeech(v) && (v == s.start || rd.toks[v-1].kind != tWord) {
				// `, said X, "…`, not `The report said the malware used against X
				// exhibits "…"`: a verb with its own subject before it is followed by what
				// was said
				if sp := rd.speakerAfter(v+1, q.open); sp != "" {
					return sp, true
				}
			}
		}
	}
	return "", false
}

// issuerSaying returns who issued the document whose words "saying" at token v
// introduces: the subject of the verb that brings the document in ("The company later
// issued a statement saying", "Mission Park responded in a statement saying"); or "".
func (rd *reader) issuerSaying(v, start int) string {
	if !rd.is(v, wSaying) || !rd.in(v-1, documentNouns) || rd.in(v-1, publicationNouns) {
		return ""
	}
	bv := rd.bringingVerb(v-1, start)
	if bv < 0 {
		return ""
	}
	if bv-1 > start && rd.isWord(bv-1, itSaidAdverbs...) {
		bv-- // "The company later issued": the subject before the adverb
	}
	return rd.subjectBefore(bv, start)
}

// outerSpeaker returns the speaker of a verb of saying that reports the clause of the
// verb at token v, when the quote opening at token open lies further on in that clause:
// `Cook said the FBI had asked the company to build "a backdoor …"` quotes Cook's words
// about what the FBI asked, not the FBI's. The outer verb must stand before v with no
// punctuation between (`said that the agency asked`), and the quote must not follow v
// at once, nor be introduced by a comma or a colon, nor be what someone told (`Lind said
// Moss told him, "…"`, `said Moss told lawmakers there were times when "I …"` relay
// Moss's words); else "".
func (rd *reader) outerSpeaker(v, start, open int) string {
	if open-v <= 2 || rd.is(v, wTold, wTell, wTells) || rd.punct(open-1, ':') || rd.punct(open-1, ',') {
		return "" // `said Trump told her: "…"`, `said Clark told Schwarze, "…"`: relayed words
	}
	if n := open - 1; rd.in(n, labelNamingWords) || rd.is(n, wA, wAn, wThe) && rd.in(n-1, labelNamingWords) {
		return "" // `said Mateen had described himself as an "Islamic soldier"`: his term
	}
	if rd.speechComplement(v, open) {
		return "" // `says Trump wondered aloud about "riots"`: the words the inner verb tells of
	}
	for u := v - 1; u > start && v-u < 12; u-- {
		if rd.toks[u].kind != tWord || rd.quoteOf[u] != 0 {
			return ""
		}
		if rd.isSpeech(u) && rd.toks[u].feat&lxSpeech != 0 && rd.is(u, wSaid, wSays, wSay, wWrote, wWrites) {
			return rd.subjectBefore(u, start)
		}
	}
	return ""
}

// speechComplement reports whether the quote opening at token open is what the verb of
// saying at token v says, with only a few function words or adverbs between them
// ("wondered aloud about "…"", "spoke openly of "…""): no name, no "to" of a request
// ("asked the company to build "…"" is the reporting speaker's paraphrase).
func (rd *reader) speechComplement(v, open int) bool {
	if !rd.isSpeech(v) || rd.is(v, wAsked, wAsks, wAsk, wUrged, wUrges, wCalled, wCalls) || open-v > 4 {
		return false
	}
	for k := v + 1; k < open; k++ {
		if rd.toks[k].kind != tWord || rd.toks[k].has(fCap) || rd.entAt[k] >= 0 || rd.is(k, wTo, wThe, wA, wAn, wHis, wHer, wIts, wTheir) {
			return false
		}
	}
	return true
}

// participleSpeaker returns who speaks through the saying participle at token v after a
// comma ("adding", "noting": sayingParticiples) when the clause before the comma is only
// a verb of saying and the names it holds: the verb's subject (`," X told Reuters, adding
// that a civil case "…`), or the name after it (`, said X, adding: "…`), not the
// sentence's first subject, which a quotation opened by a colon leaves before it. An
// outlet's aside (`, state television reported, saying`) and a longer clause (`when X
// told her his plans …, adding`) give "": the caller reads them as before.
func (rd *reader) participleSpeaker(v, start int) string {
	if !rd.in(v, sayingParticiples) || !rd.punct(v-1, ',') {
		return ""
	}
	k := v - 2
	for ; k >= start && k > v-10; k-- {
		if rd.quoteOf[k] != 0 || rd.toks[k].kind == tCloseQ || rd.toks[k].kind == tOpenQ {
			return ""
		}
		if rd.isSpeech(k) {
			break
		}
		if rd.entAt[k] < 0 && !rd.is(k, wReporters, wHer, wHim, wThem) {
			return "" // more than a verb and its names
		}
	}
	if k < start || k <= v-10 || !rd.isSpeech(k) || rd.is(k, wReported, wReports, wReporting) {
		return ""
	}
	if k+1 < v-1 && rd.is(k, wSaid, wSays, wAdded, wAdds, wWrote, wWrites) {
		if e := rd.entityOf(k + 1); e >= 0 && rd.ents[e].typ == kg.Person {
			return rd.entName(e) // ", said Lee, adding"
		}
		return ""
	}
	return rd.subjectBefore(k, start)
}

// asideAfter reports whether the words from token k are a name or a short noun phrase
// and then an aside between commas before the verb of saying: `," a smiling Williams,
// cheered on by …, said`, `," Guo Ping, one of Huawei's CEOs, wrote`.
func (rd *reader) asideAfter(k, end int) bool {
	for j := k; j < end && j < k+6; j++ {
		if rd.punct(j, ',') {
			return j > k
		}
		if rd.isSpeech(j) || rd.toks[j].kind != tWord {
			return false
		}
	}
	return false
}

// speakerBefore finds who speaks in the prose sentence before sentence si, for a
// paragraph of quotation that names no speaker: the person who is the subject of its
// verb of saying ("X, a fighter with the Y group, said the government had shelled …"),
// or of a verb answering a charge ("X denied the report.").
func (rd *reader) speakerBefore(si int) (string, bool) {
	p := si - 1
	if p < 0 || rd.sents[p].kind != sProse {
		return "", false
	}
	s := &rd.sents[p]
	for v := s.start; v < s.b; v++ {
		if rd.quoteOf[v] != 0 || rd.toks[v].kind == tOpenQ || rd.toks[v].kind == tCloseQ {
			return "", false // a sentence with its own quote has its own speaker
		}
	}
	for v := s.start; v < s.b; v++ {
		if !rd.isSpeech(v) && !rd.in(v, answerVerbs) {
			continue
		}
		if sp := rd.subjectBefore(v, s.start); sp != "" && rd.typeOfName(sp) == kg.Person {
			return sp, true
		}
		return "", false
	}
	return "", false
}

// speakerAfterQuote finds the speaker of a whole quote in a short sentence right after
// it that only says who spoke: `"Is the Secretary concerned …?" Weaver wrote.`
func (rd *reader) speakerAfterQuote(q *quoteSpan) (string, bool) {
	if q.b >= len(rd.toks) || rd.toks[q.b].kind != tCloseQ {
		return "", false
	}
	si := rd.sentOf(q.b + 1)
	if si >= len(rd.sents) || rd.sents[si].a != q.b+1 {
		return "", false
	}
	s := &rd.sents[si]
	if s.b-s.a > 6 {
		return "", false
	}
	for v := s.a; v < s.b; v++ {
		if rd.isSpeech(v) {
			if sp := rd.speakerNP(s.a, v); sp != "" {
				return sp, true
			}
			return rd.speakerAfter(v+1, s.b), v+1 < s.b && rd.speakerAfter(v+1, s.b) != ""
		}
	}
	return "", false
}

// speakerNextSentence finds the speaker of a whole quote that ends its sentence in the
// sentence right after it, in the same paragraph, when that sentence only says who
// spoke: a name or a titled name, a verb of saying, and at most a short tail that says
// when, where or how (`"Why now?" Ann Vale said on Tuesday.`, `"…". Vale told
// reporters in Albany.`). A sentence that goes on to say something of its own ("Vale said
// the plan…", "Vale said in a letter that…") or quotes again starts a new speaker's
// words, and the quote stays with whoever spoke before. Pronouns are left to the
// speakers before (speakerAfterQuote takes them when none is found).
func (rd *reader) speakerNextSentence(q *quoteSpan) (string, bool) {
	if q.b >= len(rd.toks) || rd.toks[q.b].kind != tCloseQ {
		return "", false
	}
	start := q.b + 1
	if start < len(rd.toks) && rd.toks[start].kind == tStop && !rd.toks[start].has(fPara|fLine) {
		start++ // `"…". Vale said`: the full stop after the closing mark
	} else if rd.toks[q.b-1].kind != tStop {
		return "", false // the quote does not end a sentence
	}
	si := rd.sentOf(start)
	if si >= len(rd.sents) || rd.sents[si].a != start || rd.sents[si].kind != sProse || rd.toks[start].has(fPara|fLine) {
		return "", false
	}
	s := &rd.sents[si]
	if s.b-s.a > 24 || rd.toks[start].feat&lxPronoun != 0 {
		return "", false
	}
	v := -1
	for k := s.a; k < s.b && k < s.a+8; k++ {
		if rd.isSpeech(k) {
			v = k
			break
		}
		if rd.toks[k].kind != tWord && !rd.punct(k, '.') && !rd.punct(k, '-') {
			return "", false // `Vale, who …, said`: an aside, not a bare name
		}
	}
	if v <= s.a || rd.entityOf(v-1) < 0 {
		return "", false
	}
	for k := v + 1; k < s.b; k++ {
		if rd.toks[k].kind == tOpenQ || rd.toks[k].kind == tCloseQ || rd.is(k, wThat) {
			return "", false
		}
	}
	if t := v + 1; t < s.b && !(rd.toks[t].kind == tStop || rd.in(t, nextSentenceTails) || strings.HasSuffix(rd.low(t), "ly") || rd.punct(t, ',') && t+1 < s.b && rd.toks[t+1].kind == tWord && strings.HasSuffix(rd.low(t+1), "ing")) {
		return "", false
	}
	sp := rd.speakerNP(s.a, v)
	if sp == "" {
		return "", false
	}
	if e := rd.entityOf(v - 1); rd.ents[e].typ != kg.Person && rd.ents[e].typ != kg.Organization {
		return "", false
	}
	return sp, true
}

// nextSentenceTails are the words that may follow the verb of a sentence that only says
// who spoke the quote before it: when, where, to whom or how it was said
// (speakerNextSentence), never a clause of its own.
var nextSentenceTails = newTokSet(wordSet("next-sentence-tails"))

// embedded reports whether the quote continues its sentence's own words ("called to the
// restaurant "because someone knew who he was," NBC reported"): a word that is no verb
// of saying stands right before it.
func (rd *reader) embedded(q *quoteSpan) bool {
	p := q.open - 1
	if p < rd.sents[q.sent].start || rd.toks[p].kind != tWord {
		return false
	}
	return !rd.isSpeech(p) && !rd.in(p, speechExtra) && !rd.is(p, wThat, wAs, wAnd, wBut)
}

// capitalisedWords reports whether every word of the quote is capitalised.
func (rd *reader) capitalisedWords(q *quoteSpan) bool {
	for k := q.a; k < q.b; k++ {
		if rd.toks[k].kind == tWord && !rd.toks[k].has(fCap) {
			return false
		}
	}
	return true
}

// speakerHeading finds the speaker named by the heading line right before sentence si: a
// short line without a full stop that opens with a person's name, alone or before what
// they speak on ("Dana Ruiz on taxes:", "Rabbi Ezra Stein"); "" and false otherwise.
func (rd *reader) speakerHeading(si int) (string, bool) {
	p := si - 1
	if p < 0 {
		return "", false
	}
	s := &rd.sents[p]
	last := s.b - 1
	if s.b-s.a > 12 || last < s.a || !(s.kind == sHeading || rd.punct(last, ':')) || !rd.toks[rd.sents[si].a].has(fPara|fLine) {
		return "", false
	}
	// the line's first words are a person's name (the entities stage reads no names in
	// headings), and the line ends there, or goes on "on …" or "about …" to a colon
	for a := s.a; a <= s.a+2 && a < s.b && rd.toks[a].kind == tWord && rd.toks[a].has(fCap); a++ { // after a title: "Rabbi Ezra Stein"
		for b := a + 1; b <= a+4 && b <= s.b; b++ {
			if !(b == s.b || b == last && rd.punct(last, ':') || rd.is(b, wOn, wAbout) && rd.punct(last, ':')) {
				continue
			}
			name := rd.span(a, b)
			for _, ent := range rd.ents {
				if !ent.dropped && ent.typ == kg.Person && (ent.name == name || slices.Contains(ent.aliases, name)) {
					return ent.name, true
				}
			}
		}
	}
	return "", false
}

// shouted reports whether every word of the quote is in capitals ("I FOUND HER!"): a
// cry, not a title.
func (rd *reader) shouted(q *quoteSpan) bool {
	for k := q.a; k < q.b; k++ {
		if rd.toks[k].kind == tWord && !rd.toks[k].has(fUpper) && rd.toks[k].e-rd.toks[k].s > 1 {
			return false
		}
	}
	return true
}

// afterLastComma returns the token after the last comma between tokens a and b, or a
// when there is none.
func (rd *reader) afterLastComma(a, b int) int {
	for k := b - 1; k > a; k-- {
		if rd.punct(k, ',') {
			return k + 1
		}
	}
	return a
}

// repeatedQuote returns the index of the quote in out (whose quoteKeys are keys) that the
// quotation of key t repeats, or -1: an article often quotes a line in its lead and again
// in full further down, or a sentence twice, and that is one quotation. The words of one must hold the other's
// (case, spacing and edge punctuation aside), with three words or more in the shorter,
// and the speakers must be the same or one of them unknown ("this has been a
// nightmare" said by two people stays two quotes). findQuotes keeps the copy that names
// its speaker, and of two by one speaker the longer.
func repeatedQuote(out []kg.Quote, keys []string, speaker, t string) int {
	if strings.Count(t, " ") < 2 {
		return -1
	}
	for i := range out {
		if out[i].Speaker != speaker && out[i].Speaker != "" && speaker != "" {
			continue
		}
		o := keys[i]
		if strings.Count(o, " ") < 2 {
			continue
		}
		if strings.Contains(o, t) || strings.Contains(t, o) {
			return i
		}
	}
	return -1
}

// quoteKey folds a quotation's text for comparison: lower case, single spaces, no
// quotation marks or punctuation at its ends.
func quoteKey(text string) string {
	if k, ok := asciiQuoteKey(text); ok {
		return k
	}
	t := strings.ToLower(strings.Join(strings.Fields(text), " "))
	return strings.TrimFunc(t, func(r rune) bool {
		return r == '"' || r == '\'' || r == '“' || r == '”' || r == '‘' || r == '’' || r == '.' || r == ',' || r == ';' || r == ':' || r == '…'
	})
}

// asciiQuoteKey is quoteKey for an ASCII text in one pass and one copy: its words in
// lower case, one space apart, then the same marks trimmed from its ends (of the marks,
// only the ASCII ones can be there). False for any other text.
func asciiQuoteKey(text string) (string, bool) {
	for i := 0; i < len(text); i++ {
		if text[i] >= 0x80 {
			return "", false
		}
	}
	b := make([]byte, 0, len(text))
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r' {
			continue
		}
		if len(b) > 0 && i > 0 {
			if p := text[i-1]; p == ' ' || p == '\t' || p == '\n' || p == '\v' || p == '\f' || p == '\r' {
				b = append(b, ' ')
			}
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return strings.Trim(unsafe.String(unsafe.SliceData(b), len(b)), "\"'.,;:"), true
}
