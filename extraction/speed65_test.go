package extraction

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// asciiWordClass is scanWord's fast path: it must read each ASCII byte as isLetter and
// isUpperRune do, and leave every other byte to the slow path.
func TestASCIIWordClassAgrees(t *testing.T) {
	for c := 0; c < 256; c++ {
		want := uint8(0)
		if c < utf8.RuneSelf {
			r := rune(c)
			switch {
			case isLetter(r) && isUpperRune(r):
				want = acLetter | acUpper
			case isLetter(r):
				want = acLetter
			case r >= '0' && r <= '9':
				want = acDigit
			}
		}
		if asciiWordClass[c] != want {
			t.Errorf("asciiWordClass[%#x] = %b, want %b", c, asciiWordClass[c], want)
		}
	}
}

// Words, their capitals and their shouting as scanWord read them before its fast path.
func TestScanWordInvented(t *testing.T) {
	text := "Mara Lind's NATO-led e-mail to Vireo’s CEO at 9 a.m., U.S. time; café Ölberg sold 3rd-quarter F/A-18s via Quill.io!"
	toks := tokenize(text, nil)
	var got []string
	for _, tk := range toks {
		if tk.kind != tWord {
			continue
		}
		got = append(got, fmt.Sprintf("%s:%d", text[tk.s:tk.e], tk.flags&(fCap|fUpper)))
	}
	want := "Mara:4 Lind:4 's:0 NATO-led:4 e-mail:0 to:0 Vireo:4 ’s:0 CEO:12 at:0 a.m.:0 U.S.:12 time:0 café:0 Ölberg:4 sold:0 quarter:0 F/A-18s:4 via:0 Quill.io:4"
	if g := strings.Join(got, " "); g != want {
		t.Errorf("words:\n got %s\nwant %s", g, want)
	}
}

// firstField is strings.Fields(s)[0] without the slice, for every kind of space.
func TestFirstFieldIsFieldsFirst(t *testing.T) {
	for _, s := range []string{"Mara Lind", "  Mara\tLind ", "Lind", "Mara\u00a0Lind", "\u0085Mara Lind",
		"Ölberg Café", "Mara\u2003Lind", "a\xffb c", "\xff Lind", "\nVireo\n", " x", "Mara\u200bLind"} {
		if got, want := firstField(s), strings.Fields(s)[0]; got != want {
			t.Errorf("firstField(%q) = %q, want %q", s, got, want)
		}
	}
	for _, s := range []string{"", "   ", "\t\u00a0\n"} {
		if got := firstField(s); got != "" || len(strings.Fields(s)) != 0 {
			t.Errorf("firstField(%q) = %q, want \"\"", s, got)
		}
	}
}
