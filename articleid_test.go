package kg

import (
	"crypto/sha256"
	"encoding/hex"
	"math/rand"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// articleIDBefore is ArticleID as it was before speedload64 (a growing buffer, a
// rune loop from the first non-ASCII byte on): the new one must give the same IDs.
func articleIDBefore(title, body string) string {
	h := sha256.New()
	var buf []byte
	buf = appendNormalisedBefore(buf, title)
	buf = append(buf, '\n')
	buf = appendNormalisedBefore(buf, body)
	h.Write(buf)
	return hex.EncodeToString(h.Sum(nil)[:16])
}

func appendNormalisedBefore(dst []byte, s string) []byte {
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return appendNormalisedRunesBefore(dst, s[i:], space)
		}
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
			space = len(dst) > 0
			continue
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		if space {
			dst = append(dst, ' ')
			space = false
		}
		dst = append(dst, c)
	}
	return dst
}

// appendNormalisedRunes is appendNormalised past the first byte that is not ASCII.
func appendNormalisedRunesBefore(dst []byte, s string, space bool) []byte {
	for _, r := range s {
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

// TestArticleIDSameAsBefore holds ArticleID to articleIDBefore on invented texts and
// random mixtures of ASCII, curly quotes, dashes, odd spaces, case pairs whose forms
// differ in length, and invalid UTF-8.
func TestArticleIDSameAsBefore(t *testing.T) {
	cases := [][2]string{
		{"", ""}, {" ", " "}, {"Quake kills 12", "At least 12 people were killed,\n\n“officials” said — on Saturday."},
		{"  Lead spaces", "\u00a0\u0085body\u2003with\u3000spaces  "}, {"KELVIN \u212a", "İstanbul ȺȾ Ω"},
		{"bad \xff utf8", "trunc \xe2\x82 and \xf0\xe2\x82\xac"}, {"‘’‛′“”„″–—−", "ÀÉÎÕÜ straße"},
		{"\t\n\r\v\f", "x\u2028y\u2029z"},
	}
	pieces := []string{"a", "Z", " ", "\t", "\n\n", "é", "É", "’", "“", "—", "−", "\u00a0", "\u0085",
		"\u212a", "İ", "Ⱥ", "ß", "\xff", "\xe2\x82", "\xc3", "€", "😀", "Ǆ", "ǅ", "Σ", ".", "0"}
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 3000; i++ {
		var a, b strings.Builder
		for j := rng.Intn(12); j > 0; j-- {
			a.WriteString(pieces[rng.Intn(len(pieces))])
		}
		for j := rng.Intn(400); j > 0; j-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		cases = append(cases, [2]string{a.String(), b.String()})
	}
	for _, c := range cases {
		if got, want := ArticleID(c[0], c[1]), articleIDBefore(c[0], c[1]); got != want {
			t.Fatalf("ArticleID(%q, %q) = %s, before %s", c[0], c[1], got, want)
		}
	}
}

func FuzzArticleIDSameAsBefore(f *testing.F) {
	f.Add("Quake kills 12", "“officials” said — on Saturday.\xff")
	f.Fuzz(func(t *testing.T, title, body string) {
		if got, want := ArticleID(title, body), articleIDBefore(title, body); got != want {
			t.Fatalf("ArticleID(%q, %q) = %s, before %s", title, body, got, want)
		}
	})
}

func BenchmarkArticleID(b *testing.B) {
	body := strings.Repeat("The river rose “two metres” overnight — officials said on Monday.\n\n", 80)
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		ArticleID("Flood report", body)
	}
}
