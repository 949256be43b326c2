package loaders

import (
	"html"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Archive debris: lines that page templates, web archives and syndication add around
// a report. The rules are conservative: a paragraph goes only when all of it is
// furniture, so no sentence that carries news is lost.

// debrisLines are whole paragraphs (or lines) that are furniture, compared after
// folding case and trimming white space and a trailing colon.
var debrisLines = map[string]bool{
	"advertisement": true, "advertisements": true, "ad": true, "continue reading the main story": true,
	"continue reading": true, "continue reading below": true, "article continues below": true,
	"story continues below": true, "go back to top. skip to: start of article.": true,
	"skip to: start of article.": true, "caption": true, "credit": true, "credits": true,
	"photo": true, "photos": true, "image": true, "image caption": true, "image copyright": true,
	"media caption": true, "hide caption": true, "toggle caption": true, "enlarge this image": true,
	"watch in times video »": true, "related coverage": true, "related content": true,
	"related": true, "related stories": true, "related articles": true, "read more": true,
	"more": true, "more…": true, "more...": true, "story highlights": true, "autoplay": true,
	"show thumbnails": true, "show captions": true, "show captionslast slidenext slide": true,
	"buy photo": true, "share": true, "share this": true, "share this article": true,
	"share this story": true, "tweet": true, "email": true, "e-mail": true, "print": true,
	"comments": true, "comment": true, "video": true, "graphic": true, "open graphic": true,
	"source": true, "source link": true, "getty images": true, "ap photo": true, "afp": true,
	"afp/getty images": true, "reuters/file photo": true, "epa": true, "loading...": true,
	"play video": true, "watch video": true, "next slide": true, "previous slide": true,
	"we'd love your feedback": true, "view comments": true, "leave a comment": true,
	"follow us": true, "subscribe": true, "sign up": true, "sign in": true, "log in": true,
	"story continued below": true, "last slidenext slide": true, "send a letter to the editor": true,
	"join the conversation": true, "tags": true, "already a member? log in": true,
	"skip to main content": true, "skip to content": true, "back to top": true,
}

// debrisPrefixes start furniture lines; they apply to paragraphs under 200 bytes only.
var debrisPrefixes = []string{
	"sign up for ", "sign up to ", "subscribe to our ", "subscribe to the ", "subscribe now",
	"follow us on ", "like us on facebook", "click here to subscribe", "get our newsletter",
	"get the latest news", "download our app", "©", "copyright ©", "all rights reserved",
	"nyse and amex quotes delayed", "image source: ", "image copyright ", "media caption ", "[ad_",
}

// creditLine is the agency's closing byline: "(Additional reporting by …; Editing by …)",
// "Reporting by X; Writing by Y". Without parentheses it must name two roles, so that a
// sentence such as "Reporting by the Guardian showed…" stays.
var creditLine = regexp.MustCompile(`(?i)^(?:\(\s*(?:additional |compiled |further )?(?:reporting|writing|editing|research|compiled|graphics|production|translation)\s+(?:was\s+)?by\b[^()]*(?:\([^()]*\)[^()]*)*\)\.?|(?:additional )?(?:reporting|writing|editing)\s+by\b[^;()]*(?:;\s*(?:additional )?(?:reporting|writing|editing)\s+by\b[^;()]*)+)$`)

// trailingCredit is the same byline closing a paragraph of news.
var trailingCredit = regexp.MustCompile(`(?i)\s+\(\s*(?:additional |compiled |further )?(?:reporting|writing|editing)\s+by\b[^()]*\)\s*$`)

// shortcode is a WordPress shortcode left by an archive: "[ad_1]".
var shortcode = regexp.MustCompile(`\[/?ad_\d+\]`)

// minRepeat is the length from which a paragraph that appears twice is a copy (pages
// repeat captions and list items for phone and desktop layouts) and kept once.
const minRepeat = 80

// cleanParagraphs drops furniture paragraphs and lines, and copies of long
// paragraphs, and repairs what is left.
func cleanParagraphs(paras []string) []string {
	out := make([]string, 0, len(paras)+1) // not paras[:0]: a line may give two (a copyright holder and its credit)
	var seen map[string]bool
	for _, p := range paras {
		p = repairWindows1252(p)
		if strings.HasPrefix(p, "kAm") && strings.HasSuffix(p, "k^Am") {
			p = unrot47(p)
		}
		if strings.Contains(p, "[ad_") {
			p = strings.TrimSpace(shortcode.ReplaceAllString(p, ""))
		}
		if strings.IndexByte(p, '&') >= 0 && strings.IndexByte(p, ';') > 0 {
			p = unescapeLeftovers(p)
		}
		if strings.IndexByte(p, '\n') >= 0 {
			lines := strings.Split(p, "\n")
			keep := lines[:0]
			for _, l := range lines {
				if !isDebris(l) {
					keep = append(keep, l)
				}
			}
			p = strings.Join(keep, "\n")
		}
		if p == "" || isDebris(p) {
			if h, ok := copyrightHolder(p); ok {
				out = append(out, h)
			}
			if c, ok := copyrightCredit(p); ok {
				out = append(out, c)
			}
			continue
		}
		if c, ok := credit(p); ok {
			out = append(out, c)
			continue
		}
		var byline string
		if strings.HasSuffix(p, ")") && (strings.Contains(p, "by") || strings.Contains(p, "By")) {
			if loc := trailingCredit.FindStringIndex(p); loc != nil {
				p, byline = strings.TrimSpace(p[:loc[0]]), strings.TrimSpace(p[loc[0]:])
			}
		}
		if len(p) >= minRepeat {
			if seen == nil {
				seen = map[string]bool{}
			}
			if seen[p] {
				continue
			}
			seen[p] = true
		}
		out = append(out, p)
		if byline != "" {
			out = append(out, byline)
		}
	}
	return out
}

// copyrightCredit is the credit that closes a copyright line ("© 2016 Outlet Inc. All
// Rights Reserved. … The Agency contributed to this report."): the line is furniture,
// its last sentence names who reported with the outlet.
func copyrightCredit(p string) (string, bool) {
	p = strings.TrimSpace(p)
	if !strings.HasPrefix(p, "©") && !strings.HasPrefix(strings.ToLower(p), "copyright") {
		return "", false
	}
	i := strings.LastIndex(p, ". ")
	if i < 0 {
		return "", false
	}
	c := strings.TrimSpace(p[i+2:])
	if len(c) > 100 || !strings.HasSuffix(strings.ToLower(c), " contributed to this report.") {
		return "", false
	}
	return c, true
}

// copyrightYears is the opening of a copyright line up to its years: "Copyright 2016",
// "© 2016", "Copyright © 2015-2016", "(c) 2016".
var copyrightYears = regexp.MustCompile(`(?i)^(?:©\s*copyright|copyright\s*©|copyright\s*\(c\)|copyright|©|\(c\))\s*(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?,?\s+)`)

// copyrightHolder is the holder a copyright line names, kept as a short line of its own,
// "Copyright 2016 The Associated Press.", from "Copyright 2016 The Associated Press. All
// rights reserved. This material may not be published, …": the page names the outlet
// that wrote the report (extraction reads the line for names, and nothing else). The
// holder is one to six words after the years, up to "All rights"; a photo's credit ("©
// Jo Park / Agency") or a line without years is no holder's.
func copyrightHolder(p string) (string, bool) {
	p = strings.TrimSpace(p)
	loc := copyrightYears.FindStringIndex(p)
	if loc == nil {
		return "", false
	}
	h := p[loc[1]:]
	if i := strings.Index(strings.ToLower(h), " rights reserved"); i > 0 {
		h = h[:i]
		h = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSpace(h), " All"), " Some")
	} else if i := strings.Index(h, ". "); i > 0 {
		h = h[:i]
	}
	h = strings.TrimRight(strings.TrimSpace(h), ",.;:")
	if h == "" || strings.ContainsAny(h, "/|()\"@:") || !unicode.IsUpper([]rune(h)[0]) {
		return "", false
	}
	if n := len(strings.Fields(h)); n > 6 {
		return "", false
	}
	year := strings.TrimSpace(strings.TrimRight(p[:loc[1]], ", "))
	year = year[strings.LastIndexAny(year, " ©)")+1:]
	return "Copyright " + year + " " + h + ".", true
}

