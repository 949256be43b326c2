package loaders

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// benchPage is an invented report page of about 60 KB: paragraphs with inline markup,
// furniture, scripts.
var benchPage = func() string {
	var b strings.Builder
	b.WriteString(`<html><head><title>Flood report | The Valley Courier</title><script>var x = 1;</script></head><body><nav><a href="/">Home</a></nav><article>`)
	for i := 0; i < 300; i++ {
		b.WriteString(`<p class="story-body"><span class="articleLocation">EASTFIELD</span> The river rose <em>two metres</em> overnight, <a href="/x">officials</a> said on Monday.</p>`)
		if i%50 == 0 {
			b.WriteString(`<div class="share-tools"><a>Share</a></div><figure><figcaption>Flooded street <span class="credit">Photo: A. Ruiz</span></figcaption></figure>`)
		}
	}
	b.WriteString(`</article><footer>© 2016</footer></body></html>`)
	return b.String()
}()

// BenchmarkHTMLParagraphs measures the tokenizer-based converter every loader uses.
func BenchmarkHTMLParagraphs(b *testing.B) {
	data := []byte(benchPage)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if len(htmlParagraphs(data, htmlMode{blankLines: true})) == 0 {
			b.Fatal("no text")
		}
	}
}

// BenchmarkHTMLPage measures a whole page: metadata, readability, cleaning.
func BenchmarkHTMLPage(b *testing.B) {
	data := []byte(benchPage)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := (HTMLLoader{}).Read("bench.html", data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkGolden reads every testdata input through the registry.
func BenchmarkGolden(b *testing.B) {
	inputs, _ := filepath.Glob(filepath.Join("testdata", "*.*"))
	var files [][2]string
	var size int64
	for _, in := range inputs {
		if strings.HasSuffix(in, ".golden") {
			continue
		}
		d, err := os.ReadFile(in)
		if err != nil {
			b.Fatal(err)
		}
		files = append(files, [2]string{in, string(d)})
		size += int64(len(d))
	}
	reg := Default()
	b.SetBytes(size)
	for b.Loop() {
		for _, f := range files {
			l, err := reg.Lookup(f[0], []byte(f[1]))
			if err != nil {
				b.Fatal(err)
			}
			l.Read(f[0], []byte(f[1]))
		}
	}
}
