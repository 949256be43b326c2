package loaders

import (
	"bytes"
	"encoding/json"
	"net/url"
	"slices"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/factgraph/kg"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// HTMLLoader reads a web page: the article's main text only, found by
// go-readability (Readability.js's algorithm), or, when it finds nothing or the page
// is too deeply nested for a tree or larger than 4 MiB, by kg's own reading of the <article> or <main>
// region (or the whole body) without navigation, scripts, styles, asides, footers,
// forms and comments.
//
// The title is og:title, else JSON-LD headline, else <title>, with a " | Site" or
// " - Site" suffix removed when it names the outlet; the date is
// article:published_time, og:published_time, <meta name="date">, JSON-LD
// datePublished or <time datetime>; the address <link rel=canonical> or og:url; the
// outlet og:site_name or JSON-LD publisher, else the address's domain.
type HTMLLoader struct{}

var _ Loader = HTMLLoader{}

// Name is "html".
func (HTMLLoader) Name() string { return "html" }

// Extensions are .html, .htm, .xhtml, .shtml.
func (HTMLLoader) Extensions() []string { return []string{".html", ".htm", ".xhtml", ".shtml"} }

// Sniff claims a document that opens with a doctype or <html>, <head> or <body> (after
// comments and white space).
func (HTMLLoader) Sniff(head []byte) bool {
	h := skipXMLProlog(head)
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body", "<meta", "<title"} {
		if len(h) >= len(p) && bytes.EqualFold(h[:len(p)], []byte(p)) {
			return true
		}
	}
	return false
}

// readabilityMinText is how much text readability must find before kg trusts it.
const readabilityMinText = 140

// maxReadabilitySize: larger pages are read by kg's tokenizer alone; readability
// takes about half a second per megabyte, and real article pages are far smaller.
const maxReadabilitySize = 4 << 20

// maxTreeDepth: pages nested deeper are not given to the tree-based readability (x/net/html
// refuses more than 512 open elements); kg's tokenizer reads them.
const maxTreeDepth = 400

// Read returns one article, or ErrNotArticle for a page without prose.
func (HTMLLoader) Read(path string, data []byte) (Result, error) {
	m := readPageMeta(data)
	var pageURL *url.URL
	if m.canonical != "" {
		pageURL, _ = url.Parse(m.canonical)
	}
	var paras, emph []string
	rdTitle := ""
	if m.maxDepth <= maxTreeDepth && len(data) <= maxReadabilitySize {
		if rd, title, ok := readableParagraphs(data, pageURL, &emph); ok {
			paras, rdTitle = rd, title
		}
	}
	if paras == nil {
		emph = emph[:0]
		paras = cleanParagraphs(htmlParagraphs(data, htmlMode{scoped: true, emphasis: &emph}))
	}
	a := kg.Article{Path: path, Format: "html", URL: m.canonical}
	for _, t := range []string{m.ogTitle, m.ldHeadline, m.title, rdTitle, m.h1} {
		if t = cleanTitle(t); t != "" {
			a.Title = t
			break
		}
	}
	if a.Title == "" && len(paras) > 0 {
		a.Title = headlineFrom(paras[0])
	}
	a.Published = m.published
	paras = dropRepeatedTitle(paras, a.Title)
	a.Body = joinBody(paras)
	a.Emphasis = locateEmphasis(a.Body, emph)
	if a.Body == "" {
		return Result{}, ErrNotArticle
	}
	settlePublisher(&a, provenance{publisher: m.siteName}, paras)
	a.Identify()
	return Result{Articles: []kg.Article{a}}, nil
}

// readableParagraphs runs go-readability over the page, adding the text of its
// emphasised runs to emph. ok is false when it fails, panics or finds less than
// readabilityMinText of prose.
func readableParagraphs(data []byte, pageURL *url.URL, emph *[]string) (paras []string, title string, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			paras, title, ok = nil, "", false
		}
	}()
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return nil, "", false
	}
	parser := readability.NewParser()
	// an embedded tweet keeps its class, so that htmlParagraphs knows it (tweetParagraph)
	parser.ClassesToPreserve = append(parser.ClassesToPreserve, "twitter-tweet")
	art, err := parser.ParseDocument(doc, pageURL)
	if err != nil || art.Node == nil {
		return nil, "", false
	}
	var buf bytes.Buffer
	if err := html.Render(&buf, art.Node); err != nil {
		return nil, "", false
	}
	paras = cleanParagraphs(htmlParagraphs(buf.Bytes(), htmlMode{emphasis: emph}))
	n := 0
	for _, p := range paras {
		n += len(p)
	}
	if n < readabilityMinText {
		return nil, "", false
	}
	return paras, art.Title(), true
}