// isDebris reports whether a whole paragraph or line is furniture.
func isDebris(p string) bool {
	p = strings.TrimSpace(p)
	if p == "" || !hasLetter(p) {
		return true // rules (___), slide numbers (03), stray punctuation
	}
	if len(p) > 300 {
		return false
	}
	// Only the key's head is lower-cased: a key of more runes than debrisHead is longer
	// than every debris line, and its head is longer than every prefix.
	k := strings.TrimSpace(strings.TrimRight(p, ":"))
	var buf [2 * debrisHead]byte
	key, whole := appendLowerHead(buf[:0], k, debrisHead)
	if whole && debrisLines[string(key)] {
		return true
	}
	if len(p) < 200 {
		for _, pre := range debrisPrefixes {
			if hasPrefix(key, pre) {
				return true
			}
		}
	}
	if hasPrefix(key, "copyright") && strings.Contains(strings.ToLower(k), "all rights reserved") {
		return true // "Copyright 2016 The Associated Press. All rights reserved. This material…"
	}
	return false
}

// debrisHead is how many runes of a paragraph isDebris lower-cases: more than the
// bytes of the longest debris line and of the longest prefix (TestDebrisHead).
const debrisHead = 48

// appendLower appends strings.ToLower(s) to dst (without the string it would allocate).
// Like strings.ToLower it maps each rune with unicode.ToLower, and an invalid byte to
// U+FFFD.
func appendLower(dst []byte, s string) []byte {
	dst, _ = appendLowerHead(dst, s, len(s))
	return dst
}

