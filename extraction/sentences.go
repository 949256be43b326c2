package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// maxSentenceTokens bounds a sentence, so that text without full stops (10 MB of one line)
// still comes out as many sentences and no later step sees an unbounded window.
const maxSentenceTokens = 300

// sentence is a sentence as the extractor sees it: a range of tokens.
type sentence struct {
	a, b  int // token range [a, b)
	kind  sentKind
	start int // first token after a dateline, or a
}

type sentKind uint8

const (
	sProse   sentKind = iota
	sHeading          // a short line without a full stop: a subhead, a caption fragment
	sDebris           // page furniture: "Continue reading the main story", photo credits
	sCredit           // "(Additional reporting by …; Editing by …)": names, no facts
	sLinked           // "More on GlobalPost: …": another article's headline
	sCaption          // a photo's or video's caption ending on its credit: names, no facts (captions.go)
)

// Sentences splits a news body into sentences. Abbreviations (U.S., Gen., Feb., a.m.,
// Inc.) do not end a sentence; closing quotes and brackets stay with the sentence they
// close; a blank line always ends one. Offsets are bytes into body.
func Sentences(body string) []kg.Sentence {
	toks := tokenize(body, nil)
	annotate(body, toks)
	spans := splitSentences(body, toks, nil)
	out := make([]kg.Sentence, len(spans))
	for i, s := range spans {
		st, en := int(toks[s.a].s), int(toks[s.b-1].e)
		out[i] = kg.Sentence{Start: st, End: en, Text: body[st:en]}
	}
	return out
}

// annotate sets each word's lexicon entry, and every token's lower-case form (the
// lexicon's interned one when it knows the word; a word already in lower case costs
// no copy), which doc.low and doc.is read, and each word's classes (wordclasses.go: the
// lexicon entry's own when the lexicon knows the word, else one wordClasses lookup).
func annotate(text string, toks []token) {
	var buf [40]byte
	for i := range toks {
		t := &toks[i]
		w := text[t.s:t.e]
		if t.kind == tWord && len(w) <= len(buf) {
			// an ASCII word: one look-up of its lower-case form in wordEntries (its table,
			// wordTable, with the hash taken while lowering), which
			// holds the lexicon and every word with classes
			if low, h, upper, ok := lowerHashInto(&buf, w); ok {
				if e := wordEntry(low, h); e != nil {
					t.low, t.feat, t.cls, t.id = e.low, e.feat, e.cls, e.id
				} else if upper {
					t.low = string(low)
					t.feat |= hyphenatedOrgHead(w) // "Sun-Times", "Express-News"
				} else {
					t.low = w
				}
				continue
			}
		}
		if t.kind == tWord {
			if e := lookupLex(w); e != nil {
				t.low, t.feat, t.cls, t.id = e.low, e.feat, e.cls, e.id
				continue
			}
			t.low = lowerASCII(w)
			t.cls = wordClasses[t.low]
			t.id = wordIDOf[t.low]
			continue
		}
		t.low = lowerASCII(w)
	}
}

// splitSentences finds sentence boundaries in one linear pass.
func splitSentences(text string, toks []token, out []sentence) []sentence {
	out = out[:0]
	start := 0
	n := len(toks)
	for i := 0; i < n; i++ {
		t := &toks[i]
		if i > start && (t.has(fPara) || i-start >= maxSentenceTokens) {
			out = append(out, sentence{a: start, b: i, start: start})
			start = i
		}
		end := -1
		switch {
		case t.kind == tStop:
			j := i + 1
			for j < n && !toks[j].has(fSpace|fPara) && (toks[j].kind == tCloseQ || (toks[j].kind == tPunct && (text[toks[j].s] == ')' || text[toks[j].s] == ']' || text[toks[j].s] == '\''))) {
				j++
			}
			if j >= n {
				break
			}
			nx := &toks[j]
			if nx.has(fPara) {
				end = j
				break
			}
			if !nx.has(fSpace) {
				break
			}
			if startsSentence(text, nx) {
				end = j
			}
		case t.kind == tWord && i+1 < n && (t.has(fAbbr) && canEndAfterAbbrev(text, t, &toks[i+1]) || text[t.e-1] == '!'):
			nx := &toks[i+1]
			if nx.has(fSpace) && !nx.has(fPara) && nx.kind == tWord && nx.has(fCap) && nx.feat&(lxFunc|lxPronoun) != 0 && nx.feat&lxMonth == 0 {
				end = i + 1
			}
		}
		if end > start && end < n {
			out = append(out, sentence{a: start, b: end, start: start})
			start = end
			i = end - 1
		}
	}
	if start < n {
		out = append(out, sentence{a: start, b: n, start: start})
	}
	return out
}

