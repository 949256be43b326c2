package extraction

import (
	"github.com/factgraph/kg"
)

// Speaker lines. Reaction roundups, tributes and "what they said" pieces print each
// statement under a line of its own that names who made it:
//
//	Ann Vale, Harbour Guild acting president
//	"She gave us our first jobs."
//	"Nobody worked harder."
//	Tomas Reyl
//	"I owe her everything."
//
// The line is a heading to the sentence splitter (no full stop), so the entities stage
// would read no name in it and the quotation paragraphs under it would have no speaker.
// A speaker line is read as prose instead (its name is an entity, its "Name, role of
// Body" a role), and the quotation paragraphs under it, up to the next line that is no
// quotation, are its speaker's (speakerLineAbove). Section heads ("Background", "What
// happens next"), bylines and credit lines are no speaker lines: the line must hold a
// name in the shape of a person's (a title before it, a known given name, or words that
// are no common English words), or a name and a comma description with a role noun, or
// a body's name (an organization's head word, or one acronym); a quotation paragraph
// must follow it; and the article must print at least two such lines.

// splitSpeakerLines cuts a sentence whose first line is a speaker line and whose next
// line opens with a quotation mark (`Rabbi Tomas Reyl⏎"He was our heart…`: a bold name
// and a line break before the statement) into the line and the statement. It runs on
// the body's sentences before the headline is joined.
func splitSpeakerLines(d *doc) {
	for si := 0; si < len(d.sents); si++ {
		s := d.sents[si]
		if int(d.toks[s.a].s) >= d.bodyLen || !d.toks[s.a].has(fPara) {
			continue
		}
		for k := s.a + 1; k < s.b && k <= s.a+14; k++ {
			if !d.toks[k].has(fPara | fLine) {
				continue
			}
			if d.toks[k].kind == tOpenQ && wholeQuoteLine(d, k) {
				if _, _, _, ok := lineNameShape(d, s.a, k); ok {
					d.sents = append(d.sents, sentence{})
					copy(d.sents[si+2:], d.sents[si+1:])
					d.sents[si] = sentence{a: s.a, b: k, start: s.a}
					d.sents[si+1] = sentence{a: k, b: s.b, start: k}
					si++
				}
			}
			break
		}
	}
}

// markSpeakerLines finds the article's speaker lines among its headings and makes them
// prose, so that the later stages read their names and roles; it records them in
// d.speakerLines. It runs after classifySentences.
func markSpeakerLines(d *doc) {
	d.speakerLines = d.speakerLines[:0]
	for si := 0; si+1 < len(d.sents); si++ {
		s := &d.sents[si]
		if si == d.headline || si+1 == d.headline || s.kind != sHeading || !d.toks[s.a].has(fPara|fLine) {
			continue
		}
		next := &d.sents[si+1]
		if next.a != s.b || d.toks[next.a].kind != tOpenQ || !d.toks[next.a].has(fPara|fLine) || !wholeQuoteLine(d, next.a) {
			continue
		}
		if _, _, _, ok := lineNameShape(d, s.a, s.b); ok {
			d.speakerLines = append(d.speakerLines, int32(si))
		}
	}
	if len(d.speakerLines) < 2 {
		d.speakerLines = d.speakerLines[:0]
		return
	}
	for _, si := range d.speakerLines {
		d.sents[si].kind = sProse
	}
}

// wholeQuoteLine reports whether the line or paragraph that opens with the quotation
// mark at k is all quotation: its first closing mark ends it (a stop may follow), or it
// has none (the quotation goes on in the next paragraph). `"…," he said.` under a line
// names its own speaker, and the line over it is no speaker's (a photo credit "CBS
// News" over a reporter's quotes).
func wholeQuoteLine(d *doc, k int) bool {
	end := min(len(d.toks), k+400)
	depth := 1
	for j := k + 1; j < end; j++ {
		t := &d.toks[j]
		if t.has(fPara|fLine) || int(t.s) >= d.bodyLen {
			return true
		}
		switch t.kind {
		case tOpenQ:
			depth++
		case tCloseQ:
			depth--
		}
		if depth > 0 {
			continue
		}
		for j++; j < end && !d.toks[j].has(fPara|fLine) && int(d.toks[j].s) < d.bodyLen; j++ {
			if d.toks[j].kind != tStop && d.toks[j].kind != tPunct {
				return false
			}
		}
		return true
	}
	return false
}

