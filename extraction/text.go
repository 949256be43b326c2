package extraction

import (
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/factgraph/kg"
)

// doc is an article's text as every stage reads it: its tokens and sentences, and what
// the words of the whole article say (which words it writes in lower case, its
// datelines, the clauses of its sentences). The sentences stage (readText) makes it;
// the stages after it only read it. The headline, when there is one, is appended to the
// text after the body as its own paragraph, so that every token indexes one string; its
// sentence is the last one and carries Start = End = -1 in the Extraction.
type doc struct {
	text     string
	bodyLen  int
	toks     []token
	sents    []sentence
	headline int // index of the headline sentence, or -1
	pub      time.Time

	lowerSeen textSet // words the article writes in lower case
	capSeen   textSet // words the article capitalises inside a sentence
	// datelines are the places the article's datelines name, in order ("JAKARTA,
	// Indonesia —"), for the entities stage to record (places.go)
	datelines       []datelinePlace
	mainCity        string // the first place of a dateline in the first two sentences
	datelineCountry string // "Indonesia" of "JAKARTA, Indonesia —"
	datelineRegion  string // "Alberta" of "LAC LA BICHE, Alberta —" (datelineRegions)
	// clause of each token within its sentence: 0 for the main clause, k>0 for the kth
	// relative clause ("…, which killed 202 people in 2002"); see clauses
	clause []int32
	// emphasis are the article's emphasised runs (kg.Article.Emphasis), byte offsets
	// into text (the body opens it)
	emphasis []kg.Span
	// speakerLines are the sentences that are lines naming the speaker of the
	// quotation paragraphs under them (speakerlines.go)
	speakerLines []int32
	// sentIDs and sentClsU index each sentence's word ids and classes (sentindex.go)
	sentIDs  []uint64
	sentClsU []uint64
}

// readText is the sentences stage. It splits a's body and headline into tokens and
// sentences; sorts the sentences into prose, headings, page furniture, credits and
// linked headlines; notes the words the article writes in lower case or capitalises;
// finds the datelines, which move their sentence's start past them; and marks the
// clauses of every sentence.
func readText(d *doc, a kg.Article) {
	d.pub = a.Published
	d.emphasis = a.Emphasis
	body := a.Body
	d.bodyLen = len(body)
	title := strings.TrimSpace(a.Title)
	if title != "" {
		d.text = body + "\n\n" + title
	} else {
		d.text = body
	}
	if cap(d.toks) < len(d.text)/5 {
		d.toks = make([]token, 0, len(d.text)/5)
	}
	d.toks = tokenize(d.text, d.toks)
	annotate(d.text, d.toks)
	d.sents = splitSentences(d.text, d.toks, d.sents)
	splitSpeakerLines(d) // speakerlines.go
	d.headline = -1
	if title != "" && len(d.sents) > 0 {
		// the headline is whatever sentences start at or after the body's end: join them
		first := len(d.sents)
		for first > 0 && int(d.toks[d.sents[first-1].a].s) >= d.bodyLen {
			first--
		}
		if first < len(d.sents) {
			last := d.sents[len(d.sents)-1]
			d.sents = append(d.sents[:first], sentence{a: d.sents[first].a, b: last.b, start: d.sents[first].a, kind: sHeading})
			d.headline = first
		}
	}
	classifySentences(d)
	markSpeakerLines(d) // speakerlines.go
	findDatelines(d)
	seenCase(d)       // after the datelines: the word after one opens its sentence
	indexSentences(d) // sentindex.go
	clauses(d)
}

// sentencesOf returns the sentences of d as the Extraction gives them.
func sentencesOf(d *doc) []kg.Sentence {
	out := make([]kg.Sentence, len(d.sents))
	for i, s := range d.sents {
		st, en := int(d.toks[s.a].s), int(d.toks[s.b-1].e)
		if i == d.headline {
			out[i] = kg.Sentence{Start: -1, End: -1, Text: d.text[st:en]}
			continue
		}
		out[i] = kg.Sentence{Start: st, End: en, Text: d.text[st:en]}
	}
	return out
}

