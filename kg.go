// Package kg holds the domain types every part of kg shares: the Article a loader reads,
// and the Extraction that the extraction package reads out of it (entities, relations,
// quotes, figures and events, each tied to its sentence). The subpackages turn these into
// quads (schema), store them (graph) and ask questions of the store (queries).
package kg

import (
	"crypto/sha256"
	"encoding/hex"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"
)

// Article is one news report as a loader read it.
type Article struct {
	// ID is the hex hash of the article's normalised headline and text (see ArticleID).
	// It is the article's identity: the same text loaded twice is one article.
	ID string
	// Title is the headline, without an outlet suffix such as " - Reuters".
	Title string
	// Body is the article's text: paragraphs separated by blank lines, markup removed.
	Body string
	// Published is when the article was published; zero when no source says.
	Published time.Time
	// Publisher is the outlet that published it ("Reuters"), or "" when unknown.
	Publisher string
	// URL is the article's canonical address, or "".
	URL string
	// Path is where it was loaded from: a file path, with "#N" for the Nth record of a
	// file that holds several (JSON Lines, feeds).
	Path string
	// Format names the loader that read it: text, markdown, html, json, feed.
	Format string
	// Emphasis are the runs of Body that the source set in italics or emphasis (<em>,
	// <i>, <cite>, *…* or _…_ in Markdown), in the order of Body. Reports mark titles of
	// works that way (the film *Ghost in the Shell*), and also stressed and foreign words.
	// The markup never enters Body, whose text is the article's identity: the spans keep
	// where it was. Nil when the source marks none or its format has no emphasis (text,
	// JSON, feeds).
	Emphasis []Span
}

// Span is a run of an article's Body: byte offsets, End exclusive.
type Span struct{ Start, End int }

// Identify sets a.ID from the article's headline and body.
func (a *Article) Identify() { a.ID = ArticleID(a.Title, a.Body) }

// Key is what makes a later version of this article replace an earlier one: its URL
// when it has one, else the path it was loaded from.
func (a *Article) Key() string {
	if a.URL != "" {
		return a.URL
	}
	return a.Path
}

// ArticleID hashes the normalised headline and body: case folded, runs of white space
// and punctuation variants (curly quotes, dashes) reduced, so that re-encoding or
// re-wrapping the same text does not make a new article.
func ArticleID(title, body string) string {
	bp := normPool.Get().(*[]byte)
	buf := (*bp)[:0]
	if need := len(title) + len(body) + 1; cap(buf) < need {
		buf = make([]byte, 0, need+need/8)
	}
	buf = appendNormalised(buf, title)
	buf = append(buf, '\n')
	buf = appendNormalised(buf, body)
	sum := sha256.Sum256(buf)
	if cap(buf) <= 1<<20 { // one very long article does not stay in the pool
		*bp = buf
		normPool.Put(bp)
	}
	return hex.EncodeToString(sum[:16])
}

// normClass sorts bytes for appendNormalised: ASCII that is copied as it is (normWord),
// capitals (normUpper), ASCII white space (normSpace), and the rest (control bytes,
// copied one at a time, and the bytes of other runes, decoded).
var normClass = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
			t[c] = normSpace
		case 'A' <= c && c <= 'Z':
			t[c] = normUpper
		case c > ' ' && c < utf8.RuneSelf:
			t[c] = normWord
		default:
			t[c] = normOther
		}
	}
	return t
}()

const (
	normWord uint8 = iota
	normUpper
	normSpace
	normOther
)

// normPool holds ArticleID's buffers: an article's normalised text is hashed and thrown
// away, so one buffer per worker serves every article.
var normPool = sync.Pool{New: func() any { return new([]byte) }}

