package loaders

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The HTML-to-text conversion every loader shares. It runs on x/net/html's tokenizer,
// not its tree: no nesting limit, no recursion, one pass, little garbage. It keeps the
// text of the page's prose and drops what is not prose (scripts, styles, frames, forms,
// navigation, asides, footers, hidden and screen-reader-only elements, photo credits,
// share and newsletter furniture).

// htmlMode tunes htmlParagraphs.
type htmlMode struct {
	// blankLines: a blank line in the source text starts a new paragraph, as WordPress
	// (and Markdown with inline HTML) means it.
	blankLines bool
	// scoped: when the page has <article>, <main>, role="main" or
	// itemprop="articleBody", keep only the text inside them.
	scoped bool
	// emphasis, when not nil, receives the text of every emphasised run of prose (<em>,
	// <i>, <cite>) that opens and closes within one paragraph, in order (see Emphasis).
	emphasis *[]string
}

// skipped elements: nothing inside them is prose. (<head> is not among them: what it
// may hold is, and a stray <head> inside a body is ignored, as browsers do.)
var skipAtoms = map[atom.Atom]bool{
	atom.Title: true, atom.Script: true, atom.Style: true, atom.Noscript: true,
	atom.Iframe: true, atom.Frame: true, atom.Frameset: true, atom.Object: true, atom.Embed: true,
	atom.Applet: true, atom.Svg: true, atom.Math: true, atom.Canvas: true, atom.Template: true,
	atom.Form: true, atom.Button: true, atom.Input: true, atom.Select: true, atom.Option: true,
	atom.Textarea: true, atom.Nav: true, atom.Aside: true, atom.Footer: true, atom.Header: true,
	atom.Video: true, atom.Audio: true, atom.Map: true, atom.Dialog: true, atom.Menu: true,
	atom.Noembed: true, atom.Noframes: true, atom.Xmp: true, atom.Plaintext: true,
}

// block elements end the paragraph before them and after them.
var blockAtoms = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Blockquote: true, atom.Body: true,
	atom.Caption: true, atom.Center: true, atom.Dd: true, atom.Details: true, atom.Div: true,
	atom.Dl: true, atom.Dt: true, atom.Fieldset: true, atom.Figcaption: true, atom.Figure: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Hr: true, atom.Html: true, atom.Legend: true, atom.Li: true, atom.Main: true,
	atom.Ol: true, atom.P: true, atom.Pre: true, atom.Section: true, atom.Summary: true,
	atom.Table: true, atom.Tbody: true, atom.Tfoot: true, atom.Thead: true, atom.Tr: true,
	atom.Ul: true,
}

// void elements have no end tag and are never on the stack.
var voidAtoms = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true,
	atom.Hr: true, atom.Img: true, atom.Input: true, atom.Keygen: true, atom.Link: true,
	atom.Meta: true, atom.Param: true, atom.Source: true, atom.Track: true, atom.Wbr: true,
}

// furnitureWords are the words of class names that mark page furniture (split at
// '-', '_' and case changes: "share-tools", "newsletterSignup", "photo_credit").
var furnitureWords = map[string]bool{
	"share": true, "sharing": true, "social": true, "newsletter": true, "subscribe": true,
	"subscription": true, "advert": true, "advertisement": true, "ads": true,
	"promo": true, "related": true, "comments": true, "credit": true, "credits": true,
	"outbrain": true, "taboola": true, "breadcrumb": true, "breadcrumbs": true,
	"sidebar": true, "gallery": true, "slideshow": true, "carousel": true,
}

// hoverWords and cardWords together name a card a page shows only while the pointer
// rests on a link ("rollover-people-block", "tooltip-box"): a person's other headlines,
// not the article: skipped like hidden text, so the sentence around the link stays
// whole. The link itself ("rollover-people-link") stays.
var hoverWords = map[string]bool{"rollover": true, "hovercard": true, "tooltip": true, "popover": true, "popup": true, "flyout": true}
var cardWords = map[string]bool{"block": true, "card": true, "box": true, "panel": true, "content": true, "body": true}

// hiddenClasses are whole class names that hide an element from readers.
var hiddenClasses = map[string]bool{
	"hidden": true, "hide": true, "visually-hidden": true, "visuallyhidden": true,
	"sr-only": true, "screen-reader-text": true, "screen-reader-only": true, "offscreen": true,
	"element-invisible": true, "is-hidden": true, "u-hidden": true,
}