// speakerLineName adds the name of speaker line si as a mention when the chunker found
// none there (a body's acronym alone on its line: "HPG").
func (ef *entityFinder) speakerLineName(si int) {
	if len(ef.speakerLines) == 0 || !ef.isSpeakerLine(si) {
		return
	}
	s := &ef.sents[si]
	na, nb, person, ok := lineNameShape(ef.doc, s.a, s.b)
	if !ok {
		return
	}
	for k := na; k < nb; k++ {
		if ef.entAt[k] >= 0 {
			return
		}
	}
	typ := kg.Organization
	if person {
		typ = kg.Person
	}
	ef.addMention(si, na, nb, na, ef.span(na, nb), typ, 5)
}

// isSpeakerLine reports whether sentence si is one of the article's speaker lines.
func (d *doc) isSpeakerLine(si int) bool {
	for _, l := range d.speakerLines {
		if int(l) == si {
			return true
		}
	}
	return false
}

// lineNameShape reads tokens a..b-1, one line, as a speaker line, and returns the
// name's tokens and whether it names a person. A bullet or a dash may open the line;
// then titles of data/titles.txt ("Rabbi", "Sen.") and a name of two to four
// capitalised words, alone, or before a comma and a description of at most ten words
// that holds a role noun ("…, Harbour Guild acting president", "…, Mayor of Dunmore");
// or a body alone: capitalised words ending in an organization's head word ("Harbour
// Workers Union"), or one acronym ("HWU").
func lineNameShape(d *doc, a, b int) (na, nb int, person, ok bool) {
	for a < b && (d.toks[a].kind == tPunct && !d.punct(a, '(') || d.toks[a].kind == tDash) {
		a++ // "• Rabbi Tomas Reyl", "— Ann Vale"
	}
	if b-a < 1 || b-a > 16 || d.toks[b-1].kind == tStop && !d.toks[b-1].has(fAbbr) {
		return 0, 0, false, false
	}
	k := a
	titled := false
	for k < b {
		n := titleAt(d, k, b)
		if n == 0 {
			break
		}
		k += n
		titled = true
	}
	na = k
	words := 0
name:
	for ; k < b; k++ {
		t := &d.toks[k]
		switch {
		case t.kind == tWord && t.has(fCap) && (!t.has(fUpper) || t.e-t.s <= 2 || nameSuffixes.has(d.tok(k)) || romanNumerals.has(d.tok(k))):
			words++
		case t.kind == tWord && nameParticles.has(d.tok(k)) && words > 0: // "Ana de Souza"
		case d.punct(k, '.') && words > 0: // "Ray J . Olds" as the tokenizer may cut an initial
		default:
			break name
		}
	}
	nb = k
	for nb > na && !d.toks[nb-1].has(fCap) {
		nb-- // a particle or a stop closes no name
	}
	if nb < b && !d.punct(nb, ',') {
		// no comma after the name: the whole line is a body's name, or nothing
		return bodyLine(d, a, b)
	}
	if words < 2 || words > 4 || nb-na > 7 {
		return bodyLine(d, a, b)
	}
	if nb == b {
		if titled || lineNameWords(d, na, nb) {
			return na, nb, true, true
		}
		if na, nb, _, ok := bodyLine(d, a, b); ok {
			return na, nb, false, true
		}
		return 0, 0, false, false
	}
	// ", description": at most ten words, no clause (no comma, colon, quotation mark or
	// verb of saying), a role noun among them
	if b-nb-1 < 1 || b-nb-1 > 12 {
		return 0, 0, false, false
	}
	role := false
	for j := nb + 1; j < b; j++ {
		t := &d.toks[j]
		switch t.kind {
		case tWord:
			if t.feat&lxRole != 0 || lowerKeyIn(roleNouns, d.tok(j)) {
				role = true
			}
			if t.feat&lxSpeech != 0 {
				return 0, 0, false, false
			}
		case tNum:
		case tPunct:
			if !d.punct(j, '-') && !d.punct(j, '&') && !d.punct(j, '.') && !d.punct(j, '\'') {
				return 0, 0, false, false
			}
		default:
			return 0, 0, false, false
		}
	}
	if !role {
		return 0, 0, false, false
	}
	return na, nb, true, true
}

