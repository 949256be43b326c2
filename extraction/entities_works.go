package extraction

import (
	"sort"
	"strings"

	"github.com/factgraph/kg"
)

// Titles of works: reports set the titles of films, books, shows, games and songs in
// italics ("the film <em>Ghost in the Shell</em>", "*Game of War*"), and the loaders keep
// where (kg.Article.Emphasis). An emphasised run of capitalised words is one name, typed
// Other, instead of the pieces its capitals and function words would make of it
// ("Ghost", "Shell"). Emphasis also stresses words ("*not*") and marks foreign ones
// ("*jefe*", "*E. coli*"): only a run whose words are all capitalised (but for the
// small words of titles) is read, never a whole sentence, and a lone word that opens a
// sentence only when it is no common English word. A newspaper or magazine in italics
// whose own words name a body ("*The New York Times*", "*Quanta Magazine*") is left to
// the usual reading, which makes it an organization. Titles set in quotation marks
// instead ("appeared on “Meet the Press”") are read the same way (quotedTitleAt).

// titleSmallWords are the lower-case words a title keeps inside it ("Game of Thrones",
// "Batman v Superman", "Ghost in the Shell").
var titleSmallWords = newTokSet(map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "of": true, "in": true, "on": true,
	"at": true, "to": true, "for": true, "with": true, "from": true, "by": true, "v": true, "vs": true,
	"vs.": true, "de": true, "la": true, "le": true, "el": true, "del": true, "du": true, "von": true,
	"van": true, "'s": true, "’s": true, "is": true, "into": true, "as": true, "up": true, "over": true,
})

// maxTitleWords bounds the tokens of a title read from emphasis.
const maxTitleWords = 12

// emphasisRuns maps the first byte of each emphasised run of the body to its end, and
// notes the titles that the article names as outlets anywhere (outletCue), so that all
// their mentions are the outlet's.
func (ef *entityFinder) emphasisRuns() {
	if ef.emphEnd == nil {
		if len(ef.emphasis) == 0 {
			return
		}
		ef.emphEnd, ef.outlets = map[int32]int32{}, map[string]bool{}
	}
	clear(ef.emphEnd)
	clear(ef.outlets)
	for _, sp := range ef.emphasis {
		if sp.Start < 0 || sp.End > ef.bodyLen || sp.Start >= sp.End {
			continue
		}
		ef.emphEnd[int32(sp.Start)] = int32(sp.End)
		a := sort.Search(len(ef.toks), func(k int) bool { return int(ef.toks[k].s) >= sp.Start })
		if a == len(ef.toks) || int(ef.toks[a].s) != sp.Start {
			continue
		}
		b := a
		for b < len(ef.toks) && int(ef.toks[b].e) <= sp.End {
			b++
		}
		if b > a && ef.outletCue(a, b) {
			ef.outlets[ef.span(a, b)] = true
		}
	}
}

// outletNouns after a title, or after its "'s", make it a newspaper's or a magazine's
// ("Time magazine", "a Vanity Fair reporter", "Nature's editors"); outletDescriptors
// before it ("the journal Nature", "newspaper the Daily Mail").
var (
	outletNouns = map[string]bool{"magazine": true, "newspaper": true, "journal": true, "daily": true,
		"weekly": true, "tabloid": true, "editor": true, "editors": true, "reporter": true, "reporters": true,
		"writer": true, "writers": true, "columnist": true, "correspondent": true, "cover": true,
		"article": true, "articles": true, "interview": true, "website": true, "publisher": true}
	outletDescriptors = map[string]bool{"magazine": true, "newspaper": true, "journal": true,
		"tabloid": true, "daily": true, "weekly": true, "publication": true, "outlet": true,
		"paper": true, "journals": true, "magazines": true, "newspapers": true, "publications": true}
)

// outletCue reports whether the words around the title of tokens a..b-1 name it as a
// newspaper or a magazine: an outlet's noun after it or after its "'s", an outlet's
// descriptor before it, or a word of speaking on either side ("told Time", "according
// to Rolling Stone", "Nature reported").
func (ef *entityFinder) outletCue(a, b int) bool {
	if ef.is(b, wAposS, wRsquoS) {
		b++
	}
	if b < len(ef.toks) && ef.toks[b].kind == tWord && !ef.toks[b].has(fCap) && (outletNouns[ef.low(b)] || ef.isSpeech(b)) {
		return true
	}
	p := a - 1
	if ef.is(p, wThe) {
		p--
	}
	return ef.isIn(p, outletDescriptors) || ef.is(p, wTold) || ef.is(p, wTo) && ef.is(p-1, wAccording, wTold)
}