// appendLowerHead appends strings.ToLower of s's first n runes, a prefix of
// strings.ToLower(s) at least n bytes long (a rune never lower-cases to nothing), and
// says whether that was all of s.
func appendLowerHead(dst []byte, s string, n int) ([]byte, bool) {
	i := 0
	for ; i < len(s) && n > 0; n-- {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
		i += w
	}
	return dst, i == len(s)
}

// appendLowerTail appends a suffix of strings.ToLower(s) at least n bytes long (all of
// it when shorter). It starts at an ASCII byte, which always begins a rune of its own,
// so the runes after it decode as they do in the whole of s.
func appendLowerTail(dst []byte, s string, n int) []byte {
	j := max(len(s)-n, 0)
	for j > 0 && j < len(s) && s[j] >= utf8.RuneSelf {
		j--
	}
	from := len(dst)
	dst = appendLower(dst, s[j:])
	if j > 0 && len(dst)-from < n { // runes that lower-case shorter ("\u212a" to "k")
		dst = appendLower(dst[:from], s)
	}
	return dst
}

func hasPrefix(b []byte, pre string) bool { return len(b) >= len(pre) && string(b[:len(pre)]) == pre }

func hasSuffix(b []byte, suf string) bool {
	return len(b) >= len(suf) && string(b[len(b)-len(suf):]) == suf
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// unescapeLeftovers decodes entities that survived one round of decoding (archives
// often escape twice: "&amp;#8217;").
func unescapeLeftovers(s string) string {
	if !strings.Contains(s, "&#") && !strings.Contains(s, "&amp;") && !strings.Contains(s, "&quot;") &&
		!strings.Contains(s, "&nbsp;") && !strings.Contains(s, "&lt;") && !strings.Contains(s, "&gt;") &&
		!strings.Contains(s, "&rsquo;") && !strings.Contains(s, "&ldquo;") && !strings.Contains(s, "&rdquo;") &&
		!strings.Contains(s, "&mdash;") && !strings.Contains(s, "&ndash;") && !strings.Contains(s, "&lsquo;") {
		return s
	}
	s = html.UnescapeString(s)
	if strings.Contains(s, "&#") || strings.Contains(s, "&amp;") {
		s = html.UnescapeString(s)
	}
	if strings.ContainsRune(s, '<') {
		// decoding revealed markup ("&lt;b&gt;"): drop the tags, keep their text.
		s = strings.Join(htmlParagraphs([]byte(s), htmlMode{}), " ")
	}
	return strings.Map(func(r rune) rune {
		if r == '\u00a0' {
			return ' '
		}
		return r
	}, s)
}

// dropRepeatedTitle drops a first paragraph that only repeats the headline (a page's
// <h1>, a Markdown "# Title") or the headline with the outlet's name after it.
func dropRepeatedTitle(paras []string, title string) []string {
	if len(paras) < 2 || title == "" {
		return paras
	}
	p := paras[0]
	if len(p) > 2*len(title)+10 {
		return paras
	}
	if strings.EqualFold(p, title) || normTitle(p) == normTitle(title) {
		return paras[1:]
	}
	if head, _ := splitTitleSuffix(p); normTitle(head) == normTitle(title) {
		return paras[1:]
	}
	return paras
}

// normTitle folds a headline for comparison: letters and digits only, lower case.
func normTitle(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// joinBody joins paragraphs into a Body.
func joinBody(paras []string) string { return strings.Join(paras, "\n\n") }

// cleanTitle decodes entities and collapses white space in a headline.
func cleanTitle(s string) string {
	s = repairWindows1252(s)
	if strings.IndexByte(s, '&') >= 0 {
		s = html.UnescapeString(s)
		if strings.IndexByte(s, '&') >= 0 {
			s = html.UnescapeString(s) // twice-escaped: "&amp;#8217;"
		}
	}
	if strings.IndexByte(s, '<') >= 0 && looksLikeHTML([]byte(s)) || strings.Contains(s, "</") {
		s = strings.Join(htmlParagraphs([]byte(s), htmlMode{}), " ")
	}
	s = shortcode.ReplaceAllString(s, "")
	return collapseSpace(s)
}

// collapseSpace trims s and reduces every run of white space to one space.
func collapseSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) || r == '\u00a0' {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// maxTitle is the longest headline kept whole; a longer first line is not a headline.
const maxTitle = 300

// headlineFrom makes a headline out of text that has none of its own: its first
// sentence, or its first words, cut at maxTitle bytes on a word boundary.
func headlineFrom(s string) string {
	if len(s) > 4*maxTitle {
		s = s[:4*maxTitle]
	}
	s = collapseSpace(s)
	if i := strings.Index(s, ". "); i > 0 && i < maxTitle {
		return s[:i+1]
	}
	if len(s) <= maxTitle {
		return s
	}
	cut := strings.LastIndexByte(s[:maxTitle], ' ')
	if cut < maxTitle/2 {
		cut = maxTitle
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
	}
	return strings.TrimSpace(s[:cut]) + "…"
}

// unrot47 recovers a paragraph that a paywall (TownNews sites) wrote in ROT47:
// "kAm…k^Am" is "<p>…</p>".
func unrot47(p string) string {
	b := []byte(p)
	for i, c := range b {
		if c >= 33 && c <= 126 {
			b[i] = 33 + (c-33+47)%94
		}
	}
	return strings.Join(htmlParagraphs(b, htmlMode{}), "\n")
}

// creditPrefixes start photo credits. Credits are not news, but they name people and
// agencies: they stay in the body, each a paragraph of its own that starts "Credit:",
// "Photographer:" or "(… by", where extraction takes names from them and nothing else.
var creditPrefixes = []string{
	"photo: ", "photograph: ", "photos: ", "image: ", "credit: ", "credit ", "photo credit: ",
	"photographer: ", "picture: ", "(photo: ", "(ap photo", "ap photo/", "photo by ",
}

// creditAgencies end a photo credit: "Wally Santana/AP".
var creditAgencies = []string{"/getty images", "/ap", "/reuters", "/associated press", "/afp", "/epa"}

// creditHead is how many runes of a paragraph credit lower-cases at its start and end:
// more than the bytes of the longest prefix and agency (TestDebrisHead).
const creditHead = 24

// credit reports whether a paragraph is a photo credit or an agency's byline, and
// writes it so that extraction knows it for one: "Wally Santana/AP" becomes
// "Credit: Wally Santana/AP".
func credit(p string) (string, bool) {
	p = strings.TrimSpace(p)
	if p == "" || len(p) > 300 {
		return "", false
	}
	var hbuf, tbuf [2 * creditHead]byte
	key, _ := appendLowerHead(hbuf[:0], p, creditHead) // longer than every prefix
	for _, pre := range creditPrefixes {
		if hasPrefix(key, pre) {
			if hasPrefix(key, "credit") || hasPrefix(key, "photographer") || hasPrefix(key, "photo by") {
				return p, true
			}
			return "Credit: " + strings.TrimSpace(p[len(pre):]), true
		}
	}
	tail := appendLowerTail(tbuf[:0], p, creditHead) // longer than every agency
	for _, agency := range creditAgencies {
		if hasSuffix(tail, agency) && len(strings.Fields(p)) <= 8 {
			return "Credit: " + p, true // "Wally Santana/AP"
		}
	}
	if c := key[0]; (c == '(' || c == 'a' || c == 'r' || c == 'w' || c == 'e') && creditLine.MatchString(p) {
		return p, true
	}
	return "", false
}
