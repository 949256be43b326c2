package extraction

import (
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/factgraph/kg"
)

// doc is one article under analysis. The headline, when there is one, is appended to the
// text after the body as its own paragraph, so that every token indexes one string; its
// sentence is the last one and carries Start = End = -1 in the Extraction.
type doc struct {
	text     string
	bodyLen  int
	toks     []token
	sents    []sentence
	headline int // index of the headline sentence, or -1
	pub      time.Time

	lowerSeen map[string]bool // words the article writes in lower case
	capSeen   map[string]bool // words the article capitalises inside a sentence
	mentions  []mention
	entAt     []int32 // token → mention index, -1
	ents      []*entity
	byKey     map[string]int

	out *kg.Extraction
	// quoteOf marks tokens inside quotation marks: index+1 into quotes, 0 outside
	quoteOf  []int32
	quoteSrc []string // speaker of each quote span
	// clause of each token within its sentence: 0 for the main clause, k>0 for the kth
	// relative clause ("…, which killed 202 people in 2002"); see clauses
	clause []int32
	// eventSent is the sentence each event of out.Events was first named in (-1 for the
	// main event)
	eventSent              []int
	regions                map[string]bool  // place name → a region rather than a town (regionName)
	dates                  map[int32]string // clause → its date, for sentence datesSent-1 (clauseDate)
	datesSent              int
	strict                 bool // panics are not recovered (tests)
	mainPlace, mainCountry string
	mainCity               string
	datelineCountry        string // "Indonesia" of "JAKARTA, Indonesia —"
}

var docPool = sync.Pool{New: func() any { return &doc{} }}

// Extract reads everything the extraction package knows how to read out of a: sentences,
// entities, relations, quotes, figures and events. It is pure and deterministic (the same
// article gives the same Extraction, in the same order), safe for concurrent use, and
// never panics: on an internal error it returns what it has so far.
func Extract(a kg.Article) (x *kg.Extraction) {
	x = &kg.Extraction{Article: a}
	d := docPool.Get().(*doc)
	defer func() {
		if r := recover(); r != nil {
			// Should not happen; an article that trips a bug still yields its sentences.
			x.Relations, x.Quotes, x.Figures, x.Events = nil, nil, nil, nil
			d = &doc{} // do not pool a doc left half-way
			return
		}
		d.reset()
		docPool.Put(d)
	}()
	d.run(a, x)
	return x
}

func (d *doc) reset() {
	d.text = ""
	d.mentions = d.mentions[:0]
	d.ents = d.ents[:0]
	d.out = nil
	d.quoteSrc = d.quoteSrc[:0]
	for k := range d.lowerSeen {
		delete(d.lowerSeen, k)
	}
	for k := range d.capSeen {
		delete(d.capSeen, k)
	}
	for k := range d.byKey {
		delete(d.byKey, k)
	}
	d.mainPlace, d.mainCountry, d.mainCity, d.datelineCountry = "", "", "", ""
	clear(d.regions)
	clear(d.dates)
	d.datesSent = 0
}

func (d *doc) run(a kg.Article, x *kg.Extraction) {
	d.out = x
	d.pub = a.Published
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
	if cap(d.mentions) < len(d.text)/40 {
		d.mentions = make([]mention, 0, len(d.text)/40)
	}
	d.toks = tokenize(d.text, d.toks)
	annotate(d.text, d.toks)
	d.sents = splitSentences(d.text, d.toks, d.sents)
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
	x.Sentences = make([]kg.Sentence, len(d.sents))
	for i, s := range d.sents {
		st, en := int(d.toks[s.a].s), int(d.toks[s.b-1].e)
		if i == d.headline {
			x.Sentences[i] = kg.Sentence{Start: -1, End: -1, Text: d.text[st:en]}
			continue
		}
		x.Sentences[i] = kg.Sentence{Start: st, End: en, Text: d.text[st:en]}
	}
	d.classifySentences()
	d.findEntities()
	// each later step stands alone: a bug in one loses only its own items
	d.safe(d.findQuotes)
	d.safe(d.findEvents)
	d.safe(d.findFigures)
	d.safe(d.findRelations)
	d.emitEntities()
}