// titleAt returns how many tokens a title of data/titles.txt takes at k (the longest
// that fits before b), or 0.
func titleAt(d *doc, k, b int) int {
	for n := min(maxTitleLen, b-k-1); n >= 1; n-- {
		if _, ok := titleRole[d.span(k, k+n)]; ok && d.toks[k].has(fCap) {
			return n
		}
	}
	return 0
}

// lineNameWords reports whether the capitalised words a..b-1 look like a person's name:
// the first is a known given name, or none is a common English word ("Supply
// Disruption", "Three Waves" are section heads).
func lineNameWords(d *doc, a, b int) bool {
	first := d.tok(a)
	if firstNames[first] || properNames[first] {
		return true
	}
	for k := a; k < b; k++ {
		if d.toks[k].kind == tWord && englishWords.hasLower(d.tok(k)) {
			return false
		}
	}
	return true
}

// bodyLine reads tokens a..b-1 as a body's name alone: up to six capitalised words
// ending in an organization's head word, or one acronym that is no English word.
func bodyLine(d *doc, a, b int) (na, nb int, person, ok bool) {
	if b-a == 1 {
		t := &d.toks[a]
		if t.kind == tWord && t.has(fUpper) && t.e-t.s >= 2 && t.e-t.s <= 10 && !englishWords.hasLower(d.tok(a)) {
			return a, b, false, true
		}
		return 0, 0, false, false
	}
	if b-a > 6 || d.toks[b-1].feat&lxOrgHead == 0 {
		return 0, 0, false, false
	}
	for k := a; k < b; k++ {
		if d.toks[k].kind != tWord || !d.toks[k].has(fCap) && !d.is(k, wOf, wFor, wAnd) {
			return 0, 0, false, false
		}
	}
	return a, b, false, true
}

// speakerLineAbove finds the speaker of a whole quote that opens its paragraph under a
// speaker line: back from the quote, every paragraph up to the line must open with a
// quotation mark. It returns the entity the line names, or "" and false; under is true
// when the quote is under another heading line of an article that has speaker lines
// (the statement under "Harbour Guild" when the body was not read), whose quotes then
// continue no speaker before the line.
func (rd *reader) speakerLineAbove(q *quoteSpan) (speaker string, found, under bool) {
	if len(rd.speakerLines) == 0 || !rd.toks[q.open].has(fPara|fLine) {
		return "", false, false
	}
	for j := q.sent - 1; j >= 0 && j >= q.sent-40; j-- {
		s := &rd.sents[j]
		if rd.isSpeakerLine(j) {
			na, nb, person, ok := lineNameShape(rd.doc, s.a, s.b)
			if !ok {
				return "", false, true
			}
			for k := na; k < nb; k++ {
				if e := rd.entityOf(k); e >= 0 {
					if typ := rd.ents[e].typ; typ == kg.Person && person || typ == kg.Organization && !person {
						return rd.entName(e), true, true
					}
				}
			}
			return "", false, true
		}
		// the paragraph of sentence j must open with a quotation mark
		p := s.a
		for p > 0 && !rd.toks[p].has(fPara|fLine) {
			p--
		}
		if rd.toks[p].kind != tOpenQ {
			return "", false, s.kind == sHeading && p == s.a
		}
	}
	return "", false, false
}
