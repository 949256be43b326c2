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

// pairQuotes pairs quotation marks in one pass. A quote left open at the end of a
// paragraph ends there (news style continues a quote into the next paragraph by opening
// it again).
func (d *doc) pairQuotes() []quoteSpan {
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

var speechNouns = wordSet("speech-nouns")

var speechExtra = wordSet("speech-extra")

func (d *doc) isSpeech(i int) bool {
	if i < 0 || i >= len(d.toks) || d.toks[i].kind != tWord {
		return false
	}
	return d.toks[i].feat&lxSpeech != 0 || speechExtra[d.low(i)]
}

func (d *doc) findQuotes() {
	d.quoteSrc = d.quoteSrc[:0]
	spans := d.pairQuotes()
	n := len(d.toks)
	if cap(d.quoteOf) < n {
		d.quoteOf = make([]int32, n)
	}
	d.quoteOf = d.quoteOf[:n]
	for i := range d.quoteOf {
		d.quoteOf[i] = 0
	}
	var prev *quoteSpan
	prevPara := -10
	para := 0
	lastPara := 0
	for qi := range spans {
		q := &spans[qi]
		q.sent = d.sentOf(q.open)
		if q.sent >= len(d.sents) {
			continue
		}
		s := &d.sents[q.sent]
		if s.kind == sDebris || s.kind == sHeading || s.kind == sCredit {
			continue
		}
		// paragraph number of the quote: count paragraph starts since the last quote
		for k := lastPara; k <= q.open; k++ {
			if d.toks[k].has(fPara) {
				para++
			}
		}
		lastPara = q.open + 1
		words := 0
		for k := q.a; k < q.b; k++ {
			if d.toks[k].kind == tWord || d.toks[k].kind == tNum {
				words++
			}
		}
		endSent := d.sentOf(q.b - 1)
		// a full quote: a whole sentence (opens the sentence or follows "X said,") or spans sentences
		q.full = endSent > q.sent || q.open == s.a || d.toks[q.b-1].kind == tStop || d.punct(q.b-1, ',') || d.punct(q.b-1, ':')
		speaker, found := d.quoteSpeaker(q)
		if !found && q.full && prev != nil && (para == prevPara || para-prevPara <= 2 && d.toks[q.open].has(fPara)) {
			speaker, found = prev.speaker, prev.speaker != ""
		}
		if !q.full {
			if words < 3 || !found {
				continue
			}
		}
		if words < 2 {
			continue
		}
		q.speaker = speaker
		text := strings.TrimRight(d.span(q.a, q.b), ",;: ")
		d.out.Quotes = append(d.out.Quotes, kg.Quote{Speaker: speaker, Text: text, Sentence: q.sent})
		d.quoteSrc = append(d.quoteSrc, speaker)
		for k := q.a; k < q.b; k++ {
			d.quoteOf[k] = int32(len(d.quoteSrc))
		}
		prev = q
		prevPara = para
	}
}

// quoteSpeaker finds who speaks the quote: after it (`," X said`, `," said X`), or before
// it in its sentence (`X said, "…`), or in the sentence the quote ends in.
func (d *doc) quoteSpeaker(q *quoteSpan) (string, bool) {
	closeTok := q.b // the closing mark, or the first token after an unclosed quote
	endSent := d.sentOf(max(q.b-1, q.a))
	if endSent >= len(d.sents) {
		endSent = len(d.sents) - 1
	}
	es := &d.sents[endSent]
	// after the quote, in the same sentence
	if closeTok < es.b && d.toks[closeTok].kind == tCloseQ {
		k := closeTok + 1
		if k < es.b && (d.punct(k, ',') || d.toks[k].kind == tDash) {
			k++
		}
		limit := min(es.b, k+16)
		for v := k; v < limit; v++ {
			if d.toks[v].kind == tOpenQ || d.quoteOf[v] != 0 {
				break
			}
			if !d.isSpeech(v) {
				continue
			}
			if v == k { // `," said X`
				if sp := d.speakerAfter(v+1, es.b); sp != "" {
					return sp, true
				}
				break
			}
			if sp := d.speakerNP(k, v); sp != "" {
				return sp, true
			}
			break
		}
	}
	// before the quote, in the sentence it opens in
	s := &d.sents[q.sent]
	for v := q.open - 1; v >= s.start && v >= q.open-40; v-- {
		if d.quoteOf[v] != 0 || d.toks[v].kind == tCloseQ {
			break
		}
		if d.is(v, "according") && d.is(v+1, "to") {
			// "according to Yano, designs “30 to 40 percent …”"
			for k := v + 2; k < q.open && k < v+8 && !d.punct(k, ','); k++ {
				if e := d.entityOf(k); e >= 0 && d.ents[e].typ != kg.Place {
					return d.entName(e), true
				}
			}
		}
		if d.isSpeech(v) || speechNouns[d.low(v)] {
			// "a warning from the Islamic State militant group that “…”"
			if speechNouns[d.low(v)] && d.is(v+1, "from") {
				for k := v + 2; k < q.open && k < v+10; k++ {
					if e := d.entityOf(k); e >= 0 && d.ents[e].typ != kg.Place {
						return d.entName(e), true
					}
				}
			}
			if sp := d.subjectBefore(v, s.start); sp != "" {
				return sp, true
			}
			if d.isSpeech(v) {
				if sp := d.speakerAfter(v+1, q.open); sp != "" {
					return sp, true
				}
			}
		}
	}
	return "", false
}

// speakerNP resolves the words a..b-1 before a speech verb: a named entity, a pronoun,
// or a description ("one neighborhood resident" → "a neighborhood resident").
func (d *doc) speakerNP(a, b int) string {
	if b-a > 12 {
		a = b - 12
	}
	// a named person or organization in the words wins
	best := -1
	for k := a; k < b; k++ {
		if e := d.entityOf(k); e >= 0 {
			t := d.ents[e].typ
			if t == kg.Person {
				return d.entName(e)
			}
			if best < 0 && t != kg.Place {
				best = e
			}
		}
	}
	if best >= 0 {
		return d.entName(best)
	}
	if b-a == 1 && d.toks[a].feat&lxPronoun != 0 {
		return d.pronoun(a)
	}
	return d.description(a, b)
}

// speakerAfter reads the speaker after a speech verb (`said X`, `said a 71-year-old
// neighbor who gave his name as Chang`).
func (d *doc) speakerAfter(a, end int) string {
	limit := min(end, a+25)
	stop := limit
	for k := a; k < limit; k++ {
		if d.toks[k].kind == tStop || d.toks[k].kind == tOpenQ || d.punct(k, ';') {
			stop = k
			break
		}
		if d.is(k, "name") && d.is(k+1, "as") || d.is(k, "identified") && d.is(k+1, "as") || d.is(k, "identified") && d.is(k+1, "only") && d.is(k+2, "as") {
			j := k + 2
			if d.is(j, "as") {
				j++
			}
			if e := d.entityOf(j); e >= 0 {
				return d.entName(e)
			}
		}
	}
	// the person the phrase names wins over the organization they speak for ("Tainan fire
	// department information officer Lee Po Min")
	np := a
	for np < stop && !d.punct(np, ',') && !d.is(np, "who", "that", "which") {
		np++
	}
	for k := a; k < np; k++ {
		if e := d.entityOf(k); e >= 0 && d.ents[e].typ == kg.Person {
			return d.entName(e)
		}
	}
	for k := a; k < stop; k++ {
		if e := d.entityOf(k); e >= 0 && d.ents[e].typ != kg.Place {
			return d.entName(e)
		}
	}
	if a < stop && d.toks[a].feat&lxPronoun != 0 {
		return d.pronoun(a)
	}
	// a description up to a comma or "who"
	j := a
	for j < stop && !d.punct(j, ',') && !d.is(j, "who", "that", "in", "on", "at", "after", "before", "adding", "as") {
		j++
	}
	return d.description(a, j)
}

// subjectBefore finds the subject of a speech verb at v: the nearest person named before
// it in the clause, else an organization, a pronoun or a description.
func (d *doc) subjectBefore(v, start int) string {
	// the words right before the verb
	a := v
	for a > start && v-a < 8 {
		t := &d.toks[a-1]
		if t.kind != tWord && t.kind != tNum && !(t.kind == tPunct && d.text[t.s] == '-') {
			break
		}
		if d.quoteOf[a-1] != 0 {
			break
		}
		a--
	}
	if a < v {
		if v-a == 1 && d.toks[a].feat&lxPronoun != 0 {
			if d.is(a, "it", "they") {
				// "it said": the last organization
				for k := a - 1; k >= max(0, a-200); k-- {
					if e := d.entityOf(k); e >= 0 && d.ents[e].typ == kg.Organization {
						return d.entName(e)
					}
				}
				return ""
			}
			return d.pronoun(a)
		}
		for k := v - 1; k >= a; k-- {
			if e := d.entityOf(k); e >= 0 && d.ents[e].typ != kg.Place {
				return d.entName(e)
			}
		}
	}
	// "Annan, who was appointed …, said": the sentence's first person
	for k := start; k < v; k++ {
		if d.quoteOf[k] != 0 {
			continue
		}
		if e := d.entityOf(k); e >= 0 && d.ents[e].typ == kg.Person {
			return d.entName(e)
		}
	}
	if a < v {
		if desc := d.description(a, v); desc != "" {
			return d.resolveDescription(desc, a)
		}
	}
	for k := start; k < v; k++ {
		if d.quoteOf[k] != 0 {
			continue
		}
		if e := d.entityOf(k); e >= 0 && d.ents[e].typ == kg.Organization {
			return d.entName(e)
		}
	}
	return ""
}

// pronoun resolves he/she at token i to the last person named before it.
func (d *doc) pronoun(i int) string {
	if !d.is(i, "he", "she", "him", "her") {
		return ""
	}
	// a man is not "she", a woman not "he"
	not := byte('F')
	if d.is(i, "she", "her") {
		not = 'M'
	}
	// the subject of the pronoun's own sentence first: "Guzman also revealed to Penn that
	// he had once met …", "Jenner … said she met Cruz"
	if si := d.sentOf(i); si < len(d.sents) {
		s := &d.sents[si]
		inQuote := false
		for k := s.start; k < i; k++ {
			switch d.toks[k].kind {
			case tOpenQ:
				inQuote = true
			case tCloseQ:
				inQuote = false
			}
			if inQuote || d.quoteOf[k] != 0 || d.toks[k].kind != tWord {
				continue // the quote's own words (not yet marked while its speaker is sought)
			}
			if e := d.entityOf(k); e >= 0 {
				m := &d.mentions[d.entAt[k]]
				if d.ents[e].typ == kg.Person && d.ents[e].gender != not && !d.afterPreposition(m.a, s.start) {
					return d.entName(e)
				}
				break // the sentence opens with another entity
			}
		}
	}
	for k := i - 1; k >= 0 && k > i-800; k-- {
		if d.quoteOf[k] != 0 {
			continue
		}
		if e := d.entityOf(k); e >= 0 && d.ents[e].typ == kg.Person && d.ents[e].gender != not {
			return d.entName(e)
		}
	}
	return ""
}

// description turns the words a..b-1 into a speaker description: "one neighborhood
// resident" → "a neighborhood resident"; "the official" → the description introduced before.
func (d *doc) description(a, b int) string {
	for a < b && (d.punct(a, ',') || d.toks[a].kind == tDash) {
		a++
	}
	if a >= b {
		return ""
	}
	head := b - 1
	if d.toks[head].kind != tWord {
		return ""
	}
	hw := d.low(head)
	if !isPersonish(hw) {
		return ""
	}
	// the noun phrase that ends in the head: modifiers back to its determiner, not across
	// a conjunction, a verb or another phrase ("an attack senior security officials said")
	st := head
	det := ""
	for st > a && head-st < 6 {
		p := st - 1
		t := &d.toks[p]
		if t.kind != tWord {
			break
		}
		w := d.low(p)
		if w == "a" || w == "an" || w == "the" || w == "one" || w == "another" {
			det = w
			break
		}
		if t.feat&(lxFunc|lxSpeech|lxPronoun|lxQual|lxNumWord) != 0 || strings.HasSuffix(w, "ly") ||
			eventNoun(w) != "" && !compoundHeads[d.low(st)] {
			break // "an attack senior security officials said"; but "a fire brigade official"
		}
		st = p
	}
	rest := d.span(st, b)
	if rest == "" {
		return ""
	}
	// a capital that only starts the sentence is not part of a name ("Authorities said")
	if d.sentenceInitial(st, d.sents[d.sentOf(st)].start) && d.entAt[st] < 0 && !d.capSeen[d.tok(st)] {
		rest = strings.ToLower(rest[:1]) + rest[1:]
	}
	switch det {
	case "the":
		return d.resolveDescription("the "+rest, st-1)
	case "a", "an", "one", "another":
		if plural(hw) {
			return rest
		}
		return article(rest) + rest
	}
	// no article in the text: the words as they are ("state television", "government officials")
	return rest
}

// compoundHeads make a compound with an event noun before them: "fire brigade", "bomb squad".
var compoundHeads = wordSet("compound-heads")

// plural reports whether a head noun is plural: "officials", "police", "authorities".
func plural(w string) bool {
	switch w {
	case "police", "media", "military", "staff", "people", "personnel", "press":
		return true
	}
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && len(w) > 3
}

func article(s string) string {
	if s == "" {
		return ""
	}
	switch s[0] | 0x20 {
	case 'a', 'e', 'i', 'o', 'u':
		return "an "
	}
	return "a "
}

// resolveDescription turns "the official" into the last description with the same head
// introduced before token at ("a senior Turkish official told Reuters").
func (d *doc) resolveDescription(desc string, at int) string {
	if !strings.HasPrefix(desc, "the ") {
		return desc
	}
	head := lastWord(desc)
	sing := strings.TrimSuffix(head, "s")
	// look back for "a|an|one|two … HEAD(s)" within the article
	for k := at - 1; k >= 0 && k > at-1500; k-- {
		if d.toks[k].kind != tWord || d.quoteOf[k] != 0 {
			continue
		}
		w := d.low(k)
		if w != sing && w != sing+"s" {
			continue
		}
		// walk back to a determiner
		j := k
		for j > 0 && k-j < 5 && (d.toks[j-1].kind == tWord || d.toks[j-1].kind == tNum) && !d.is(j-1, "said", "told", "and", "the") {
			j--
			if d.is(j, "a", "an", "one", "two", "three", "several", "some") {
				break
			}
		}
		if j < k && d.is(j, "a", "an", "one", "two", "three", "several") {
			mid := d.span(j+1, k)
			if mid == "" {
				continue
			}
			return article(mid) + mid + " " + sing
		}
	}
	return desc[4:]
}

func isPersonish(w string) bool {
	if roleNouns[w] || len(w) > 4 && strings.HasSuffix(w, "s") && roleNouns[w[:len(w)-1]] {
		return true // "prosecutors say"
	}
	return speakerHeads[w]
}

// speakerHeads are the head nouns of descriptions that can speak (data/quotes.txt).
var speakerHeads = wordSet("speaker-heads")
