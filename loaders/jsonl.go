package loaders

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/factgraph/kg"
)

// JSONLoader reads articles from JSON: one article object, an array of them, an object
// that holds such an array ("articles", "items", "data", "results", "records",
// "posts", "stories"; a JSON Feed is one), or JSON Lines (one object per line).
//
// Fields (the first present wins): title or headline; text, body, content,
// articleBody, content_text or content_html, else description or summary (HTML is
// stripped); url, link, canonical_url or permalink; published, date,
// datePublished, published_at, date_published, pubDate or publishedAt (RFC 3339 and
// friends, or Unix seconds); publisher, source, site_name or outlet (a string, or an
// object with a name).
//
// Records of a file that holds several are numbered from 1 and their Path is
// "path#N"; a single object keeps the file's path. What happens to bad input:
//   - a record that is not an object or has no text is an error for that record
//     (ErrNotArticle), and the other records still load;
//   - in JSON Lines a line that is not JSON is an error for that line (ErrSyntax,
//     naming the line), and the other lines still load: Read returns the good
//     articles together with an error that names every bad line;
//   - a malformed or truncated JSON document (an object or array) yields nothing: it
//     is one ErrSyntax naming the line and column where reading stopped.
type JSONLoader struct{}

var _ Loader = JSONLoader{}

// Name is "json".
func (JSONLoader) Name() string { return "json" }

// Extensions are .json, .jsonl, .ndjson, .jsonlines.
func (JSONLoader) Extensions() []string { return []string{".json", ".jsonl", ".ndjson", ".jsonlines"} }

// Sniff claims text that opens with '{' or '['.
func (JSONLoader) Sniff(head []byte) bool {
	h := bytes.TrimLeft(head, " \t\r\n")
	return len(h) > 0 && (h[0] == '{' || h[0] == '[')
}

// Keys read from a record, in order of preference.
var (
	jsonTitleKeys     = []string{"title", "headline", "name"}
	jsonTextKeys      = []string{"text", "body", "content", "articleBody", "article_body", "content_text", "content_html", "full_text", "fulltext"}
	jsonSummaryKeys   = []string{"description", "summary", "abstract"}
	jsonURLKeys       = []string{"url", "link", "canonical_url", "permalink", "external_url", "web_url"}
	jsonDateKeys      = []string{"published", "date", "datePublished", "published_at", "date_published", "pubDate", "publishedAt", "publication_date", "created_at"}
	jsonPublisherKeys = []string{"publisher", "source", "site_name", "outlet", "publication", "source_name"}
	jsonListKeys      = []string{"articles", "items", "data", "results", "records", "posts", "stories", "entries"}
)

// maxRecordErrors is how many bad records an error spells out.
const maxRecordErrors = 5

// Read returns the file's articles; see JSONLoader for what happens to bad records.
func (JSONLoader) Read(path string, data []byte) (Result, error) {
	ext := strings.ToLower(filepath.Ext(path))
	lines := ext == ".jsonl" || ext == ".ndjson" || ext == ".jsonlines"
	if !lines && !json.Valid(data) && looksLikeJSONLines(data) {
		lines = true
	}
	if lines {
		return readJSONLines(path, data)
	}
	var v any
	if err := json.Unmarshal(data, &v); err != nil {
		return Result{}, jsonSyntaxError(data, 0, err)
	}
	var records []any
	single := false
	switch x := v.(type) {
	case []any:
		records = x
	case map[string]any:
		if k := listKey(x); k != "" {
			records, _ = x[k].([]any)
		} else {
			records, single = []any{x}, true
		}
	default:
		return Result{}, fmt.Errorf("%w: a JSON %s, not an object", ErrNotArticle, jsonKind(v))
	}
	var res Result
	var errs recordErrors
	for i, r := range records {
		p := path
		if !single {
			p = fmt.Sprintf("%s#%d", path, i+1)
		}
		a, err := jsonArticle(p, r)
		if err != nil {
			if single {
				return Result{}, err
			}
			errs.add(fmt.Errorf("record %d: %w", i+1, err))
			continue
		}
		res.Articles = append(res.Articles, a)
	}
	if len(records) == 0 {
		return res, fmt.Errorf("%w: no records", ErrNotArticle)
	}
	return res, errs.err()
}

// listKey names the field of a wrapper object that holds the articles, or "".
func listKey(o map[string]any) string {
	if firstString(o, jsonTextKeys) != "" {
		return "" // an article that happens to have a list field
	}
	for _, k := range jsonListKeys {
		if l, ok := o[k].([]any); ok && len(l) > 0 {
			if _, ok := l[0].(map[string]any); ok {
				return k
			}
		}
	}
	return ""
}

// looksLikeJSONLines reports whether data (not one valid JSON value) is one JSON value
// per line: its first non-blank line is a whole JSON object and another line follows.
func looksLikeJSONLines(data []byte) bool {
	line, rest := firstLine(string(data))
	return strings.HasPrefix(line, "{") && json.Valid([]byte(line)) && strings.TrimSpace(rest) != ""
}