// maxEndTagSearch bounds how far down the stack an end tag looks for its start tag, so
// that hostile input (thousands of unmatched end tags) stays linear.
const maxEndTagSearch = 256

type openElement struct {
	a        atom.Atom
	name     string // for elements atom does not know
	dateline bool   // a dateline such as <span class="articleLocation">: a space follows it
	// datelineFrom is where a dateline's text began in the writer's paragraph.
	datelineFrom int
	// emph is where an emphasised run's text began (see emphasisMark), or nil.
	emph *emphasisMark
}

// htmlParagraphs returns the prose of an HTML document or fragment as paragraphs.
//
// Elements whose class marks them as furniture (share tools, newsletter boxes,
// related links, photo credits) are set aside rather than dropped: if one of them
// turns out to hold more text than everything else together, it was the article in a
// badly named wrapper, and its text is put back.
func htmlParagraphs(data []byte, mode htmlMode) []string {
	p := &paragraphReader{main: &textWriter{blankLines: mode.blankLines}, mode: mode,
		scoped: mode.scoped && hasMainRegion(data), skipAt: -1, furnitureAt: -1, scopeAt: -1, preAt: -1, tweetAt: -1}
	p.w = p.main
	z := html.NewTokenizer(bytes.NewReader(data))
	var nameBuf [maxTagName]byte
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return p.finish()
		case html.TextToken:
			if p.inside() {
				p.w.text(z.Text(), p.preAt >= 0)
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name := tagName(z, &nameBuf)
			a := atom.Lookup(name)
			void := voidAtoms[a] || tt == html.SelfClosingTagToken
			var at attrs
			if !void { // an empty element's attributes cannot hide text (none: at is zero)
				at = readAttrs(z)
			}
			if tt == html.SelfClosingTagToken {
				// "<iframe .../>": closed as written, not raw text to the end of the page.
				z.NextIsNotRawText()
			}
			p.start(a, name, void, at)
		case html.EndTagToken:
			name := tagName(z, &nameBuf)
			p.end(atom.Lookup(name), name)
		}
	}
}

// maxTagName is the longest tag name tagName lower-cases on the stack.
const maxTagName = 32

// tagName is z.TagName()'s name for the start or end tag just read, lower-cased into buf
// from the token's raw bytes: TagName copies every name (to replace NUL bytes), one
// allocation for each tag of the corpus. The name is what follows "<" or "</" up to
// white space, "/" or ">", as the tokenizer reads it; a name with a NUL byte, or longer
// than buf, is left to TagName.
func tagName(z *html.Tokenizer, buf *[maxTagName]byte) []byte {
	raw := z.Raw()
	i := 1
	if i < len(raw) && raw[i] == '/' {
		i++
	}
	j := i
	for j < len(raw) {
		if c := raw[j]; c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '/' || c == '>' || c == 0 {
			break
		}
		j++
	}
	if j == i || j-i > len(buf) || j < len(raw) && raw[j] == 0 || len(raw) == 0 || raw[0] != '<' {
		name, _ := z.TagName()
		return name
	}
	return lowerASCII(buf[:0], raw[i:j])
}

// paragraphReader gathers a page's paragraphs as htmlParagraphs tokenizes it: the
// open elements, and the depths at which a skipped element, a piece of furniture, the
// main region and a <pre> opened (-1: none open).
type paragraphReader struct {
	main, w                             *textWriter
	side                                *textWriter // furniture's text while inside it
	regions                             []region    // furniture set aside
	mode                                htmlMode
	scoped                              bool // the page has a main region: only its text counts
	stack                               []openElement
	skipAt, furnitureAt, scopeAt, preAt int
	// tweetAt is the depth of an embedded tweet's <blockquote> (-1: none open); its
	// text goes to tweet, and the writer before it waits in outside.
	tweetAt        int
	tweet, outside *textWriter
}

// region is a piece of furniture set aside, and where it stood among the paragraphs.
type region struct {
	at    int // index in main.paras
	paras []string
}

// inside reports whether text here belongs to the article.
func (p *paragraphReader) inside() bool { return p.skipAt < 0 && (!p.scoped || p.scopeAt >= 0) }

