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

// emphasisScans bounds the work of finding one article's runs: at most this many
// readings of its body in all. Runs in order cost one reading together; each run not
// found after the one before (cleaning dropped or reordered its paragraph) costs up to
// two, so a hostile page of many emphasised runs that cleaning drops would otherwise
// cost runs × body.
const emphasisScans = 64

// locateEmphasis finds the emphasised runs in body, in order, each at word boundaries.
// A run not found after the one before is looked for from the start of body, and left
// out when it is not there at all; once the searches have read body emphasisScans
// times, the remaining runs are left out.
func locateEmphasis(body string, runs []string) []kg.Span {
	var spans []kg.Span
	at, budget := 0, emphasisScans*(len(body)+1)
	search := func(r string, from int) int {
		i := indexWord(body, r, from)
		if i < 0 {
			budget -= len(body) - from
		} else {
			budget -= i - from
		}
		return i
	}
	for _, r := range runs {
		r = collapseSpace(r)
		if r == "" {
			continue
		}
		if budget <= 0 {
			break
		}
		i := search(r, at)
		if i < 0 {
			if i = search(r, 0); i < 0 {
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