func readJSONLines(path string, data []byte) (Result, error) {
	var res Result
	var errs recordErrors
	record := 0
	for lineNo, off := 1, 0; off < len(data); lineNo++ {
		end := bytes.IndexByte(data[off:], '\n')
		var line []byte
		if end < 0 {
			line, off = data[off:], len(data)
		} else {
			line, off = data[off:off+end], off+end+1
		}
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		record++
		var v any
		if err := json.Unmarshal(line, &v); err != nil {
			errs.add(fmt.Errorf("line %d (record %d): %w", lineNo, record, jsonSyntaxError(line, 0, err)))
			continue
		}
		a, err := jsonArticle(fmt.Sprintf("%s#%d", path, record), v)
		if err != nil {
			errs.add(fmt.Errorf("line %d (record %d): %w", lineNo, record, err))
			continue
		}
		res.Articles = append(res.Articles, a)
	}
	if record == 0 {
		return res, ErrEmpty
	}
	return res, errs.err()
}

// jsonArticle turns one decoded record into an article.
func jsonArticle(path string, v any) (kg.Article, error) {
	o, ok := v.(map[string]any)
	if !ok {
		return kg.Article{}, fmt.Errorf("%w: a JSON %s, not an object", ErrNotArticle, jsonKind(v))
	}
	text := firstString(o, jsonTextKeys)
	if text == "" {
		text = firstString(o, jsonSummaryKeys)
	}
	if text == "" {
		return kg.Article{}, fmt.Errorf("%w: no text", ErrNotArticle)
	}
	paras := articleParagraphs(text)
	if len(paras) == 0 {
		return kg.Article{}, fmt.Errorf("%w: no text", ErrNotArticle)
	}
	a := kg.Article{Path: path, Format: "json", Body: joinBody(paras)}
	a.Title = cleanTitle(firstString(o, jsonTitleKeys))
	if a.Title == "" {
		a.Title = headlineFrom(paras[0])
	}
	var pv provenance
	if u := firstString(o, jsonURLKeys); u != "" {
		pv.redirect = isRedirect(unescapeURL(u))
		a.URL = unwrapRedirect(u)
	}
	for _, k := range jsonDateKeys {
		if t, ok := jsonDate(o[k]); ok {
			a.Published = t
			break
		}
	}
	pv.publisher = firstName(o, jsonPublisherKeys)
	settlePublisher(&a, pv, paras)
	a.Identify()
	return a, nil
}

// articleParagraphs turns a text field into clean paragraphs: HTML is stripped,
// plain text is split at blank lines.
func articleParagraphs(text string) []string {
	var paras []string
	if looksLikeHTML([]byte(text)) {
		paras = htmlParagraphs([]byte(text), htmlMode{blankLines: true})
	} else {
		paras = textParagraphs(text)
		for i, p := range paras {
			if strings.IndexByte(p, '<') >= 0 || strings.IndexByte(p, '&') >= 0 {
				paras[i] = strings.Join(htmlParagraphs([]byte(p), htmlMode{}), " ")
			}
		}
	}
	return cleanParagraphs(paras)
}

// jsonDate reads a date string or Unix time (seconds or milliseconds).
func jsonDate(v any) (time.Time, bool) {
	switch x := v.(type) {
	case float64:
		switch {
		case x > 1e11 && x < 1e14:
			return time.UnixMilli(int64(x)).UTC(), true
		case x > 1e8 && x < 1e11:
			sec, frac := math.Modf(x)
			return time.Unix(int64(sec), int64(frac*1e9)).UTC(), true
		}
		return time.Time{}, false
	case string:
		if t, ok := parseDate(x); ok {
			return t, true
		}
		if n, err := strconv.ParseFloat(strings.TrimSpace(x), 64); err == nil {
			return jsonDate(n)
		}
		return time.Time{}, false
	}
	return asDate(v)
}

func jsonKind(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case string:
		return "string"
	case float64:
		return "number"
	case bool:
		return "boolean"
	case []any:
		return "array"
	}
	return "object"
}

// jsonSyntaxError names the line and column where decoding data stopped.
func jsonSyntaxError(data []byte, base int64, err error) error {
	var se *json.SyntaxError
	var off int64 = -1
	if errors.As(err, &se) {
		off = se.Offset
	} else {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			off = te.Offset
		}
	}
	if off < 0 || off > int64(len(data)) {
		return fmt.Errorf("%w: %v", ErrSyntax, err)
	}
	line := 1 + bytes.Count(data[:off], []byte("\n"))
	col := off - int64(bytes.LastIndexByte(data[:off], '\n'))
	if line == 1 && bytes.IndexByte(data, '\n') < 0 {
		return fmt.Errorf("%w at byte %d: %v", ErrSyntax, base+off, err)
	}
	return fmt.Errorf("%w at line %d, column %d: %v", ErrSyntax, line, col, err)
}

// recordErrors gathers the errors of a file's bad records into one error that names
// the first few and counts the rest. errors.Is sees through to every one.
type recordErrors struct {
	errs  []error
	total int
}

func (e *recordErrors) add(err error) {
	e.total++
	if len(e.errs) < maxRecordErrors {
		e.errs = append(e.errs, err)
	}
}

func (e *recordErrors) err() error {
	if e.total == 0 {
		return nil
	}
	if e.total == 1 {
		return e.errs[0]
	}
	return e
}

func (e *recordErrors) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d bad records: ", e.total)
	for i, err := range e.errs {
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(err.Error())
	}
	if more := e.total - len(e.errs); more > 0 {
		fmt.Fprintf(&b, "; and %d more", more)
	}
	return b.String()
}

func (e *recordErrors) Unwrap() []error { return e.errs }
