package loaders

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/factgraph/kg"
	"gopkg.in/yaml.v3"
)

// MarkdownLoader reads Markdown files, with or without YAML front matter, whose body
// is Markdown or HTML (as blog engines and web archives write them).
//
// From the front matter: the title from post_title, title, headline or
// original_title; the date from post_date, date, published, published_at,
// datePublished or pubDate; the address from original_link, canonical_url, url, link
// or permalink_url (Google News redirects unwrapped); the outlet from publisher,
// source, site_name or outlet. Any of them may be a list (the first element counts)
// and may hold HTML entities. Without front matter the first heading (or line) is the
// title.
type MarkdownLoader struct{}

var _ Loader = MarkdownLoader{}

// Name is "markdown".
func (MarkdownLoader) Name() string { return "markdown" }

// Extensions are .md, .markdown, .mdown, .mkd.
func (MarkdownLoader) Extensions() []string { return []string{".md", ".markdown", ".mdown", ".mkd"} }

// Sniff claims text that opens with YAML front matter.
func (MarkdownLoader) Sniff(head []byte) bool {
	if _, _, ok := splitFrontMatter(head); ok {
		return true
	}
	// The closing "---" may lie beyond the head: "---" then a "key:" line will do.
	if !bytes.HasPrefix(head, []byte("---\n")) && !bytes.HasPrefix(head, []byte("---\r\n")) {
		return false
	}
	line, _ := firstLine(string(head[3:]))
	i := strings.IndexByte(line, ':')
	return i > 0 && !strings.ContainsAny(line[:i], " \t<>")
}

// Keys read from front matter, in order of preference.
var (
	fmTitleKeys     = []string{"post_title", "title", "headline", "original_title"}
	fmDateKeys      = []string{"post_date", "date", "published", "published_at", "datePublished", "date_published", "pubDate", "publish_date"}
	fmURLKeys       = []string{"original_link", "canonical_url", "url", "link", "source_url", "permalink_url"}
	fmPublisherKeys = []string{"publisher", "source", "site_name", "outlet", "publication"}
)

// Read returns one article. Malformed front matter is an ErrSyntax naming its line.
func (MarkdownLoader) Read(path string, data []byte) (Result, error) {
	fmText, body, ok := splitFrontMatter(data)
	meta := map[string]any{}
	if ok && len(bytes.TrimSpace(fmText)) > 0 {
		if hasC1(string(fmText)) {
			fmText = []byte(repairWindows1252(string(fmText))) // YAML refuses C1 controls
		}
		// Parse only the keys kg reads (archives carry many more); if that fails, the
		// whole front matter, so that errors name the right line.
		// The plain shapes archives write are read without the YAML library.
		wanted := wantedEntries(fmText)
		if quick, ok := quickFrontMatter(wanted); ok {
			meta = quick
		} else if err := safeYAML(wanted, &meta); err != nil {
			meta = map[string]any{}
			if err := safeYAML(fmText, &meta); err != nil {
				return Result{}, fmt.Errorf("front matter (from line 2): %w: %v", ErrSyntax, err)
			}
		}
	}
	if !ok {
		body = data
	}
	var paras, emph []string
	if looksLikeHTML(body) {
		paras = htmlParagraphs(body, htmlMode{blankLines: true, emphasis: &emph})
	} else {
		paras = markdownEmphasis(string(body), &emph)
	}
	paras = cleanParagraphs(paras)

	a := kg.Article{Path: path, Format: "markdown"}
	a.Title = cleanTitle(firstString(meta, fmTitleKeys))
	if a.Title == "" && !looksLikeHTML(body) {
		// No title in front matter: the first heading or line of a Markdown body.
		if title, rest := markdownTitle(string(body)); title != "" {
			a.Title = cleanTitle(title)
			emph = emph[:0]
			paras = cleanParagraphs(markdownEmphasis(rest, &emph))
		}
	}
	if a.Title == "" && len(paras) > 0 {
		a.Title = headlineFrom(paras[0])
	}
	paras = dropRepeatedTitle(paras, a.Title)
	for _, k := range fmDateKeys {
		if t, ok := asDate(meta[k]); ok {
			a.Published = t
			break
		}
	}
	var pv provenance
	if u := firstString(meta, fmURLKeys); u != "" {
		pv.redirect = isRedirect(unescapeURL(u))
		a.URL = unwrapRedirect(u)
	}
	pv.publisher = firstName(meta, fmPublisherKeys)
	a.Body = joinBody(paras)
	a.Emphasis = locateEmphasis(a.Body, emph)
	if a.Title == "" && a.Body == "" {
		return Result{}, ErrEmpty
	}
	if a.Body == "" {
		return Result{}, ErrNotArticle
	}
	settlePublisher(&a, pv, paras)
	a.Identify()
	return Result{Articles: []kg.Article{a}}, nil
}