// start opens an element: a break or a block ends a line or a paragraph; a skipped
// element, furniture, the main region and <pre> are noted at their depth.
func (p *paragraphReader) start(a atom.Atom, name []byte, void bool, at attrs) {
	if p.inside() {
		switch {
		case a == atom.Br:
			p.w.lineBreak()
		case blockAtoms[a]:
			p.w.flush()
		case a == atom.Td || a == atom.Th:
			p.w.space = true
		}
	}
	if void {
		return
	}
	el := openElement{a: a, name: nameIfUnknown(a, name), dateline: at.dateline, datelineFrom: len(p.w.cur)}
	if p.mode.emphasis != nil && emphasisAtoms[a] && p.inside() {
		el.emph = p.w.mark()
	}
	p.stack = append(p.stack, el)
	depth := len(p.stack)
	if p.skipAt < 0 && (skipAtoms[a] || at.hidden) {
		p.skipAt = depth
	}
	if p.skipAt < 0 && p.furnitureAt < 0 && at.furniture {
		p.furnitureAt = depth
		p.w.flush()
		p.side = &textWriter{blankLines: p.mode.blankLines}
		p.w = p.side
	}
	if p.scoped && p.scopeAt < 0 && p.skipAt < 0 && (a == atom.Article || a == atom.Main || at.main) {
		p.scopeAt = depth
		p.w.flush()
	}
	if a == atom.Pre && p.preAt < 0 {
		p.preAt = depth
	}
	if at.tweet && p.tweetAt < 0 && p.inside() {
		p.tweetAt = depth
		p.outside, p.tweet = p.w, &textWriter{}
		p.w = p.tweet
	}
}

// end closes the innermost open element of that name (a stray end tag is ignored),
// and what opened at its depth or deeper.
func (p *paragraphReader) end(a atom.Atom, name []byte) {
	if a == atom.Br { // </br> is read as <br>
		if p.skipAt < 0 {
			p.w.lineBreak()
		}
		return
	}
	uname := nameIfUnknown(a, name)
	i := len(p.stack) - 1
	for ; i >= 0 && i >= len(p.stack)-maxEndTagSearch; i-- {
		if p.stack[i].a == a && (a != 0 || p.stack[i].name == uname) {
			break
		}
	}
	if i < 0 || i < len(p.stack)-maxEndTagSearch {
		return // no such element open: ignore the stray end tag
	}
	inside := p.inside()
	for j := len(p.stack) - 1; j >= i; j-- {
		if inside && p.stack[j].dateline {
			p.w.space = true // "<span class=articleLocation>WASHINGTON</span>The court"
			p.w.dash = titleCaseDateline(p.w.cur, p.stack[j].datelineFrom)
		}
		if inside && p.stack[j].emph != nil {
			p.w.emphasised(p.stack[j].emph, p.mode.emphasis)
		}
	}
	p.stack = p.stack[:i]
	if inside && blockAtoms[a] {
		p.w.flush()
	} else if inside && (a == atom.Td || a == atom.Th) {
		p.w.space = true
	}
	p.closeDeeper(len(p.stack))
}

// closeDeeper ends what opened deeper than depth: a skipped element, furniture (set
// aside), the main region, <pre>.
func (p *paragraphReader) closeDeeper(depth int) {
	if p.tweetAt > depth {
		p.endTweet()
	}
	if p.skipAt > depth {
		p.skipAt = -1
	}
	if p.furnitureAt > depth {
		p.furnitureAt = -1
		p.side.flush()
		if len(p.side.paras) > 0 {
			p.regions = append(p.regions, region{at: len(p.main.paras), paras: p.side.paras})
		}
		p.side, p.w = nil, p.main
		if p.tweetAt >= 0 { // furniture inside a tweet: back to the tweet's text
			p.w = p.tweet
		}
	}
	if p.scopeAt > depth {
		p.scopeAt = -1
		p.w.flush()
	}
	if p.preAt > depth {
		p.preAt = -1
	}
}

// endTweet writes the embedded tweet just closed as its paragraph (tweetParagraph),
// or its text as it came when it names no writer.
func (p *paragraphReader) endTweet() {
	p.tweet.flush()
	p.w, p.tweetAt = p.outside, -1
	p.w.flush()
	if para, ok := tweetParagraph(strings.Join(p.tweet.paras, " ")); !ok {
		p.w.paras = append(p.w.paras, p.tweet.paras...)
	} else if para != "" {
		p.w.paras = append(p.w.paras, para)
	}
	p.tweet, p.outside = nil, nil
}