// seenCase notes the words of the body the article writes in lower case, and those it
// capitalises after another word (not only at the start of a sentence), but not the
// common word that opens a sentence after its dateline (opensAfterDateline).
func seenCase(d *doc) {
	// each set is sized for the words that may go into it, lower-case or capitalised (a
	// set holds what it is given whatever its room: the room only spares growing it)
	lower, capped := 0, 0
	for i := range d.toks {
		if t := &d.toks[i]; t.kind == tWord && int(t.s) < d.bodyLen {
			if t.has(fCap) {
				capped++
			} else {
				lower++
			}
		}
	}
	d.lowerSeen.reset(lower)
	d.capSeen.reset(capped)
	for i := range d.toks {
		t := &d.toks[i]
		if t.kind != tWord || int(t.s) >= d.bodyLen || t.has(fCap) || webName(d.text, int(t.e)) {
			continue // "(toyota.us/1Ro2Upc)": no use of the word in prose
		}
		d.lowerSeen.add(d.text[t.s:t.e])
	}
	si := 0 // the sentence of token i
	for i := range d.toks {
		for si < len(d.sents) && d.sents[si].b <= i {
			si++
		}
		t := &d.toks[i]
		if t.kind != tWord || int(t.s) >= d.bodyLen || !t.has(fCap) {
			continue
		}
		if i > 0 && !t.has(fPara) && d.toks[i-1].kind == tWord && !d.opensAfterDateline(si, i) {
			d.capSeen.add(d.text[t.s:t.e])
		}
	}
}

// opensAfterDateline reports whether token i is the first word of sentence si after
// its dateline and a common word (the word lists', or one the article writes in lower
// case) that heads no body ("CLEVELAND Lawmakers in
// Ohio …", "SEOUL Tech giant …", "HOUSTON Torrential rainfall …"): its capital is the
// sentence's, no sign of a name. A name there keeps its capital ("HELSINKI Nokia said",
// "US Army doctor …"), and so does a known name the "dateline" opens ("USA Today").
func (d *doc) opensAfterDateline(si, i int) bool {
	if si >= len(d.sents) || d.sents[si].start != i || d.sents[si].a == i {
		return false
	}
	if d.toks[i].feat&lxOrgHead != 0 {
		return false
	}
	w := d.lowerTok(i)
	if _, ok := orgAlias[d.tok(i)]; ok {
		return false
	}
	if _, ok := countryOf[d.tok(i)]; ok {
		return false
	}
	if whole := d.span(i-1, i+1); outletNames.has(whole) {
		return false // "USA Today newspaper reported": no dateline, an outlet's name
	} else if _, ok := orgAlias[whole]; ok {
		return false
	}
	s, _ := strings.CutSuffix(w, "s")
	return englishWords.has(w) || lessCommonWords[w] || d.lowerSeen.has(w) || englishWords.has(s) || lessCommonWords[s] || descriptorNouns.has(w)
}

// textSet is a set of strings for one article (seenCase's): an open-addressing table,
// at most half full, that reset empties so that the next article reuses its memory. It
// grows with the words it holds, not with the words it is offered: a 31 MB paragraph of
// one repeated sentence has six million words but a dozen distinct ones, and a table
// sized for the six million took half a gigabyte.
type textSet struct {
	slots []textSlot
	mask  uint64
	n     int // words held
}

type textSlot struct {
	h    uint64
	w    string
	used bool
}

// maxPresetWords bounds the room reset makes before any word is added.
const maxPresetWords = 1 << 13

// reset empties the set and makes room for n words (at most maxPresetWords; it grows
// past them as words come).
func (s *textSet) reset(n int) {
	s.alloc(min(n, maxPresetWords))
}