// fmWanted is every front matter key kg reads.
var fmWanted = func() map[string]bool {
	m := map[string]bool{}
	for _, keys := range [][]string{fmTitleKeys, fmDateKeys, fmURLKeys, fmPublisherKeys} {
		for _, k := range keys {
			m[k] = true
		}
	}
	return m
}()

// wantedEntries keeps the top-level entries of a YAML mapping whose keys kg reads: a
// line that starts a key at the left margin, and the indented lines that continue it.
// Anything unusual (flow mappings, anchors, documents) is left whole.
func wantedEntries(fm []byte) []byte {
	if hasAnchor(fm) || bytes.IndexByte(fm, '{') == 0 || bytes.Contains(fm, []byte("\n---")) {
		return fm
	}
	out := make([]byte, 0, len(fm)/2)
	keep := false
	for len(fm) > 0 {
		i := bytes.IndexByte(fm, '\n')
		line := fm
		if i >= 0 {
			line, fm = fm[:i+1], fm[i+1:]
		} else {
			fm = nil
		}
		if len(line) > 0 && line[0] != ' ' && line[0] != '\t' && line[0] != '-' && line[0] != '#' && line[0] != '\n' && line[0] != '\r' {
			key := line
			if j := bytes.IndexByte(line, ':'); j > 0 {
				key = line[:j]
			}
			keep = fmWanted[string(bytes.Trim(key, `"' `))]
		}
		if keep {
			out = append(out, line...)
		}
	}
	return out
}

// hasAnchor reports a "&" that may open a YAML anchor: one at the start of a line or
// after a space or a flow or block indicator, followed by a name. HTML entities in
// titles and addresses ("France&#039;s", "?sa=t&#038;fd=R") are not anchors.
func hasAnchor(fm []byte) bool {
	for i := bytes.IndexByte(fm, '&'); i >= 0; {
		before := byte('\n')
		if i > 0 {
			before = fm[i-1]
		}
		after := byte(' ')
		if i+1 < len(fm) {
			after = fm[i+1]
		}
		switch before {
		case '\n', ' ', '\t', '-', ':', '[', '{', ',', '?':
			switch after {
			case ' ', '\t', '\n', '\r', '#':
			default:
				return true
			}
		}
		j := bytes.IndexByte(fm[i+1:], '&')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// splitFrontMatter splits "---\nYAML\n---\nbody". ok is false when data does not open
// with front matter.
func splitFrontMatter(data []byte) (fm, body []byte, ok bool) {
	d := data
	if !bytes.HasPrefix(d, []byte("---")) {
		return nil, data, false
	}
	nl := bytes.IndexByte(d, '\n')
	if nl < 0 || len(bytes.TrimSpace(d[3:nl])) > 0 {
		return nil, data, false // "---" must be alone on its line
	}
	rest := d[nl+1:]
	for off := 0; off < len(rest); {
		end := bytes.IndexByte(rest[off:], '\n')
		line := rest[off:]
		next := len(rest)
		if end >= 0 {
			line = rest[off : off+end]
			next = off + end + 1
		}
		if t := bytes.TrimRight(line, " \t\r"); bytes.Equal(t, []byte("---")) || bytes.Equal(t, []byte("...")) {
			return rest[:off], rest[next:], true
		}
		off = next
	}
	return nil, data, false
}

// markdownTitle takes the first heading or line of a Markdown body as its title.
func markdownTitle(body string) (title, rest string) {
	line, rest := firstLine(body)
	if mdHeading.MatchString(line) {
		line = strings.TrimSpace(strings.TrimRight(strings.TrimLeft(line, "#"), "# "))
	} else if next, after := firstLine(rest); mdSetext.MatchString(next) && strings.HasPrefix(strings.TrimSpace(next), "=") {
		rest = after
	}
	if len(line) > maxTitle {
		return "", body
	}
	return mdInline(line), rest
}

// firstString returns the first non-empty string among meta's keys; a list counts by
// its first element.
func firstString(meta map[string]any, keys []string) string {
	for _, k := range keys {
		if s := asString(meta[k]); s != "" {
			return s
		}
	}
	return ""
}

// firstName is firstString that also reads {name: …} objects (a publisher).
func firstName(meta map[string]any, keys []string) string {
	for _, k := range keys {
		v := meta[k]
		if m, ok := v.(map[string]any); ok {
			v = m["name"]
		}
		if s := asString(v); s != "" {
			return s
		}
	}
	return ""
}

func asString(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case []any:
		for _, e := range x {
			if s, ok := e.(string); ok && strings.TrimSpace(s) != "" {
				return strings.TrimSpace(s)
			}
		}
	}
	return ""
}

func unescapeURL(u string) string {
	return strings.ReplaceAll(strings.ReplaceAll(u, "&#038;", "&"), "&amp;", "&")
}

// safeYAML is yaml.Unmarshal that turns a panic of the decoder into an error.
func safeYAML(data []byte, v any) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("yaml decoder failed: %v", r)
		}
	}()
	return yaml.Unmarshal(data, v)
}