func startsSentence(text string, t *token) bool {
	switch t.kind {
	case tWord:
		return t.has(fCap)
	case tNum, tOpenQ, tDash:
		return true
	case tPunct:
		c := text[t.s]
		return c == '(' || c == '[' || c == '\''
	}
	return false
}

// canEndAfterAbbrev: initialisms and company suffixes may end a sentence ("in the U.S.
// The"); titles (Gen., Mr.) and months (Feb.) never do; an initial ("A.") only before a
// word that opens clauses, the token nx after it (initialEndsSentence).
func canEndAfterAbbrev(text string, t, nx *token) bool {
	if t.feat&(lxHonor|lxMonth) != 0 {
		return false
	}
	if t.e-t.s == 2 {
		// the word stands alone, a space or a comma after it (not "That’s")
		return nx.kind == tWord && int(nx.e) < len(text) && (text[nx.e] == ' ' || text[nx.e] == ',') && initialEndsSentence(text[nx.s:nx.e])
	}
	return true
}

// initialEndsSentence reports whether the word w after a one-letter word ("K.") opens a
// clause, and no surname does so: the initial ends its sentence ("about 288 K. Could we
// …", "in 3-D. If you …"), not "John B. Will" or "Mary J. New".
func initialEndsSentence(w string) bool {
	switch strings.ToLower(w) {
	case "if", "that", "it", "could", "maybe", "in", "and", "of", "after", "but", "this", "there", "we", "you", "they", "he", "she", "the", "so", "when", "what", "why", "how", "yet", "then", "or", "is", "are", "was", "would", "should":
		return true
	}
	return false
}

// creditLike: a debris line that names people ("Photographer: Ashley Pon/Getty Images").
func (d *doc) creditLike(si int) bool {
	s := &d.sents[si]
	if s.kind == sCredit {
		return true
	}
	txt := d.span(s.a, min(s.b, s.a+3))
	return strings.HasPrefix(txt, "Photographer") || strings.HasPrefix(txt, "Credit") || strings.HasPrefix(txt, "Photo by") || d.followCredit(si) || d.accountLine(si)
}

// accountLine reports whether sentence si, a short line, gives a reporter's account on
// a platform: "On Twitter: @handle", "Follow her on Twitter: @handle", "Follow me on
// Twitter @handle" — "on", a capitalised name, maybe a colon, then the handle's "@". The
// platform is then named as in any credit line.
func (d *doc) accountLine(si int) bool { return d.accountAt(si) >= 0 }

// accountAt returns the token of the account line's "on" (accountLine), or -1.
func (d *doc) accountAt(si int) int {
	s := &d.sents[si]
	if s.b-s.a > 12 {
		return -1
	}
	for k := s.a; k+2 < s.b; k++ {
		if !d.is(k, wOn) || d.toks[k+1].kind != tWord || !d.toks[k+1].has(fCap) {
			continue
		}
		h := k + 2
		if d.punct(h, ':') {
			h++
		}
		if h < s.b && d.text[d.toks[h].s] == '@' {
			return k // "Ann Lee on Housing:" is a section head, no account
		}
	}
	return -1
}

// followCredit reports whether sentence si is a reporter's line under a story that gives
// an account to follow: "Follow", two to four capitalised words, then "on" or "at"
// ("Follow Anna Berg on Twitter: @aberg", "Follow Anna Berg at twitter.com/aberg"). The
// words after "Follow" name the reporter; "Follow us on Twitter" names no one.
func (d *doc) followCredit(si int) bool {
	s := &d.sents[si]
	if s.b-s.a < 4 || d.tok(s.a) != "Follow" {
		return false
	}
	k := s.a + 1
	for k < s.b && k < s.a+5 && d.toks[k].kind == tWord && d.toks[k].has(fCap) {
		k++
	}
	return k >= s.a+3 && k < s.b && (d.tok(k) == "on" || d.tok(k) == "at")
}