// alloc empties the set with room for n words.
func (s *textSet) alloc(n int) {
	size := 8
	for size < 2*n {
		size *= 2
	}
	if cap(s.slots) >= size {
		s.slots = s.slots[:size]
		clear(s.slots)
	} else {
		s.slots = make([]textSlot, size)
	}
	s.mask = uint64(size - 1)
	s.n = 0
}

func (s *textSet) add(w string) {
	if 2*(s.n+1) > len(s.slots) {
		s.grow()
	}
	h := wordHash(w)
	for i := h & s.mask; ; i = (i + 1) & s.mask {
		sl := &s.slots[i]
		if !sl.used {
			*sl = textSlot{h: h, w: w, used: true}
			s.n++
			return
		}
		if sl.h == h && sl.w == w {
			return
		}
	}
}

// grow doubles the table and puts its words back.
func (s *textSet) grow() {
	old := s.slots
	s.slots = make([]textSlot, max(2*len(old), 8))
	s.mask = uint64(len(s.slots) - 1)
	for _, sl := range old {
		if !sl.used {
			continue
		}
		for i := sl.h & s.mask; ; i = (i + 1) & s.mask {
			if !s.slots[i].used {
				s.slots[i] = sl
				break
			}
		}
	}
}

// has reports whether w was added since the last reset.
func (s *textSet) has(w string) bool {
	if len(s.slots) == 0 {
		return false
	}
	h := wordHash(w)
	for i := h & s.mask; ; i = (i + 1) & s.mask {
		sl := &s.slots[i]
		if !sl.used {
			return false
		}
		if sl.h == h && sl.w == w {
			return true
		}
	}
}

// webName reports whether the word text[s:e] names a web site or an account: a domain
// before its suffix ("toyota.us", "ligo.org": a dot, then two to four lower-case letters
// and no more). Such a lower-case spelling says nothing about whether the word is a name;
// a lower-case word of prose does. (Handles and hashtags were tried too: "#satirizing"
// kept "Satirizing Donald Trump" from being cut, and more wrong names than right came.)
func webName(text string, e int) bool {
	if e >= len(text) || text[e] != '.' {
		return false
	}
	n := 0
	for k := e + 1; k < len(text) && text[k] >= 'a' && text[k] <= 'z'; k++ {
		n++
	}
	return n >= 2 && n <= 4 && (e+1+n == len(text) || text[e+1+n] >= utf8.RuneSelf || !isLetter(rune(text[e+1+n])))
}

// isNameWord reports whether token i can be part of a name.
func (d *doc) isNameWord(i int) bool {
	t := &d.toks[i]
	if t.kind != tWord {
		return false
	}
	if t.has(fCap) {
		if t.feat&(lxMonth|lxDay) != 0 {
			return false
		}
		w := d.tok(i)
		if w == "I" || w == "May" && i+1 < len(d.toks) && d.toks[i+1].kind == tNum {
			return false // "on May 11"
		}
		return true
	}
	// al-Assad, el-Sisi
	w := d.tok(i)
	if len(w) > 3 && (strings.HasPrefix(w, "al-") || strings.HasPrefix(w, "el-") || strings.HasPrefix(w, "ad-")) && isUpperRune(rune(w[3])) {
		return true
	}
	return false
}

// sentenceInitial reports whether token i starts a clause: the sentence's first word, or
// the first word after an opening quote, a colon or a dash.
func (d *doc) sentenceInitial(i, start int) bool {
	if i <= start {
		return true
	}
	p := &d.toks[i-1]
	if p.kind == tOpenQ || p.kind == tDash {
		return true
	}
	if p.kind == tPunct {
		c := d.text[p.s]
		return c == ':' || c == '(' || c == ';' || c == '['
	}
	return false
}

// tok returns the text of token i.
func (d *doc) tok(i int) string {
	if uint(i) >= uint(len(d.toks)) {
		return ""
	}
	return d.toks[i].txt
}

// span returns the text from token a to token b-1.
func (d *doc) span(a, b int) string {
	if a >= b {
		return ""
	}
	return d.text[d.toks[a].s:d.toks[b-1].e]
}