// finish ends the page: the paragraphs kept, or the largest region set aside where
// what was kept is next to nothing.
func (p *paragraphReader) finish() []string {
	if p.tweetAt >= 0 {
		p.endTweet()
	}
	p.w.flush()
	p.main.flush()
	if p.side != nil {
		p.side.flush()
		p.regions = append(p.regions, region{at: len(p.main.paras), paras: p.side.paras})
	}
	return restoreLargest(p.main.paras, p.regions, func(r region) (int, []string) { return r.at, r.paras })
}

// restoreLargest puts back the largest set-aside region when what was kept is next to
// nothing beside it (under 1000 bytes and under a third of it): then the region was
// the article, in a wrapper whose class only looked like furniture.
func restoreLargest[R any](kept []string, regions []R, parts func(R) (int, []string)) []string {
	if len(regions) == 0 {
		return kept
	}
	keptLen := 0
	for _, p := range kept {
		keptLen += len(p)
	}
	best, bestLen := -1, 0
	for i, r := range regions {
		_, paras := parts(r)
		n := 0
		for _, p := range paras {
			n += len(p)
		}
		if n > bestLen {
			best, bestLen = i, n
		}
	}
	if best < 0 || keptLen >= 1000 || 3*keptLen >= bestLen {
		return kept
	}
	at, paras := parts(regions[best])
	out := make([]string, 0, len(kept)+len(paras))
	out = append(out, kept[:at]...)
	out = append(out, paras...)
	return append(out, kept[at:]...)
}

func nameIfUnknown(a atom.Atom, name []byte) string {
	if a != 0 {
		return ""
	}
	return string(name)
}

// attrs is what htmlParagraphs learns from an element's attributes. readAttrs works
// on the tokenizer's bytes without copying them: it runs for every tag of the corpus.
type attrs struct {
	hidden    bool // hidden from readers: hidden, aria-hidden, display:none, sr-only…
	furniture bool // page furniture by its class, or a gallery
	dateline  bool // a dateline such as <span class="articleLocation">: a space follows it
	main      bool // role="main" or itemprop="articleBody"
	tweet     bool // class="twitter-tweet": an embedded tweet (tweetParagraph)
}

func readAttrs(z *html.Tokenizer) attrs {
	var at attrs
	for {
		k, v, more := z.TagAttr()
		switch string(k) {
		case "class":
			classAttrs(v, &at)
		case "style":
			if indexFold(v, []byte("none")) >= 0 || indexFold(v, []byte("hidden")) >= 0 {
				s := strings.ToLower(strings.ReplaceAll(string(v), " ", ""))
				at.hidden = at.hidden || strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden")
			}
		case "role":
			at.main = at.main || string(v) == "main"
		case "itemprop":
			at.main = at.main || string(v) == "articleBody"
		case "hidden":
			at.hidden = true
		case "aria-hidden":
			at.hidden = at.hidden || string(v) == "true"
		case "data-is-gallery":
			at.furniture = at.furniture || string(v) == "true"
		}
		if !more {
			return at
		}
	}
}

// classAttrs reads a class attribute: hidden classes, furniture words, datelines.
// Class names that file a post under a taxonomy ("tag-share", "category-social",
// "promo_status-promo", as WordPress writes them) are not furniture.
func classAttrs(v []byte, at *attrs) {
	var buf [64]byte
	for len(v) > 0 {
		i := 0
		for i < len(v) && !isHTMLSpace(v[i]) {
			i++
		}
		c := v[:i]
		for i < len(v) && isHTMLSpace(v[i]) {
			i++
		}
		v = v[i:]
		if len(c) == 0 || len(c) > len(buf) {
			continue
		}
		lc := lowerASCII(buf[:0], c)
		if hiddenClasses[string(lc)] {
			at.hidden = true
		}
		if string(lc) == "twitter-tweet" {
			at.tweet = true
		}
		if !at.dateline && (bytes.Contains(lc, []byte("location")) || bytes.Contains(lc, []byte("dateline"))) {
			at.dateline = true
		}
		if at.furniture {
			continue
		}
		if j := bytes.IndexByte(lc, '-'); j > 0 && taxonomyWords[string(lc[:j])] {
			continue
		}
		// "ad" only opens a class ("ad-slot", "ad_unit"): "after-ad" is no advert.
		if len(lc) > 2 && lc[0] == 'a' && lc[1] == 'd' && (lc[2] == '-' || lc[2] == '_') || string(lc) == "ad" {
			at.furniture = true
			continue
		}
		// Words split at '-', '_' and lower-to-upper case changes (in c, not lc).
		start := 0
		hover, card := false, false
		for j := 0; j <= len(c); j++ {
			end := j == len(c)
			if !end && c[j] != '-' && c[j] != '_' && !(j > start && c[j] >= 'A' && c[j] <= 'Z' && c[j-1] >= 'a' && c[j-1] <= 'z') {
				continue
			}
			if j > start {
				w := lc[start:j]
				if furnitureWords[string(w)] {
					at.furniture = true
					break
				}
				hover = hover || hoverWords[string(w)]
				card = card || cardWords[string(w)]
				if hover && card { // never the article: skipped, not set aside
					at.hidden = true
					break
				}
			}
			start = j
			if !end && (c[j] == '-' || c[j] == '_') {
				start = j + 1
			}
		}
	}
}

func isHTMLSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

func lowerASCII(dst, s []byte) []byte {
	for _, c := range s {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// taxonomyWords open class names that say what a post is about, not what an element
// is: "tag-share" is the post's tag, "promo_status-promo" its state.
var taxonomyWords = map[string]bool{
	"tag": true, "tags": true, "category": true, "categories": true, "post": true, "status": true,
	"format": true, "type": true, "topic": true, "section": true, "primary": true, "author": true,
	"promo_status": true, "has": true, "single": true, "page": true, "term": true, "postid": true,
	"entry": true, "hentry": true,
}

// hasMainRegion reports whether the page marks its main content.
func hasMainRegion(data []byte) bool {
	for _, m := range [][]byte{[]byte("<article"), []byte("<main"), []byte(`role="main"`), []byte(`itemprop="articleBody"`)} {
		if indexFold(data, m) >= 0 {
			return true
		}
	}
	return false
}

// indexFold is bytes.Index ignoring ASCII case of data.
func indexFold(data, lowerNeedle []byte) int {
	if len(lowerNeedle) == 0 {
		return 0
	}
	first := lowerNeedle[0]
	for i := 0; i+len(lowerNeedle) <= len(data); {
		j := bytes.IndexByte(data[i:], first)
		if j < 0 {
			return -1
		}
		i += j
		if i+len(lowerNeedle) > len(data) {
			return -1
		}
		if bytes.EqualFold(data[i:i+len(lowerNeedle)], lowerNeedle) {
			return i
		}
		i++
	}
	return -1
}

// textWriter gathers text into paragraphs, collapsing white space as a browser does.
type textWriter struct {
	paras      []string
	cur        []byte
	space      bool // a space is due before the next word
	dash       bool // a dash is due after a title-case dateline (titleCaseDateline)
	newlines   int  // line breaks due before the next word
	blankLines bool
}

func (w *textWriter) text(b []byte, pre bool) {
	if w.dash {
		w.datelineDash(b)
	}
	for len(b) > 0 {
		c := b[0]
		if c > ' ' && c < utf8.RuneSelf {
			// The common case, a printable ASCII byte.
			if w.space && len(w.cur) > 0 {
				if pre && w.newlines > 0 {
					w.cur = append(w.cur, '\n')
				} else {
					w.cur = append(w.cur, ' ')
				}
			}
			w.space, w.newlines = false, 0
			j := 1 // the rest of the run of printable ASCII bytes, copied at once
			for j < len(b) && b[j] > ' ' && b[j] < utf8.RuneSelf {
				j++
			}
			w.cur = append(w.cur, b[:j]...)
			b = b[j:]
			continue
		}
		if c == ' ' { // the next most common byte: what the switch below does with it
			w.space = true
			b = b[1:]
			continue
		}
		r, n := rune(c), 1
		if c >= utf8.RuneSelf {
			r, n = utf8.DecodeRune(b)
		}
		b = b[n:]
		switch {
		case r == '\n' && (pre || w.blankLines):
			w.newlines++
			w.space = true
			if w.newlines >= 2 && w.blankLines && !pre {
				w.flush()
			}
		case r == '\u00a0' || r == '\u200b' || r == '\ufeff' || unicode.IsSpace(r):
			if r != '\u200b' && r != '\ufeff' {
				w.space = true
			}
		default:
			if w.space && len(w.cur) > 0 {
				if pre && w.newlines > 0 {
					w.cur = append(w.cur, '\n')
				} else {
					w.cur = append(w.cur, ' ')
				}
			}
			w.space, w.newlines = false, 0
			w.cur = utf8.AppendRune(w.cur, r)
		}
	}
}

// titleCaseDateline reports whether the dateline written into cur from from on opens
// or ends with a word in title case ("San Francisco", "Burns, Oregon", "RAF FAIRFORD,
// England"). Such a dateline runs into the story's first words ("San Francisco Yahoo
// Inc's results", "England U.S. Air Force Chief of Staff") where one in upper case
// throughout ("WASHINGTON The court") stands apart, so the writer puts a dash after it.
func titleCaseDateline(cur []byte, from int) bool {
	if from < 0 || from+2 > len(cur) {
		return false
	}
	t := bytes.TrimRight(bytes.TrimLeft(cur[from:], " "), " ")
	if len(t) >= 2 && t[0] >= 'A' && t[0] <= 'Z' && t[1] >= 'a' && t[1] <= 'z' {
		return true
	}
	last := t[bytes.LastIndexAny(t, " ,/")+1:]
	return len(last) >= 2 && last[0] >= 'A' && last[0] <= 'Z' && bytes.ContainsFunc(last[1:], unicode.IsLower)
}

// datelineDash writes the dash due after a title-case dateline, before the text b that
// follows it, unless b opens with a dash, a parenthesis or a colon of its own ("San
// Francisco (Reuters) -"). Space-only text leaves the dash due.
func (w *textWriter) datelineDash(b []byte) {
	t := bytes.TrimLeft(b, " \t\n\r")
	if len(t) == 0 {
		return
	}
	w.dash = false
	if len(w.cur) == 0 || t[0] == '-' || t[0] == '(' || t[0] == ':' || bytes.HasPrefix(t, []byte("—")) || bytes.HasPrefix(t, []byte("–")) {
		return
	}
	w.cur = append(w.cur, " —"...)
	w.space = true
}

// lineBreak is <br>: a line break; two in a row end the paragraph.
func (w *textWriter) lineBreak() {
	if len(w.cur) == 0 {
		return
	}
	if w.cur[len(w.cur)-1] == '\n' {
		w.flush()
		return
	}
	w.cur = append(w.cur, '\n')
	w.space, w.newlines = false, 0
}

func (w *textWriter) flush() {
	w.space, w.newlines, w.dash = false, 0, false
	if len(w.cur) == 0 {
		return
	}
	s := strings.TrimSpace(string(w.cur))
	w.cur = w.cur[:0]
	if strings.IndexByte(s, '\n') >= 0 {
		lines := strings.Split(s, "\n")
		out := lines[:0]
		for _, l := range lines {
			if l = strings.TrimSpace(l); l != "" {
				out = append(out, l)
			}
		}
		s = strings.Join(out, "\n")
	}
	if s != "" {
		w.paras = append(w.paras, s)
	}
}

// looksLikeHTML reports whether text carries block-level HTML markup (as opposed to
// Markdown or plain text with the odd inline tag).
func looksLikeHTML(data []byte) bool {
	for i := 0; i < len(data); {
		j := bytes.IndexByte(data[i:], '<')
		if j < 0 {
			return false
		}
		i += j + 1
		k := i
		if k < len(data) && data[k] == '/' {
			k++
		}
		e := k
		for e < len(data) && e-k < 12 && (data[e]|0x20 >= 'a' && data[e]|0x20 <= 'z' || data[e] >= '0' && data[e] <= '9') {
			e++
		}
		if e == k || e >= len(data) {
			continue
		}
		if c := data[e]; c != '>' && c != ' ' && c != '/' && c != '\n' && c != '\t' && c != '\r' {
			continue
		}
		switch atom.Lookup(bytes.ToLower(data[k:e])) {
		case atom.P, atom.Div, atom.Br, atom.Table, atom.Ul, atom.Ol, atom.Li, atom.H1, atom.H2,
			atom.H3, atom.H4, atom.H5, atom.H6, atom.Blockquote, atom.Figure, atom.Section,
			atom.Article, atom.Span, atom.Html, atom.Body, atom.Head:
			return true
		}
	}
	return false
}