// debrisLine reports whether a sentence that starts with the furniture prefix p is page
// furniture. A phrase that only furniture uses ("continue reading", "sign up") always is;
// a common word ("Video", "Photo", "Source") is furniture only on a short line or before a
// colon or bar, so that "Video showed a series of blasts …" stays prose.
func debrisLine(d *doc, s *sentence, txt, p string) bool {
	if strings.Contains(strings.TrimSpace(p), " ") || strings.ContainsAny(p, "[©/:") {
		return true
	}
	rest := strings.TrimLeft(txt[len(p):], " ")
	if strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "|") || strings.HasPrefix(rest, "-") {
		return true
	}
	words := 0
	for k := s.a; k < s.b; k++ {
		if d.toks[k].kind == tWord {
			words++
		}
	}
	last := &d.toks[s.b-1]
	return words <= 8 || last.kind != tStop
}

// classifyHead is how many bytes of a sentence's lower-case form classifySentences
// reads: the longest opening it matches (creditOpening reads 80 bytes, the longest debris
// prefix fewer), with room to spare.
var classifyHead = func() int {
	n := 96
	for _, p := range debrisPrefixes {
		n = max(n, len(p)+16)
	}
	return n
}()

// classifyHeadBuf is the size of the array classifySentences lowers a head into: room
// for classifyHead bytes, a rune's tail and lowerHead's spare 8; a longer head (a longer
// debris prefix) is lowered into a fresh slice instead.
const classifyHeadBuf = 160

func classifySentences(d *doc) {
	for i := range d.sents {
		s := &d.sents[i]
		if i == d.headline {
			continue
		}
		// the openings below read the sentence's first words: lower-case its head only
		span := d.span(s.a, s.b)
		// txt's bytes when lowering copies, on the stack: read in this body only (creditOpening,
		// whose Fields would move them to the heap, reads a copy of an opening "(")
		var head [classifyHeadBuf]byte
		txt, cut := lowerHeadInto(head[:], span, classifyHead)
		if strings.HasPrefix(txt, "more on ") && strings.Contains(txt[:min(len(txt), 40)], ":") {
			s.kind = sLinked
			continue
		}
		if strings.HasPrefix(txt, "(additional reporting") || strings.HasPrefix(txt, "(reporting by") ||
			strings.HasPrefix(txt, "(writing by") || strings.HasPrefix(txt, "(editing by") ||
			strings.HasPrefix(txt, "additional reporting by") || strings.HasPrefix(txt, "reporting by") ||
			strings.HasPrefix(txt, "(compiled by") || strings.HasPrefix(txt, "editing by") || strings.HasPrefix(txt, "(") && creditOpening(strings.Clone(txt)) ||
			strings.HasPrefix(txt, "by ") && bylineLine(d, s) ||
			(strings.HasPrefix(txt, "copyright") || strings.HasPrefix(txt, "©")) && copyrightLine(d, s) {
			s.kind = sCredit
			continue
		}
		debris := false
		for _, p := range debrisPrefixesFor(txt) {
			if !strings.HasPrefix(txt, p) {
				continue
			}
			if cut && strings.TrimLeft(txt[len(p):], " ") == "" {
				txt, cut = lowerHead(span, len(span)) // debrisLine reads past the blanks after p
			}
			if debrisLine(d, s, txt, p) {
				debris = true
				break
			}
		}
		if debris {
			s.kind = sDebris
			continue
		}
		last := &d.toks[s.b-1]
		words, upper := 0, 0
		for k := s.a; k < s.b; k++ {
			if d.toks[k].kind == tWord {
				words++
				if d.toks[k].has(fUpper) {
					upper++
				}
			}
		}
		ends := last.kind == tStop || last.kind == tCloseQ || (last.kind == tPunct && d.text[last.s] == ')') ||
			last.kind == tWord && d.text[last.e-1] == '!' ||
			closingAbbrev(d, s)
		if (!ends && words < 12) || (upper == words && words > 0 && words < 8) || words == 0 {
			s.kind = sHeading
		}
		// a block of short lines without stops ("Best Film: The Revenant\nLeading Actor: …")
		lines := 0
		for k := s.a; k < s.b; k++ {
			if d.toks[k].has(fLine) {
				lines++
			}
		}
		if lines >= 2 && (!ends || words/(lines+1) < 8) {
			s.kind = sHeading
		}
		if strings.Contains(span, "/") && !ends && words <= 8 { // as in txt: lower-casing makes no "/"
			s.kind = sCredit // "Associated Press/Wally Santana"
		}
	}
	markCaptions(d) // captions.go
}

