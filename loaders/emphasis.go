package loaders

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factgraph/kg"
	"golang.org/x/net/html/atom"
)

// Emphasis: where the source set words in italics. Reports set titles of works that way
// ("the film <em>Ghost in the Shell</em>"), and extraction reads an emphasised run of
// capitalised words as one name. The loaders gather the text of each emphasised run as
// they convert markup to paragraphs, and find the runs in the finished Body afterwards
// (locateEmphasis), so that no cleaning step has to carry offsets and Body stays the
// same text it was without them.

// emphasisAtoms are the HTML elements of emphasis.
var emphasisAtoms = map[atom.Atom]bool{atom.Em: true, atom.I: true, atom.Cite: true}

// maxEmphasis bounds an emphasised run kept: a longer one is a passage set in italics
// (an editor's note, a quoted letter), not a title.
const maxEmphasis = 200

// emphasisMark is where an emphasised element opened: in which writer, after how many
// paragraphs, at which byte of the paragraph being written.
type emphasisMark struct {
	w          *textWriter
	paras, off int
}

// mark notes the current position of w.
func (w *textWriter) mark() *emphasisMark {
	return &emphasisMark{w: w, paras: len(w.paras), off: len(w.cur)}
}

// emphasised adds the text written since m to runs, when it is still in the paragraph
// m was taken in.
func (w *textWriter) emphasised(m *emphasisMark, runs *[]string) {
	if m.w != w || len(w.paras) != m.paras || m.off > len(w.cur) {
		return
	}
	t := strings.TrimSpace(string(w.cur[m.off:]))
	if t != "" && len(t) <= maxEmphasis && strings.IndexByte(t, '\n') < 0 {
		*runs = append(*runs, t)
	}
}

// locateEmphasis finds the emphasised runs in body, in order, each at word boundaries.
// A run not found after the one before (cleaning dropped or reordered its paragraph) is
// looked for from the start of body, and left out when it is not there at all.
func locateEmphasis(body string, runs []string) []kg.Span {
	var spans []kg.Span
	at := 0
	for _, r := range runs {
		r = collapseSpace(r)
		if r == "" {
			continue
		}
		i := indexWord(body, r, at)
		if i < 0 {
			if i = indexWord(body, r, 0); i < 0 {
				continue
			}
		} else {
			at = i + len(r)
		}
		spans = append(spans, kg.Span{Start: i, End: i + len(r)})
	}
	return spans
}

// indexWord is the first index of w in s at or after from where neither end of w falls
// inside a word, or -1.
func indexWord(s, w string, from int) int {
	for from <= len(s)-len(w) {
		j := strings.Index(s[from:], w)
		if j < 0 {
			return -1
		}
		i := from + j
		if !wordRuneBefore(s, i) && !wordRuneAt(s, i+len(w)) {
			return i
		}
		from = i + 1
	}
	return -1
}

func wordRuneBefore(s string, i int) bool {
	if i == 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func wordRuneAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}
