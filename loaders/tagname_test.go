package loaders

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/net/html"
)

// tagNamesAgree tokenizes data and holds tagName to z.TagName() on every start, end and
// self-closing tag.
func tagNamesAgree(t *testing.T, data []byte) {
	t.Helper()
	// two tokenizers in step: TagName moves past the name, and tagName may call it
	z, z2 := html.NewTokenizer(bytes.NewReader(data)), html.NewTokenizer(bytes.NewReader(data))
	var buf [maxTagName]byte
	for {
		tt, tt2 := z.Next(), z2.Next()
		if tt != tt2 {
			t.Fatalf("tokenizers out of step: %v, %v", tt, tt2)
		}
		switch tt {
		case html.ErrorToken:
			return
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			got := string(tagName(z, &buf))
			want, _ := z2.TagName()
			if got != string(want) {
				t.Fatalf("tagName = %q, TagName %q (raw %q) in %.80q", got, want, z.Raw(), data)
			}
		}
	}
}

// TestTagNameIsTagName runs invented markup with odd tags (upper case, NUL bytes, long
// names, names cut by "/", white space or the end of the input, raw text elements) and
// every HTML and Markdown input in testdata.
func TestTagNameIsTagName(t *testing.T) {
	inputs := []string{
		`<P CLASS=x>Text<BR/>more</P>`, `<div\x00x>a</div\x00x>`, "<a\x00>x</a\x00>", `<a/b>c</a/b>`,
		"<Sp\tan\nid=1>x</SPAN >", `<script>if (a</b) {}</script><STYLE>p{}</style >`,
		`<textarea><p>raw</textarea>`, `<title>T</TITLE>`, `</>`, `</ x>`, `<!-- c --><!DOCTYPE html><?xml x?>`,
		`<` + string(bytes.Repeat([]byte("abcdefgh"), 6)) + `>long</` + string(bytes.Repeat([]byte("ABCDEFGH"), 6)) + `>`,
		`<abcdefghijabcdefghijabcdefghijab>32</abcdefghijabcdefghijabcdefghijab>`, `<p`, `<p class="x`, `</p`, `<x-custom-el data-a=1>y</x-custom-el>`,
		"<plaintext><p>all text", `<svg><path d="M0"/></svg>`, `<p>a<b>b</p>c</b>`, `<img src=x alt="<p>">`,
	}
	for _, in := range inputs {
		tagNamesAgree(t, []byte(in))
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "*"))
	for _, f := range files {
		if data, err := os.ReadFile(f); err == nil {
			tagNamesAgree(t, data)
		}
	}
}

func FuzzTagNameIsTagName(f *testing.F) {
	f.Add([]byte(`<P CLASS=x>Text<BR/>more</P><a/b>`))
	f.Fuzz(func(t *testing.T, data []byte) { tagNamesAgree(t, data) })
}