// appendNormalised appends s case folded, with runs of white space reduced to one space
// (none at the start of dst) and curly quotes, primes and dashes made plain. ASCII bytes
// take the short way; the rest is decoded a rune at a time (an invalid byte is U+FFFD).
func appendNormalised(dst []byte, s string) []byte {
	space := false
	for i := 0; i < len(s); {
		c := s[i]
		if k := normClass[c]; k == normWord || k == normUpper {
			// a run of ASCII bytes that are neither space nor control: copied at once,
			// its capitals folded in place
			j := i + 1
			upper := k == normUpper
			for j < len(s) && normClass[s[j]] <= normUpper {
				upper = upper || normClass[s[j]] == normUpper
				j++
			}
			if space {
				dst = append(dst, ' ')
				space = false
			}
			from := len(dst)
			dst = append(dst, s[i:j]...)
			if upper {
				for k := from; k < len(dst); k++ {
					if c := dst[k]; 'A' <= c && c <= 'Z' {
						dst[k] = c + 'a' - 'A'
					}
				}
			}
			i = j
			continue
		}
		if c < utf8.RuneSelf {
			i++
			if normClass[c] == normSpace {
				space = len(dst) > 0
				continue
			}
			if space {
				dst = append(dst, ' ')
				space = false
			}
			dst = append(dst, c)
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case unicode.IsSpace(r):
			space = len(dst) > 0
			continue
		case r == '‘' || r == '’' || r == '‛' || r == '′':
			r = '\''
		case r == '“' || r == '”' || r == '„' || r == '″':
			r = '"'
		case r == '–' || r == '—' || r == '−':
			r = '-'
		default:
			r = unicode.ToLower(r)
		}
		if space {
			dst = append(dst, ' ')
			space = false
		}
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}

// EntityType is the kind of thing an entity is.
type EntityType string

// The entity types of the JSON contract.
const (
	Person       EntityType = "Person"
	Organization EntityType = "Organization"
	Place        EntityType = "Place"
	Group        EntityType = "Group" // a collective that is not a formal body: "activists", "the Syrian opposition"
	Other        EntityType = "Other"
)

// Entity is a person, organization, place or group named in one article, with every
// name the article uses for it.
type Entity struct {
	// Name is the fullest name the article uses ("Kofi Annan").
	Name string
	Type EntityType
	// Aliases are the other names the article uses ("Annan"), without Name.
	Aliases []string
	// Mentions counts how often the article names it.
	Mentions int
	// Country is the country a place lies in or an organization or person belongs to,
	// by its common English name ("Taiwan"), where the article or the word lists say.
	Country string
}

// Sentence is one sentence of an article's body.
type Sentence struct {
	Start, End int // byte offsets into Article.Body
	Text       string
}

// Relation is one statement that links two things: a role ("Annan — envoyOf — United
// Nations"), or who did what to whom ("France — rejects — resolution").
type Relation struct {
	Subject string // an entity's Name, or the words of a thing that is not an entity
	// Predicate is a term of the controlled vocabulary in package schema ("envoyOf", "rejects").
	Predicate string
	Object    string
	// Source is who the article attributes the statement to, or "" for its own voice.
	Source   string
	Sentence int    // index into Extraction.Sentences
	Text     string // the words that carry the relation
}

// Quote is a speaker's own words.
type Quote struct {
	// Speaker is an entity's Name, or a description when the article does not name the
	// speaker ("a senior Turkish official").
	Speaker  string
	Text     string // the quoted words, without quotation marks
	Sentence int    // index of the sentence the quote opens in
}

// Qualifier hedges a number.
type Qualifier string

// The qualifiers of the JSON contract; Exact is the empty string (null in JSON).
const (
	Exact     Qualifier = ""
	AtLeast   Qualifier = "at least"
	MoreThan  Qualifier = "more than"
	About     Qualifier = "about"
	Nearly    Qualifier = "nearly"
	UpTo      Qualifier = "up to"
	FewerThan Qualifier = "fewer than"
)

// Figure is a number an article reports about something people track: the dead, the
// injured, the missing, money, a magnitude.
type Figure struct {
	Measure string // killed, injured, missing, rescued, arrested, displaced, defected, magnitude, damage…
	// Family is the family of measures the figure's quantity is of when its clause
	// says so beyond its measure's words (a sum an act of paying names by its kind,
	// "paid $2 million in legal fees": "payment"), or "": MeasureFamily of its measure.
	Family    string
	Value     float64
	Unit      string // "USD", "km", "percent"… or "" for a count of people or things
	Qualifier Qualifier
	// Event is the index into Extraction.Events of the event the figure belongs to, or -1.
	Event int
	// Subject is what a figure of no event is about: the entity or topic whose quantity
	// it gives ("Powerball" for a jackpot, "LinkedIn" for a market value), or "".
	Subject string
	// Scope is the part of its event's or subject's whole the figure counts.
	Scope Scope
	// Superseded is true of a value the report itself says was replaced ("first
	// reported as 7.4, later upgraded to 7.8": 7.4).
	Superseded bool
	// AsOf is when the report says a superseded value was given ("the toll of 59
	// reported late Sunday"), as an ISO 8601 interval of UTC times
	// ("2016-02-28T18:00:00Z/2016-02-29T00:00:00Z"), or "" when it does not say (the
	// value is then of some time before the report).
	AsOf string
	// Correction is true of a value whose sentence corrects an earlier figure
	// ("revised the toll down to 31", "one fewer than an earlier count").
	Correction bool
	Place      string // where, as the article names it
	Date       string // ISO 8601 date the figure refers to, or ""
	// Source is who the article attributes the figure to (an entity's Name, or a
	// description such as "a monitoring group"), or "" for the article's own voice.
	Source   string
	Sentence int    // index into Extraction.Sentences
	Text     string // the words that state the figure ("at least 31 people have been killed")
}

// Event is something that happened on a day in a place: an earthquake, a bombing, a
// shooting, a defection.
type Event struct {
	Type    string // earthquake, bombing, shooting, attack, defection…
	Place   string // the most precise place the article gives ("Tainan")
	Country string // the country it lies in ("Taiwan"), or ""
	Date    string // ISO 8601 date, or "" when unknown
	// Main is true for the event the article is about; other events are named in passing.
	Main bool
}

// Extraction is everything read out of one article.
type Extraction struct {
	Article   Article
	Sentences []Sentence
	Entities  []Entity
	Relations []Relation
	Quotes    []Quote
	Figures   []Figure
	Events    []Event
}