// workTitleAt records the title of a work that an emphasised run starting at token i
// of sentence si makes, and returns the token after it; else it returns i.
func (ef *entityFinder) workTitleAt(si, i int) int {
	if len(ef.emphEnd) == 0 {
		return i
	}
	end, ok := ef.emphEnd[ef.toks[i].s]
	if !ok {
		return i
	}
	s := &ef.sents[si]
	b := i
	for b < s.b && ef.toks[b].e <= end {
		b++
	}
	if b == i || ef.toks[b-1].e != end {
		return i // the run ends inside a token or past the sentence
	}
	for b > i && (ef.punct(b-1, ',') || ef.punct(b-1, ';') || ef.punct(b-1, ':') || ef.toks[b-1].kind == tStop && ef.tok(b-1) == ".") {
		b-- // "<em>Ghost in the Shell,</em>": the comma is the sentence's
	}
	if b == i || b-i > maxTitleWords || i <= s.start && b >= s.b-1 {
		return i // nothing left, too long, or the whole sentence
	}
	if !ef.titleWords(i, b) || b == i+1 && ef.oneWordNoTitle(si, i) || ef.periodical(i, b) {
		return i
	}
	name := ef.span(i, b)
	typ, score := kg.Other, 8
	if ef.outlets[name] {
		typ, score = kg.Organization, 8 // "told <em>Rolling Stone</em>"
	}
	if m := ef.addMention(si, i, b, i, name, typ, score); m < 0 {
		return i
	}
	return b
}

// oneWordNoTitle reports whether the emphasised word at token i is no title: a single
// letter (a variable: "<em>x</em>"), an acronym (left to the usual reading), or a common
// word that opens a sentence (stress: "<em>Really</em>?").
func (ef *entityFinder) oneWordNoTitle(si, i int) bool {
	t := &ef.toks[i]
	return t.e-t.s <= 1 || t.has(fUpper) || ef.clauseInitial(i, ef.sents[si].start) && ef.in(i, englishWords)
}

// titleWords reports whether tokens a..b-1 read as a title: capitalised words and
// numbers, the small words of titles inside, and the marks titles hold (colon, hyphen,
// apostrophe, ampersand, a closing "!" or "?"); the first and the last a capitalised
// word or a number.
func (d *doc) titleWords(a, b int) bool {
	ef := d
	capWord := func(k int) bool {
		t := &ef.toks[k]
		return t.kind == tNum || t.kind == tWord && t.has(fCap)
	}
	last := b - 1
	if ef.toks[last].kind == tStop && (ef.tok(last) == "!" || ef.tok(last) == "?") && last > a {
		last--
	}
	if !capWord(a) || !capWord(last) {
		return false
	}
	for k := a + 1; k < last; k++ {
		t := &ef.toks[k]
		switch {
		case capWord(k):
		case t.kind == tWord && ef.in(k, titleSmallWords):
		case t.kind == tDash || ef.punct(k, ':') || ef.punct(k, '-') || ef.punct(k, '&') || ef.punct(k, '\'') || ef.tok(k) == "’":
		default:
			return false
		}
	}
	return true
}

// periodical reports whether the emphasised name of tokens a..b-1 is a newspaper's or
// a magazine's that its own words name as a body: a name the word lists know ("The New
// York Times"), or one that ends in an organization's head ("Times", "Post", "News",
// "Journal") or an outlet's last word ("Magazine", "Gazette", "Review"), or has one
// before "of" ("New England Journal of Medicine").
func (ef *entityFinder) periodical(a, b int) bool {
	if ef.is(a, wThe) && b > a+1 {
		a++
	}
	if _, ok := orgAlias[ef.span(a, b)]; ok {
		return true
	}
	for k := a + 1; k < b-1; k++ {
		if ef.punct(k, ':') {
			return false // a title with its subtitle ("Metroid Prime: Federation Force") is a work's
		}
	}
	if _, corp := ef.orgByMarks(a, b); corp {
		return true
	}
	for k := a + 1; k < b-1; k++ {
		if ef.is(k, wOf) && ef.toks[k-1].feat&lxOrgHead != 0 && ef.toks[k-1].feat&lxPlaceHead == 0 {
			return true // "New England Journal of Medicine"
		}
	}
	return ef.toks[b-1].feat&lxOrgHead != 0 && ef.toks[b-1].feat&lxPlaceHead == 0 || orgLastWords.has(ef.tok(b-1))
}

