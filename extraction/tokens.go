package extraction

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind is what a token is.
type tokKind uint8

const (
	tWord   tokKind = iota // letters, with inner hyphens, apostrophes and initialism dots
	tNum                   // digits with inner , and . ("1,500", "6.4"), maybe a suffix ("1990s")
	tPunct                 // one punctuation mark
	tOpenQ                 // an opening quotation mark
	tCloseQ                // a closing quotation mark
	tDash                  // — – or --
	tStop                  // . ! ? that may end a sentence
)

// Token flags.
const (
	fSpace  = 1 << iota // white space before the token
	fPara               // first token of a paragraph
	fCap                // starts with an upper-case letter
	fUpper              // all letters upper case (at least two letters)
	fAbbr               // ends with an abbreviation's period ("Gen.", "U.S.")
	fSuffix             // a number with letters after it ("1990s", "21st")
	fLine               // first token after a single line break
)

// token is one token of a text: its byte range, kind, flags and, for words the lexicon
// knows, the interned lower-case form and the lexicon's features.
type token struct {
	s, e  int32
	kind  tokKind
	flags uint8
	id    wordID // the word's id when doc.is asks about its lower-case form (wordids.go), else 0
	feat  uint32 // lexicon features (see lexicon.go)
	cls   uint64 // word classes (see wordclasses.go)
	low   string // interned lower-case form when the lexicon knows the word, else ""
	txt   string // text[s:e], for doc.tok without slicing the text again
}

func (t *token) has(f uint8) bool { return t.flags&f != 0 }

// maxWordBytes bounds how long one token may grow, so that 10 MB of letters is many
// tokens rather than one that every later step copies.
const maxWordBytes = 256

// tokenize splits text into tokens. It runs in one pass, O(len(text)).
func tokenize(text string, toks []token) []token {
	toks = toks[:0]
	n := len(text)
	i := 0
	newlines := 0
	space := true
	for i < n {
		c := text[i]
		if c == '\n' {
			newlines++
			space = true
			i++
			continue
		}
		if c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' {
			space = true
			i++
			continue
		}
		var r rune
		size := 1
		if c < utf8.RuneSelf {
			r = rune(c)
		} else {
			r, size = utf8.DecodeRuneInString(text[i:])
			if r == 0xa0 || r == 0x2009 || r == 0x200a || r == 0x202f || r == 0x2002 || r == 0x2003 || r == 0x200b || r == 0xfeff {
				space = true
				i += size
				continue
			}
			if r == 0x2028 || r == 0x2029 {
				newlines += 2
				space = true
				i += size
				continue
			}
		}
		var t token
		t.s = int32(i)
		if space {
			t.flags |= fSpace
		}
		if newlines >= 2 || len(toks) == 0 {
			t.flags |= fPara
		} else if newlines == 1 {
			t.flags |= fLine
		}
		newlines = 0
		space = false
		switch {
		case (r == '\'' || r == '’') && i+size < n && (text[i+size] == 's' || text[i+size] == 'S') && (i+size+1 >= n || !isLetter(rune(text[i+size+1]))) && len(toks) > 0 && !t.has(fSpace):
			t.kind = tWord // possessive 's
			i += size + 1
		case isLetter(r):
			i = scanWord(text, i, &t)
		case r >= '0' && r <= '9':
			i = scanNumber(text, i, &t)
		case r == '"':
			t.kind = tCloseQ
			if t.has(fSpace|fPara) || prevOpens(text, toks) {
				t.kind = tOpenQ
			}
			i++
		case r == '“' || r == '„':
			t.kind = tOpenQ
			i += size
		case r == '”':
			t.kind = tCloseQ
			i += size
		case r == '—' || r == '–' || r == '―':
			t.kind = tDash
			i += size
		case r == '-' && i+1 < n && text[i+1] == '-':
			t.kind = tDash
			i += 2
			for i < n && text[i] == '-' && i-int(t.s) < maxWordBytes {
				i++
			}
		case r == '.' && i+2 < n && text[i+1] == '.' && text[i+2] == '.':
			t.kind = tPunct
			i += 3
		case r == '.' || r == '!' || r == '?' || r == '…':
			t.kind = tStop
			i += size
		default:
			t.kind = tPunct
			i += size
		}
		t.e = int32(i)
		t.txt = text[t.s:i]
		toks = append(toks, t)
	}
	return toks
}

