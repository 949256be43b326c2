package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// quoteSpan is one pair of quotation marks: tokens a..b-1 are inside.
type quoteSpan struct {
	open, a, b int
	speaker    string
	sent       int
	full       bool // the quote is a whole sentence or more, not words inside a sentence
}

var speechNouns = wordSet("speech-nouns")

var speechExtra = wordSet("speech-extra")

// findQuotes is the quotes stage: it pairs the quotation marks, keeps the quotes that
// are a whole sentence, or words of a named speaker, and finds who speaks each
// (quoteSpeaker; a whole quote without one continues the speaker of the quote just
// before). It marks the words of each quote kept in rd.quoteOf, and its speaker in
// rd.quoteSrc, as it goes: a quote's speaker is sought with the quotes before it
// marked (rd.read leaves none).
func findQuotes(rd *reader) []kg.Quote {
	var out []kg.Quote
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
		speaker, found := rd.quoteSpeaker(q)
		if !found && q.full && prev != nil && (para == prevPara || para-prevPara <= 2 && rd.toks[q.open].has(fPara)) {
			speaker, found = prev.speaker, prev.speaker != ""
		}
		if !q.full && (words < 3 || !found) || words < 2 {
			continue
		}
		q.speaker = speaker
		text := strings.TrimRight(rd.span(q.a, q.b), ",;: ")
		out = append(out, kg.Quote{Speaker: speaker, Text: text, Sentence: q.sent})
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
		switch t.kind {
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

// quoteSpeaker finds who speaks the quote: after it (`," X said`, `," said X`), or before
// it in its sentence (`X said, "…`), or in the sentence the quote ends in.
func (rd *reader) quoteSpeaker(q *quoteSpan) (string, bool) {
	closeTok := q.b // the closing mark, or the first token after an unclosed quote
	endSent := rd.sentOf(max(q.b-1, q.a))
	if endSent >= len(rd.sents) {
		endSent = len(rd.sents) - 1
	}
	es := &rd.sents[endSent]
	// after the quote, in the same sentence
	if closeTok < es.b && rd.toks[closeTok].kind == tCloseQ {
		k := closeTok + 1
		if k < es.b && (rd.punct(k, ',') || rd.toks[k].kind == tDash) {
			k++
		}
		limit := min(es.b, k+16)
		for v := k; v < limit; v++ {
			if rd.toks[v].kind == tOpenQ || rd.quoteOf[v] != 0 {
				break
			}
			if !rd.isSpeech(v) {
				continue
			}
			if v == k { // `," said X`
				if sp := rd.speakerAfter(v+1, es.b); sp != "" {
					return sp, true
				}
				break
			}
			if sp := rd.speakerNP(k, v); sp != "" {
				return sp, true
			}
			break
		}
	}
	// before the quote, in the sentence it opens in
	s := &rd.sents[q.sent]
	for v := q.open - 1; v >= s.start && v >= q.open-40; v-- {
		if rd.quoteOf[v] != 0 || rd.toks[v].kind == tCloseQ {
			break
		}
		if rd.is(v, "according") && rd.is(v+1, "to") {
			// "according to Yano, designs “30 to 40 percent …”"
			for k := v + 2; k < q.open && k < v+8 && !rd.punct(k, ','); k++ {
				if e := rd.entityOf(k); e >= 0 && rd.ents[e].typ != kg.Place {
					return rd.entName(e), true
				}
			}
		}
		if rd.isSpeech(v) || speechNouns[rd.low(v)] {
			// "a warning from the Islamic State militant group that “…”"
			if speechNouns[rd.low(v)] && rd.is(v+1, "from") {
				for k := v + 2; k < q.open && k < v+10; k++ {
					if e := rd.entityOf(k); e >= 0 && rd.ents[e].typ != kg.Place {
						return rd.entName(e), true
					}
				}
			}
			if sp := rd.subjectBefore(v, s.start); sp != "" {
				return sp, true
			}
			if rd.isSpeech(v) {
				if sp := rd.speakerAfter(v+1, q.open); sp != "" {
					return sp, true
				}
			}
		}
	}
	return "", false
}