// pageMeta is what a page says about itself.
type pageMeta struct {
	title, ogTitle, ldHeadline, h1 string
	siteName, canonical            string
	published                      time.Time
	maxDepth                       int
}

// readPageMeta reads a page's metadata in one pass of the tokenizer.
func readPageMeta(data []byte) pageMeta {
	r := metaReader{dates: map[string]string{}}
	z := html.NewTokenizer(bytes.NewReader(data))
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return r.finish()
		case html.TextToken:
			r.text(z.Text())
		case html.EndTagToken:
			r.depth--
			name, _ := z.TagName()
			r.end(atom.Lookup(name))
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			a := atom.Lookup(name)
			if tt == html.SelfClosingTagToken {
				z.NextIsNotRawText()
			}
			if tt == html.StartTagToken && !voidAtoms[a] {
				r.depth++
				r.m.maxDepth = max(r.m.maxDepth, r.depth)
			}
			attr := map[string]string{}
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				attr[string(k)] = string(v)
			}
			r.start(a, tt == html.StartTagToken, attr)
		}
	}
}

// metaReader gathers a page's metadata as readPageMeta tokenizes it.
type metaReader struct {
	m                                            pageMeta
	ogURL, ldPublisher, ldURL, timeDate, anyTime string
	dates                                        map[string]string // by the meta name that gave it ("ld" for JSON-LD)
	depth                                        int
	inTitle, inH1, inLD                          bool
	h1                                           []byte
}

// text reads the text of <title>, <h1> and a JSON-LD script.
func (r *metaReader) text(t []byte) {
	switch {
	case r.inTitle && r.m.title == "":
		r.m.title = string(t)
	case r.inH1 && len(r.h1) < 1000:
		r.h1 = append(r.h1, t...)
	case r.inLD:
		ld := readJSONLD(t)
		r.m.ldHeadline = first(r.m.ldHeadline, ld.headline)
		r.ldPublisher = first(r.ldPublisher, ld.publisher)
		r.dates["ld"] = first(r.dates["ld"], ld.published)
		r.ldURL = first(r.ldURL, ld.url)
	}
}

// end closes <title>, <h1> and <script>.
func (r *metaReader) end(a atom.Atom) {
	switch a {
	case atom.Title:
		r.inTitle = false
	case atom.H1:
		if r.inH1 && r.m.h1 == "" {
			r.m.h1 = string(r.h1)
		}
		r.inH1 = false
	case atom.Script:
		r.inLD = false
	}
}

// start reads what a tag says: a title, a heading, a JSON-LD script, the canonical
// link, a <time>, a <meta>.
func (r *metaReader) start(a atom.Atom, opens bool, attr map[string]string) {
	switch a {
	case atom.Title:
		r.inTitle = opens
	case atom.H1:
		r.inH1 = opens && r.m.h1 == ""
	case atom.Script:
		r.inLD = strings.EqualFold(attr["type"], "application/ld+json")
	case atom.Link:
		if strings.EqualFold(attr["rel"], "canonical") && r.m.canonical == "" {
			r.m.canonical = strings.TrimSpace(attr["href"])
		}
	case atom.Time:
		if dt := attr["datetime"]; dt != "" {
			if _, ok := attr["pubdate"]; ok || attr["itemprop"] == "datePublished" {
				r.timeDate = first(r.timeDate, dt)
			} else {
				r.anyTime = first(r.anyTime, dt)
			}
		}
	case atom.Meta:
		r.meta(attr)
	}
}