// low returns the lower-case form of token i (interned when the lexicon knows it):
// annotate wrote it on every token, so that every pass, which asks it of nearly every
// token, reads a field.
func (d *doc) low(i int) string {
	if uint(i) >= uint(len(d.toks)) {
		return ""
	}
	return d.toks[i].low
}

// lowerTok returns lowerASCII(d.tok(i)), without a copy when the token is ASCII:
// annotate wrote that very form as the token's low (the lexicon's interned form, or the
// lowered bytes). A capitalised word otherwise costs an allocation each time it is asked.
func (d *doc) lowerTok(i int) string {
	if uint(i) >= uint(len(d.toks)) {
		return ""
	}
	t := &d.toks[i]
	for k := 0; k < len(t.txt); k++ {
		if t.txt[k] >= 0x80 {
			return lowerASCII(t.txt) // the lexicon's form may differ ("’" → "'")
		}
	}
	return t.low
}

// isIn reports whether token i is a word of the lower-case set words.
func (d *doc) isIn(i int, words map[string]bool) bool {
	return i >= 0 && i < len(d.toks) && d.toks[i].kind == tWord && words[d.low(i)]
}

func (d *doc) punct(i int, c byte) bool {
	if uint(i) >= uint(len(d.toks)) {
		return false
	}
	t := &d.toks[i]
	return t.kind == tPunct && len(t.txt) == 1 && t.txt[0] == c
}

// sentOf returns the sentence index holding token i.
func (d *doc) sentOf(i int) int {
	return sort.Search(len(d.sents), func(k int) bool { return d.sents[k].b > i })
}

func (d *doc) negatedBefore(i, start int) bool {
	for k := i - 1; k >= start && k >= i-12; k-- {
		if d.punct(k, ',') || d.punct(k, ';') || d.is(k, wBut, wAlthough, wThough, wWhile) || d.is(k, wThat) && d.is(k-1, wAnd) {
			return false // "does not remedy it and that he will ask": a clause of its own
		}
		w := d.low(k)
		if w == "not" && d.is(k+1, wOnly) {
			continue // "not only criticized X but also": asserted
		}
		if w == "not" || w == "n't" || w == "no" || w == "cannot" || w == "never" || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
			return true
		}
	}
	return false
}

// near reports whether word appears within n tokens before i.
func (d *doc) near(i, start, n int, word string) bool {
	for k := i - 1; k >= start && k >= i-n; k-- {
		if d.low(k) == word {
			return true
		}
	}
	return false
}

// contentWord reports whether token k is a word that can continue a noun phrase: not a
// function word, pronoun or reflexive ("turned themselves in").
func (d *doc) contentWord(k int) bool {
	if k < 0 || k >= len(d.toks) || d.toks[k].kind != tWord {
		return false
	}
	if d.toks[k].feat&(lxFunc|lxPronoun|lxQual|lxSpeech) != 0 {
		return false
	}
	switch d.low(k) {
	case "themselves", "himself", "herself", "itself", "ourselves", "yourself", "myself":
		return false
	}
	return true
}

func (d *doc) isPersonNoun(i int) bool {
	return i >= 0 && i < len(d.toks) && d.toks[i].feat&lxPersonNoun != 0
}

func (d *doc) isSourceVerb(k int) bool {
	switch d.low(k) {
	case "shows":
		return d.toks[k].kind == tWord && !d.is(k-1, wTv) // "443 TV shows" are programs
	case "estimates":
		return d.toks[k].kind == tWord && !d.analystEstimates(k) // jointsources.go
	case "added":
		return d.toks[k].kind == tWord && !d.adjectivalParticiple(k) && !d.addedPercent(k) // not "the index added 0.7 percent" (marketnames.go)
	case "reported", "confirmed", "estimated", "announced", "stated", "counted", "tallied":
		return d.toks[k].kind == tWord && !d.adjectivalParticiple(k) // not "an estimated $6 million": subtellers.go
	case "said", "says", "say", "told", "reports", "confirms", "put", "puts", "showed", "quoted":
		return d.toks[k].kind == tWord
	case "tells":
		return d.toks[k].kind == tWord && !d.is(k-1, wThat, wWhich) // not "a directive that tells schools to …": no teller
	case "estimate":
		return d.pluralEstimate(k) || d.postmodifiedEstimate(k) || d.jointEstimate(k) // postmodifiedestimates.go
	case "raised", "raises", "lowered", "lowers", "revised", "revises", "updated", "updates", "increased", "lifted", "gave", "gives":
		return d.toks[k].kind == tWord && d.tollObject(k+1) // "the ministry raised the death toll to 14"
	}
	return false
}