// prevOpens reports whether the token before a straight quote is one after which a quote
// opens ("(", "—", an opening quote).
func prevOpens(text string, toks []token) bool {
	if len(toks) == 0 {
		return true
	}
	p := toks[len(toks)-1]
	if p.kind == tDash || p.kind == tOpenQ {
		return true
	}
	if p.kind == tPunct && p.e-p.s == 1 {
		switch text[p.s] {
		case '(', '[', '{', ':', '/':
			return true
		}
	}
	return false
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return (r|0x20) >= 'a' && (r|0x20) <= 'z'
	}
	return unicode.IsLetter(r)
}

func isUpperRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'A' && r <= 'Z'
	}
	return unicode.IsUpper(r)
}

// asciiWordClass tells scanWord, for each byte, whether it is an ASCII digit (acDigit),
// letter (acLetter) or upper-case letter (acLetter|acUpper), as isLetter and isUpperRune
// read it; 0 for every other byte.
var asciiWordClass = func() (t [256]uint8) {
	for c := 0; c < utf8.RuneSelf; c++ {
		switch r := rune(c); {
		case isLetter(r) && isUpperRune(r):
			t[c] = acLetter | acUpper
		case isLetter(r):
			t[c] = acLetter
		case r >= '0' && r <= '9':
			t[c] = acDigit
		}
	}
	return t
}()

const (
	acDigit = 1 << iota
	acLetter
	acUpper
)

// scanWord reads a word from text[i:]: letters and digits, inner hyphens and apostrophes
// followed by a letter, and initialisms with dots ("U.S.", "a.m."). A possessive "'s" is
// left as a token of its own.
func scanWord(text string, i int, t *token) int {
	n := len(text)
	start := i
	t.kind = tWord
	upper, letters := 0, 0
	first := true
	for i < n && i-start < maxWordBytes {
		// an ASCII letter or digit, the common case, by one table look-up
		if c := asciiWordClass[text[i]]; c != 0 {
			if c&acLetter != 0 {
				letters++
				if c&acUpper != 0 {
					upper++
					if first {
						t.flags |= fCap
					}
				}
			}
			first = false
			i++
			continue
		}
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if isLetter(r) || (r >= '0' && r <= '9') {
			if isLetter(r) {
				letters++
				if isUpperRune(r) {
					upper++
					if first {
						t.flags |= fCap
					}
				}
			}
			first = false
			i += size
			continue
		}
		if r == '-' || r == '\'' || r == '’' || r == '&' {
			// inner mark: keep when a letter follows, but leave possessive 's alone
			j := i + size
			if j < n {
				r2, _ := utf8.DecodeRuneInString(text[j:])
				if isLetter(r2) || (r == '-' && r2 >= '0' && r2 <= '9') {
					if (r == '\'' || r == '’') && (r2 == 's' || r2 == 'S') && (j+1 >= n || !isLetter(rune(text[j+1]))) {
						break
					}
					i = j
					continue
				}
			}
			break
		}
		if r == '!' && bangWord(text, start, i) {
			i++ // "E! News", "Jeopardy!": the mark is the name's (furniture.go)
			break
		}
		if r == '/' && slashInitial(text, start, i) {
			i++ // "I/B/E/S", "F/A-18": capitals one by one between slashes
			continue
		}
		if r == '.' {
			if n := domainEnd(text, start, i); n > i {
				letters += n - i - 1 // "NFL.com" is no shouted word (fUpper)
				i = n                // "Amazon.com", "Quill.io": a site's name is one word
				break
			}
			// initialisms: a single letter (or two) followed by a dot and another letter+dot
			seg := i - lastBreak(text, start, i)
			if seg <= 2 && i+1 < n && isLetter(rune(text[i+1])) && (i+2 >= n || text[i+2] == '.' || (i+2 < n && isLetter(rune(text[i+2])) && i+3 < n && text[i+3] == '.')) {
				i++
				continue
			}
			if i == start+1 && lastDotDropped(text, i) {
				i++ // "U.S wireless carriers", "the U.N puts": an initialism without its last dot
				continue
			}
			if seg <= 2 && i > start && countDots(text[start:i]) > 0 {
				// the final dot of an initialism: U.S. a.m.
				i++
				t.flags |= fAbbr
				break
			}
			if isAbbrev(text[start:i]) || (i-start == 1 && isUpperRune(rune(text[start]))) {
				i++
				t.flags |= fAbbr
			}
			break
		}
		break
	}
	if upper >= 2 && upper == letters {
		t.flags |= fUpper
	}
	if upper > 0 && !t.has(fCap) && camelBrand(text[start:i]) {
		t.flags |= fCap
	}
	return i
}