// metaDates are the <meta> names of a publication date, the most telling first ("ld"
// is JSON-LD's datePublished).
var metaDates = []string{"article:published_time", "og:published_time", "datepublished", "ld",
	"date", "pubdate", "publishdate", "publish-date", "dc.date.issued", "dc.date", "dcterms.date",
	"dcterms.created", "sailthru.date", "parsely-pub-date", "article.published"}

// meta reads a <meta>: a title, the site's name, a URL, a date.
func (r *metaReader) meta(attr map[string]string) {
	key := strings.ToLower(first(first(attr["property"], attr["name"]), attr["itemprop"]))
	content := strings.TrimSpace(attr["content"])
	if content == "" {
		return
	}
	switch key {
	case "og:title", "twitter:title":
		r.m.ogTitle = first(r.m.ogTitle, content)
	case "og:site_name", "application-name":
		r.m.siteName = first(r.m.siteName, content)
	case "og:url":
		r.ogURL = first(r.ogURL, content)
	default:
		if key != "ld" && slices.Contains(metaDates, key) {
			r.dates[key] = first(r.dates[key], content)
		}
	}
}

// finish settles what several tags may say: the canonical URL, the site's name, the
// publication date.
func (r *metaReader) finish() pageMeta {
	m := r.m
	m.canonical = first(first(m.canonical, r.ogURL), r.ldURL)
	m.siteName = first(m.siteName, r.ldPublisher)
	for _, k := range metaDates {
		if t, ok := parseDate(r.dates[k]); ok {
			m.published = t
			return m
		}
	}
	for _, s := range []string{r.timeDate, r.anyTime} {
		if t, ok := parseDate(s); ok {
			m.published = t
			break
		}
	}
	return m
}

// first is a, or b when a is empty.
func first(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// ldArticle is what kg reads from JSON-LD.
type ldArticle struct{ headline, published, publisher, url string }

// readJSONLD finds the first Article-like object of a JSON-LD block (at the top,
// in a list, or in @graph).
func readJSONLD(b []byte) ldArticle {
	var v any
	if json.Unmarshal(bytes.TrimSpace(b), &v) != nil {
		return ldArticle{}
	}
	queue := []any{v}
	for n := 0; len(queue) > 0 && n < 1000; n++ {
		x := queue[0]
		queue = queue[1:]
		switch o := x.(type) {
		case []any:
			queue = append(queue, o...)
		case map[string]any:
			if g, ok := o["@graph"]; ok {
				queue = append(queue, g)
			}
			if !isArticleType(o["@type"]) {
				continue
			}
			var ld ldArticle
			ld.headline, _ = o["headline"].(string)
			ld.published, _ = o["datePublished"].(string)
			ld.url, _ = o["url"].(string)
			if ld.url == "" {
				switch me := o["mainEntityOfPage"].(type) {
				case string:
					ld.url = me
				case map[string]any:
					ld.url, _ = me["@id"].(string)
				}
			}
			p := o["publisher"]
			if l, ok := p.([]any); ok && len(l) > 0 {
				p = l[0]
			}
			switch pub := p.(type) {
			case string:
				ld.publisher = pub
			case map[string]any:
				ld.publisher, _ = pub["name"].(string)
			}
			return ld
		}
	}
	return ldArticle{}
}

func isArticleType(t any) bool {
	switch x := t.(type) {
	case string:
		return strings.HasSuffix(x, "Article") || x == "BlogPosting" || x == "Report" || x == "LiveBlogPosting"
	case []any:
		for _, e := range x {
			if isArticleType(e) {
				return true
			}
		}
	}
	return false
}

// skipXMLProlog skips white space, a byte order mark, an XML declaration and comments.
func skipXMLProlog(b []byte) []byte {
	for {
		b = bytes.TrimLeft(b, " \t\r\n\ufeff")
		b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
		switch {
		case bytes.HasPrefix(b, []byte("<?")):
			i := bytes.Index(b, []byte("?>"))
			if i < 0 {
				return nil
			}
			b = b[i+2:]
		case bytes.HasPrefix(b, []byte("<!--")):
			i := bytes.Index(b, []byte("-->"))
			if i < 0 {
				return nil
			}
			b = b[i+3:]
		default:
			return b
		}
	}
}