// safe runs one step, losing only its own items if it panics; a strict doc (the fuzz
// tests') lets the panic through so that it is seen.
func (d *doc) safe(step func()) {
	if d.strict {
		step()
		return
	}
	defer func() { _ = recover() }()
	step()
}

// tok returns the text of token i.
func (d *doc) tok(i int) string {
	if i < 0 || i >= len(d.toks) {
		return ""
	}
	t := &d.toks[i]
	return d.text[t.s:t.e]
}

// span returns the text from token a to token b-1.
func (d *doc) span(a, b int) string {
	if a >= b {
		return ""
	}
	return d.text[d.toks[a].s:d.toks[b-1].e]
}

// low returns the lower-case form of token i (interned when the lexicon knows it).
func (d *doc) low(i int) string {
	if i < 0 || i >= len(d.toks) {
		return ""
	}
	t := &d.toks[i]
	if t.low != "" {
		return t.low
	}
	w := d.text[t.s:t.e]
	l := lowerASCII(w)
	if len(l) > 0 && l != w {
		t.low = l // remember a lower-cased capital: later steps ask again
	}
	return l
}

// is reports whether token i is one of the given lower-case words.
func (d *doc) is(i int, words ...string) bool {
	if i < 0 || i >= len(d.toks) || d.toks[i].kind != tWord {
		return false
	}
	w := d.low(i)
	for _, x := range words {
		if w == x {
			return true
		}
	}
	return false
}

func (d *doc) punct(i int, c byte) bool {
	return i >= 0 && i < len(d.toks) && d.toks[i].kind == tPunct && d.text[d.toks[i].s] == c && d.toks[i].e-d.toks[i].s == 1
}

// sentOf returns the sentence index holding token i.
func (d *doc) sentOf(i int) int {
	return sort.Search(len(d.sents), func(k int) bool { return d.sents[k].b > i })
}

var debrisPrefixes = wordList("debris-prefixes")

// debrisLine reports whether a sentence that starts with the furniture prefix p is page
// furniture. A phrase that only furniture uses ("continue reading", "sign up") always is;
// a common word ("Video", "Photo", "Source") is furniture only on a short line or before a
// colon or bar, so that "Video showed a series of blasts …" stays prose.
func (d *doc) debrisLine(s *sentence, txt, p string) bool {
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

func (d *doc) classifySentences() {
	for i := range d.sents {
		s := &d.sents[i]
		if i == d.headline {
			continue
		}
		txt := strings.ToLower(d.span(s.a, s.b))
		if strings.HasPrefix(txt, "more on ") && strings.Contains(txt[:min(len(txt), 40)], ":") {
			s.kind = sLinked
			continue
		}
		if strings.HasPrefix(txt, "(additional reporting") || strings.HasPrefix(txt, "(reporting by") ||
			strings.HasPrefix(txt, "(writing by") || strings.HasPrefix(txt, "(editing by") ||
			strings.HasPrefix(txt, "additional reporting by") || strings.HasPrefix(txt, "reporting by") ||
			strings.HasPrefix(txt, "(compiled by") || strings.HasPrefix(txt, "editing by") {
			s.kind = sCredit
			continue
		}
		debris := false
		for _, p := range debrisPrefixes {
			if strings.HasPrefix(txt, p) && d.debrisLine(s, txt, p) {
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
		ends := last.kind == tStop || last.kind == tCloseQ || (last.kind == tPunct && d.text[last.s] == ')')
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
		if strings.Contains(txt, "/") && !ends && words <= 8 {
			s.kind = sCredit // "Associated Press/Wally Santana"
		}
	}
}

// emitEntities writes d.ents to the Extraction, in order of first mention.
func (d *doc) emitEntities() {
	out := make([]kg.Entity, 0, len(d.ents))
	for _, e := range d.ents {
		if e.dropped || e.mentions == 0 {
			continue
		}
		al := make([]string, 0, len(e.aliases))
		for _, a := range e.aliases {
			if a != e.name {
				al = append(al, a)
			}
		}
		if len(al) == 0 {
			al = nil
		}
		out = append(out, kg.Entity{Name: e.name, Type: e.typ, Aliases: al, Mentions: e.mentions, Country: e.country})
	}
	d.out.Entities = out
}
