package loaders

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzRead feeds arbitrary bytes to every loader under every extension: no input may
// make one panic, and what loads must be valid UTF-8 with an ID. The seeds are the
// testdata inputs; go test runs only them, go test -fuzz FuzzRead explores.
func FuzzRead(f *testing.F) {
	inputs, _ := filepath.Glob(filepath.Join("testdata", "*.*"))
	for _, in := range inputs {
		if strings.HasSuffix(in, ".golden") {
			continue
		}
		data, err := os.ReadFile(in)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(filepath.Ext(in), data)
	}
	f.Add(".html", []byte("<div><p>a<br><br>b</p>"+strings.Repeat("<span>", 600)))
	f.Add(".md", []byte("---\na: &x [*x, *x]\n---\n# T\n\ntext"))
	reg := Default()
	f.Fuzz(func(t *testing.T, ext string, data []byte) {
		text, err := asText(data)
		if err != nil {
			return
		}
		for _, l := range reg.Loaders() {
			res, _ := l.Read("fuzz"+ext, text)
			for _, a := range res.Articles {
				if a.ID == "" || !utf8.ValidString(a.Body) || !utf8.ValidString(a.Title) {
					t.Fatalf("%s: bad article %+v", l.Name(), a)
				}
			}
		}
		if _, err := reg.Lookup("fuzz"+ext, text); err != nil {
			t.Fatalf("no loader for text: %v", err)
		}
	})
}

// FuzzHTMLParagraphs checks the converter on arbitrary markup.
func FuzzHTMLParagraphs(f *testing.F) {
	f.Add([]byte("<p>One<br>two</p><script>x</script><iframe/>three"), true)
	f.Add([]byte(`<div class="share-x"><p>a</p></div></div></div><pre>x</pre>`), false)
	f.Fuzz(func(t *testing.T, data []byte, blank bool) {
		for _, p := range htmlParagraphs(data, htmlMode{blankLines: blank, scoped: !blank}) {
			if p == "" || strings.TrimSpace(p) != p {
				t.Fatalf("paragraph %q not trimmed", p)
			}
		}
	})
}
