package extraction

// Names in quotation marks. A report puts quotation marks around a name it gives
// something as often as around words someone said: a day, a child, a storm, a
// programme, a report's title ("what officials call "Harbor Day"", "a boy named
// "Bear"", "the study, "Ports of Tomorrow,""), or a title, a term or a name that is the
// subject of its sentence (""Nitro" might be the new trend", ""Jabba Flow" is out
// now"). Such a quote has no speaker, whoever the sentence names.

// namingWords before a quote give what follows as a name: "called", "dubbed", "known
// as", "inscribed".
var labelNamingWords = newTokSet(map[string]bool{"called": true, "call": true, "calls": true, "named": true,
	"dubbed": true, "nicknamed": true, "titled": true, "entitled": true, "labeled": true,
	"labelled": true, "branded": true, "as": true, "inscribed": true, "reading": true})

// labelNouns, before a comma and a quote, make the quote their name: "the study,
// "Ports of Tomorrow,"", "his nickname for her, "Crooked Jane,"".
var labelNouns = newTokSet(map[string]bool{"report": true, "study": true, "book": true, "film": true,
	"movie": true, "album": true, "song": true, "series": true, "show": true, "programme": true,
	"program": true, "campaign": true, "slogan": true, "nickname": true, "motto": true,
	"title": true, "headline": true, "hashtag": true, "exhibition": true, "memoir": true,
	"novel": true, "documentary": true, "inscription": true})

// namedLabel reports whether quote q, of one to six words each capitalised or a title's
// small words between ("Ports of Tomorrow"), neither a cry nor a question, is a name its sentence gives rather than words said: after a
// naming word ("a page called "Defend the Base""), after a noun of a title and a comma
// ("the report, "Ports of Tomorrow,""), or opening its sentence as the subject of a verb
// that follows the closing mark with no punctuation between (""Nitro" might be").
func (rd *reader) namedLabel(q *quoteSpan, words int) bool {
	if words >= 1 && words <= 20 && q.open > rd.sents[q.sent].start && rd.sentOf(q.b-1) == q.sent && rd.is(q.open-1, wTitled, wEntitled) {
		return true // a study "entitled "Why bears attack people in towns,"": a title in any case
	}
	if words < 1 || words > 6 || rd.exclaims(q) || rd.asks(q) {
		return false
	}
	b := q.b
	for b > q.a && (rd.punct(b-1, ',') || rd.toks[b-1].kind == tStop) {
		b--
	}
	if b == q.a || !rd.capitalisedWords(q) && !rd.titleWords(q.a, b) {
		return false
	}
	if q.open == rd.sents[q.sent].start {
		last := q.b - 1
		return q.b+1 < len(rd.toks) && rd.toks[q.b].kind == tCloseQ && (rd.toks[last].kind == tWord || rd.toks[last].kind == tNum) &&
			rd.toks[q.b+1].kind == tWord && !rd.toks[q.b+1].has(fCap) && !rd.isSpeech(q.b+1)
	}
	p := q.open - 1
	if rd.in(p, labelNamingWords) && rd.toks[p].kind == tWord {
		return true
	}
	return rd.punct(p, ',') && rd.in(p-1, labelNouns)
}

// asks reports whether the quote holds a question mark.
func (rd *reader) asks(q *quoteSpan) bool {
	for k := q.a; k < q.b; k++ {
		if rd.toks[k].kind == tStop && rd.text[rd.toks[k].s] == '?' {
			return true
		}
	}
	return false
}