// camelBrand reports whether a word that opens with a lower-case letter is a name spelt
// with a lower-case initial, and so starts a name as a capitalised word does: one
// lower-case letter, then a capitalised word of three letters or more, maybe a second
// capitalised part ("iPhone", "eBay", "iHeartRadio", "iPhones"), or
// a capital pair ("iOS"). Runs of mixed case from addresses and codes ("qDohV",
// "kWh", "hJecVvjy…") and words with a hyphen are not names.
func camelBrand(w string) bool {
	if len(w) < 3 || w[0] < 'a' || w[0] > 'z' || w[1] < 'A' || w[1] > 'Z' {
		return false
	}
	if len(w) == 3 {
		return w[2] >= 'A' && w[2] <= 'Z' // "iOS"
	}
	parts := 0
	for k := 1; k < len(w); parts++ {
		n := 0
		for k++; k < len(w) && w[k] >= 'a' && w[k] <= 'z'; k++ {
			n++
		}
		if n < 2 || parts == 2 || k < len(w) && (w[k] < 'A' || w[k] > 'Z') {
			return false
		}
	}
	return true
}

// slashInitial reports whether the slash at text[i] joins single capitals of one
// initialism, as in "Thomson Reuters I/B/E/S" or "F/A-18": the word so far is one
// upper-case letter since its start or its last slash, and one upper-case letter follows
// that is not the start of a word ("Reuters/Ipsos", "AFP/Getty" and "A/Bigger" stay two
// words).
func slashInitial(text string, start, i int) bool {
	if i-start < 1 || !isUpperRune(rune(text[i-1])) || i-1 > start && text[i-2] != '/' {
		return false
	}
	j := i + 1
	if j >= len(text) || !isUpperRune(rune(text[j])) {
		return false
	}
	return j+1 >= len(text) || !isLetter(rune(text[j+1])) && !(text[j+1] >= '0' && text[j+1] <= '9')
}

// lastDotDropped reports whether the dot at text[i], after one capital, joins a second
// capital that ends the word: a two-letter initialism written without its last dot ("U.S
// wireless carriers", "U.S-led", "the U.N puts"), not "U.S." (read above), a ticker in a
// link ("T.N<") or an initial before a name ("J. K").
func lastDotDropped(text string, i int) bool {
	if i < 1 || i+1 >= len(text) || !isUpperRune(rune(text[i-1])) || !isUpperRune(rune(text[i+1])) {
		return false
	}
	if i+2 == len(text) {
		return true
	}
	switch text[i+2] {
	case ' ', ',', '-', ';', ':', ')', '\n':
		return true
	}
	return false
}

