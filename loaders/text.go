package loaders

import (
	"bytes"
	"strings"

	"github.com/factgraph/kg"
)

// TextLoader reads plain text: the first non-empty line is the headline, the rest is
// the body. Paragraphs are separated by blank lines (lines wrapped inside a paragraph
// are joined); a text without blank lines has one paragraph per line. A first line
// longer than a headline can be (300 bytes) is not one: the whole text is the body and
// its first sentence the title.
type TextLoader struct{}

var _ Loader = TextLoader{}

// Name is "text".
func (TextLoader) Name() string { return "text" }

// Extensions are .txt, .text.
func (TextLoader) Extensions() []string { return []string{".txt", ".text"} }

// Sniff claims any text (asText has already refused binary content, so TextLoader
// belongs last in a registry).
func (TextLoader) Sniff(head []byte) bool {
	return len(bytes.TrimSpace(head)) > 0
}

// Read returns one article, or ErrEmpty for a text with no words. A text that opens
// with YAML front matter is read as MarkdownLoader reads it (its metadata counts).
func (TextLoader) Read(path string, data []byte) (Result, error) {
	if _, _, ok := splitFrontMatter(data); ok {
		res, err := MarkdownLoader{}.Read(path, data)
		for i := range res.Articles {
			res.Articles[i].Format = "text"
		}
		return res, err
	}
	s := string(data)
	title, rest := firstLine(s)
	var paras []string
	if len(title) > maxTitle {
		paras = textParagraphs(s)
		title = ""
	} else {
		paras = textParagraphs(rest)
	}
	paras = cleanParagraphs(paras)
	if title == "" && len(paras) > 0 {
		title = headlineFrom(paras[0])
	}
	if title == "" {
		return Result{}, ErrEmpty
	}
	a := kg.Article{Path: path, Format: "text", Title: cleanTitle(title), Body: joinBody(paras)}
	settlePublisher(&a, provenance{}, paras)
	a.Identify()
	return Result{Articles: []kg.Article{a}}, nil
}

// firstLine returns the first non-blank line of s, trimmed, and what follows it.
func firstLine(s string) (line, rest string) {
	for s != "" {
		i := strings.IndexByte(s, '\n')
		if i < 0 {
			return strings.TrimSpace(s), ""
		}
		line, s = strings.TrimSpace(s[:i]), s[i+1:]
		if line != "" {
			return line, s
		}
	}
	return "", ""
}

// textParagraphs splits plain text into paragraphs at blank lines, joining the lines
// of each; text without any blank line is one paragraph per line.
func textParagraphs(s string) []string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	lines := strings.Split(s, "\n")
	blank := false
	seenText := false
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			if seenText {
				blank = true
				break
			}
		} else {
			seenText = true
		}
	}
	var paras []string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			paras = append(paras, collapseSpace(strings.Join(cur, " ")))
			cur = cur[:0]
		}
	}
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" {
			flush()
			continue
		}
		cur = append(cur, l)
		if !blank {
			flush()
		}
	}
	flush()
	return paras
}