// tollObject reports whether a count's own name opens at token j — "the death toll",
// "its casualty toll", "the official tally", "the number of dead" — so that the verb
// before it ("raised", "revised", "gave") tells that count, as "put" does ("put the toll
// at 14"): who raises a toll reports it.
func (d *doc) tollObject(j int) bool {
	if d.is(j, wThe, wIts, wTheir, wHis, wHer) {
		j++
	}
	for n := 0; n < 2 && d.is(j, wDeath, wCasualty, wOfficial, wOverall, wFinal, wConfirmed, wProvisional); n++ {
		j++
	}
	if d.is(j, wToll, wTally) {
		return true
	}
	return d.is(j, wNumber) && d.is(j+1, wOf) && d.is(j+2, wDead, wDeaths, wVictims, wCasualties, wFatalities, wInjured, wWounded, wMissing)
}

// pluralEstimate reports whether "estimate" at token k is the verb of a plural speaker
// that opens what they estimate ("officials estimate that", "economists estimate
// between 20 and 30 percent", "police estimate 4,000 marched"): right after a plural head
// that can speak (isPersonish), and followed by "that", "there", a number or a word that
// qualifies one. Not the noun ("economists' estimate", "the analysts estimate of"), nor
// a verb whose object goes on about something else ("analysts estimate this cost the port
// a share of its $90 million revenue", where the revenue is background).
func (d *doc) pluralEstimate(k int) bool {
	if d.toks[k].kind != tWord || k == 0 || d.toks[k-1].kind != tWord || k+1 >= len(d.toks) {
		return false
	}
	if w := d.low(k - 1); !plural(w) || !isPersonish(w) {
		return false
	}
	return d.toks[k+1].kind == tNum || d.punct(k+1, '$') || d.in(k+1, estimateOpeners)
}

// estimateOpeners open what a plural speaker estimates (pluralEstimate): a clause, or a
// figure's qualifier.
var estimateOpeners = newTokSet(map[string]bool{"that": true, "there": true, "between": true, "about": true,
	"around": true, "roughly": true, "nearly": true, "almost": true, "some": true, "as": true,
	"more": true, "up": true, "over": true, "at": true})

// wordBefore reports whether one of words occurs in sentence si before token k.
func (d *doc) wordBefore(si, k int, words ...string) bool {
	for j := d.sents[si].start; j < k; j++ {
		if d.isWord(j, words...) {
			return true
		}
	}
	return false
}

func (d *doc) isSpeech(i int) bool {
	if i < 0 || i >= len(d.toks) || d.toks[i].kind != tWord {
		return false
	}
	if d.is(i+1, wOff, wUp) && d.is(i, wCalled, wCalls, wCall, wCalling) {
		return false // "organizers called off a 'march against fear'", "called up reservists"
	}
	if d.is(i, wAnswered, wAnswers) && (d.is(i+1, wCalls, wPhones) || d.is(i+1, wA, wThe, wHis, wHer, wTheir) && d.is(i+2, wCall, wPhone, wDoor, wCalls)) {
		return false // "he answered a call from a friend": no words of his
	}
	return d.toks[i].feat&lxSpeech != 0 || d.mayBe(i, d.low(i), wcSpeechExtra) && d.in(i, speechExtra)
}