func lastBreak(text string, start, i int) int {
	for j := i - 1; j >= start; j-- {
		if text[j] == '.' {
			return j + 1
		}
	}
	return start
}

func countDots(s string) int {
	c := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '.' {
			c++
		}
	}
	return c
}

// scanNumber reads digits with inner commas and dots ("1,500", "6.4") and a letter suffix
// ("1990s", "21st").
func scanNumber(text string, i int, t *token) int {
	n := len(text)
	start := i
	t.kind = tNum
	for i < n && i-start < maxWordBytes {
		c := text[i]
		if c >= '0' && c <= '9' {
			i++
			continue
		}
		if (c == ',' || c == '.') && i+1 < n && text[i+1] >= '0' && text[i+1] <= '9' && i > start {
			i++
			continue
		}
		break
	}
	if i < n && isLetter(rune(text[i])) {
		j := i
		for j < n && j-i < 4 && isLetter(rune(text[j])) {
			j++
		}
		if j-i <= 3 && (j >= n || !isLetter(rune(text[j]))) {
			t.flags |= fSuffix
			i = j
		}
	}
	return i
}

// siteEndings are the top-level domains that end a site's or a company's name written
// as its address ("Amazon.com", "Change.org", "Quill.io").
var siteEndings = [...]string{"com", "org", "net", "io"}

// domainEnd returns the end of a site's name whose dot is at text[i] in the word that
// starts at text[start], or i: a capitalised word of two letters or more (or a lower-case one: lowerSite), not inside a
// link or an address (no dot, slash or @ before it), then a top-level domain of
// siteEndings that ends the word ("JD.com", "NBCNews.com"; not "Amazon.community", nor a
// host's part "Wired.com.au"). scanWord owns the word; names then read it whole.
func domainEnd(text string, start, i int) int {
	if i-start < 2 || !isUpperRune(rune(text[start])) && !lowerSite(text[start:i]) {
		return i
	}
	if start > 0 {
		switch text[start-1] {
		case '.', '/', '@', ':', '-', '_':
			return i
		}
	}
	for _, tld := range siteEndings {
		e := i + 1 + len(tld)
		if e > len(text) || !strings.EqualFold(text[i+1:e], tld) { // "JD.Com" too
			continue
		}
		if e < len(text) {
			c := text[e]
			r, _ := utf8.DecodeRuneInString(text[e:]) // "JD.com’s": a curly mark is no letter
			if isLetter(r) || c >= '0' && c <= '9' || c == '/' || c == '@' || c == '-' || c == '_' {
				return i
			}
			if c == '.' && e+1 < len(text) && isLetter(rune(text[e+1])) {
				return i
			}
		}
		return e
	}
	return i
}

// lowerSite reports whether w, the word before a site's ending, is a site's name written
// lower-case ("according to shipfleets.com"): letters and digits, at least four, none a
// capital. ("e.g.", "i.e." are too short.)
func lowerSite(w string) bool {
	if len(w) < 4 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// siteName returns a lower-case word without the site's ending tokenize kept on it
// ("jd.com" → "jd"), or the word (nameKey).
func siteName(w string) string {
	for _, tld := range siteEndings {
		if len(w) > len(tld)+2 && w[len(w)-len(tld)-1] == '.' && w[len(w)-len(tld):] == tld {
			return w[:len(w)-len(tld)-1]
		}
	}
	return w
}

// siteWord reports whether word w is a site's name written as its address, with a
// siteEndings domain ("Change.org"; typeByContext).
func siteWord(w string) bool {
	if strings.IndexByte(w, '.') <= 0 {
		return false
	}
	return siteName(lowerASCII(w)) != lowerASCII(w)
}

// siteBare returns a site word's name without its ending, as written ("KKK.com" → "KKK"),
// and whether w is a site word at all (siteWord).
func siteBare(w string) (string, bool) {
	if !siteWord(w) {
		return "", false
	}
	return w[:strings.LastIndexByte(w, '.')], true
}