// creditOpening tells whether a sentence's lower-cased text opens a credit line the fixed
// openings above miss: "(", up to four more words, then reporting, writing or editing and
// "by" ("(Writing and additional reporting by …", "(With additional reporting by …",
// "(Additonal reporting by …", "(Reporting and writing by …"). Only letters before "by",
// so that a parenthesised sentence of prose ("(The reporting, by most accounts, …") stays
// prose.
func creditOpening(txt string) bool {
	if !strings.HasPrefix(txt, "(") {
		return false
	}
	words := strings.Fields(txt[1:min(len(txt), 80)])
	for i := 1; i < len(words) && i <= 5; i++ {
		if words[i] != "by" {
			continue
		}
		switch words[i-1] {
		case "reporting", "writing", "editing":
		default:
			return false
		}
		for _, w := range words[:i] {
			for _, r := range w {
				if r < 'a' || r > 'z' {
					return false
				}
			}
		}
		return true
	}
	return false
}

// closingAbbrev tells whether sentence s is prose whose last word, a company suffix or a
// capital initialism, holds the full stop that ends it ("… criticized Acme Corp.", "…
// sanctions on the U.S."): it then ends like any sentence and is no heading. Lower-case
// initialisms ("10:50 a.m."), titles and "No." stay open, and a line without a lower-case
// word ("CHARLESTON, S.C.") or with a colon ("Contributing: …") is still a dateline, a
// credit or a heading.
func closingAbbrev(d *doc, s *sentence) bool {
	last := &d.toks[s.b-1]
	if last.kind != tWord || !last.has(fAbbr) {
		return false
	}
	w := d.text[last.s:last.e]
	if !corpSuffix.hasLower(w) && !(strings.Count(w, ".") >= 2 && strings.ToUpper(w) == w) {
		return false
	}
	for k := s.a; k < s.b-1; k++ {
		if t := &d.toks[k]; t.kind == tPunct && d.text[t.s] == ':' {
			return false // "Contributing: Ann Lee in Washington, D.C.", a credit
		}
	}
	for k := s.a; k < s.b-1; k++ {
		if t := &d.toks[k]; t.kind == tWord && !t.has(fCap) {
			return true
		}
	}
	return false
}

// debrisPrefixes start the lines of page furniture (data/debris.txt).
var debrisPrefixes = wordList("debris-prefixes")

// debrisByFirst holds, for each byte, the debris prefixes a text that opens on it may
// start with, in debrisPrefixes' order (an empty prefix under every byte); slot 256 is
// an empty text's. classifySentences tries only these on a sentence: the same prefixes
// match, in the same order, as when it tried all of them.
var debrisByFirst = func() (by [257][]string) {
	for _, p := range debrisPrefixes {
		for c := range by {
			if p == "" || c < 256 && p[0] == byte(c) {
				by[c] = append(by[c], p)
			}
		}
	}
	return by
}()

// debrisPrefixesFor returns the debris prefixes txt may start with (debrisByFirst).
func debrisPrefixesFor(txt string) []string {
	if txt == "" {
		return debrisByFirst[256]
	}
	return debrisByFirst[txt[0]]
}

// hyphenatedOrgHead returns lxOrgHead for a capitalised hyphenated word the lexicon lacks
// whose last part ends an organization's name ("Sun-Times", "Express-News",
// "Journal-Constitution", "Tribune-Review"), so that the name it ends is a body's; else 0.
func hyphenatedOrgHead(w string) uint32 {
	h := strings.LastIndexByte(w, '-')
	if h <= 0 || h == len(w)-1 || w[h+1] < 'A' || w[h+1] > 'Z' {
		return 0
	}
	if e := lookupLex(w[h+1:]); e != nil && e.feat&lxOrgHead != 0 {
		return lxOrgHead
	}
	return 0
}