// quotedTitleAt records the title of a work that quotation marks opening at token i of
// sentence si set off, and returns the token after its closing mark; else it returns i.
// The quoted words: two to twelve, two of them capitalised words that are not all
// shouted, opening with a word, read as a title (titleWords: "This Week", "Meet the
// Press", "The People v. O.J. Simpson"), not a body's or a newspaper's (quotedBody,
// outletCue: the weekly “The Spectator”) nor a person's
// name (“Emma Parker,” a user who …: quotedPerson), in prose or a
// caption (a headline capitalises every word), and not said: no verb of saying right
// after the closing mark (“Make America Great Again,” he said) or right before the
// opening one. Whether the quoted words are also a quotation is quotes.go's to decide.
func (ef *entityFinder) quotedTitleAt(si, i int) int {
	s := &ef.sents[si]
	if ef.toks[i].kind != tOpenQ || si == ef.doc.headline || s.kind != sProse && s.kind != sCaption {
		return i
	}
	a := i + 1
	c := a
	for c < s.b && c-a <= maxTitleWords && ef.toks[c].kind != tCloseQ && ef.toks[c].kind != tOpenQ {
		c++
	}
	if c >= s.b || ef.toks[c].kind != tCloseQ {
		return i
	}
	b := c
	for b > a && (ef.punct(b-1, ',') || ef.toks[b-1].kind == tStop && ef.tok(b-1) == ".") {
		b-- // “Meet the Press,”: the comma is the sentence's
	}
	if b-a < 2 || b-a > maxTitleWords || !ef.titleWords(a, b) || ef.quotedBody(a, b) || ef.outletCue(a-1, b+1) || ef.quotedPerson(a, b) {
		return i
	}
	words, lower := 0, 0
	for k := a; k < b; k++ {
		if ef.entAt[k] >= 0 {
			return i
		}
		if t := &ef.toks[k]; t.kind == tWord && t.has(fCap) {
			words++
			if !t.has(fUpper) && t.e-t.s > 1 {
				lower++
			}
		}
	}
	if words < 2 || lower == 0 || ef.toks[a].kind != tWord {
		return i // “Ah!”, “A RATHER UNUSUAL COUP”, “2016-02-10T22:28Z”
	}
	if ef.unquotedElsewhere(a, b) {
		return i // “Black Lives Matter” and Black Lives Matter: the usual reading
	}
	n := c + 1
	if ef.punct(n, ',') {
		n++
	}
	if n < s.b && ef.isSpeech(n) || i > s.start && ef.isSpeech(i-1) || i > s.start+1 && ef.punct(i-1, ',') && ef.isSpeech(i-2) {
		return i
	}
	if ef.addMention(si, a, b, a, ef.span(a, b), kg.Other, 8) < 0 {
		return i
	}
	return c + 1
}

// quotedPerson reports whether the quoted words a..b-1 are a person's name: two to four
// name words, none a small word of titles, the first a given name the word lists know,
// or no common English word while the last, no place or body the lists know, is
// written capitalised elsewhere in the article (signed “Jumpei Yasuda” … Yasuda's plight).
func (ef *entityFinder) quotedPerson(a, b int) bool {
	if b-a > 4 {
		return false
	}
	for k := a + 1; k < b; k++ {
		if !ef.isNameWord(k) {
			return false
		}
	}
	if firstNames[ef.tok(a)] {
		return true
	}
	last := ef.tok(b - 1)
	return !englishWords.has(ef.lowerTok(a)) && ef.capSeen.has(last) && !ef.known(last) && !englishWords.has(lowerASCII(last))
}

// unquotedElsewhere reports whether the article also writes the quoted words a..b-1
// without quotation marks: then they are a name the
// article uses as any other ("the “Black Lives Matter” movement … Black Lives Matter
// protesters"), left to the usual reading.
func (ef *entityFinder) unquotedElsewhere(a, b int) bool {
	name := ef.span(a, b)
	text := ef.text[:ef.bodyLen]
	for k := 0; ; {
		j := strings.Index(text[k:], name)
		if j < 0 {
			return false
		}
		j += k
		if j == 0 || !strings.HasSuffix(text[:j], "\"") && !strings.HasSuffix(text[:j], "“") && !strings.HasSuffix(text[:j], "'") && !strings.HasSuffix(text[:j], "‘") {
			return true
		}
		k = j + len(name)
	}
}

// quotedBody reports whether the quoted words a..b-1 name a body, a newspaper or a place
// by their own words, left to the usual reading: a name the word lists know, a company's
// suffix, "The" and an organization's head ("The Daily Telegraph"), or a head before "of"
// ("Bank of America", "Pacific Ring of Fire"). "Meet the Press" ends in a head too, but
// is a programme.
func (ef *entityFinder) quotedBody(a, b int) bool {
	if _, ok := orgAlias[ef.span(a, b)]; ok {
		return true
	}
	for k := a + 1; k < b-1; k++ {
		if ef.punct(k, ':') {
			return false // a title with its subtitle ("Metroid Prime: Federation Force") is a work's
		}
	}
	if _, corp := ef.orgByMarks(a, b); corp {
		return true
	}
	if ef.is(a, wThe) && ef.toks[b-1].feat&lxOrgHead != 0 && ef.toks[b-1].feat&lxPlaceHead == 0 {
		return true
	}
	for k := a + 1; k < b-1; k++ {
		if ef.is(k, wOf) && (headsBeforeOf.has(ef.tok(k-1)) || lastHeadsBeforeOf.has(ef.tok(k-1))) {
			return true
		}
	}
	return false
}
