package loaders

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// The shared corpus lives beside the repository, never in it.
var (
	corpusDir = filepath.Join("..", "..", "shared", "corpus", "news-2016")
	seedFile  = filepath.Join("..", "..", "shared", "corpus", "seed", "syria-annan-talks-rejected.txt")
)

// corpusFiles lists the corpus, or skips the test when it is absent.
func corpusFiles(tb testing.TB) []string {
	tb.Helper()
	entries, err := os.ReadDir(corpusDir)
	if err != nil {
		tb.Skipf("corpus not available at %s (%v): it lives in /work/shared, outside the repository", corpusDir, err)
	}
	var files []string
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".md") {
			files = append(files, filepath.Join(corpusDir, e.Name()))
		}
	}
	if len(files) == 0 {
		tb.Skipf("no .md files in %s", corpusDir)
	}
	return files
}

// leftoverTag finds markup that should have been stripped.
var leftoverTag = regexp.MustCompile(`</?(?:p|div|span|a|br|img|em|strong|b|i|li|ul|ol|h[1-6]|figure|figcaption|script|style|iframe|table|td|tr|blockquote|section|article|aside|header|footer|nav|noscript|meta|link)(?:\s[^<>]*)?/?>`)

// TestCorpus reads every article of the 2016 news corpus: each must give exactly one
// article with a title, a body and a date, without archive debris or tags, and nearly
// all must name their publisher.
func TestCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("reads the whole corpus; skipped in -short mode")
	}
	files := corpusFiles(t)
	reg := Default()
	withPublisher := 0
	for _, f := range files {
		res, err := reg.ReadFile(f, Options{})
		if err != nil {
			t.Errorf("%v", err)
			continue
		}
		if len(res.Articles) != 1 {
			t.Errorf("%s: %d articles, want 1", f, len(res.Articles))
			continue
		}
		a := res.Articles[0]
		switch {
		case a.Title == "":
			t.Errorf("%s: no title", f)
		case strings.TrimSpace(a.Body) == "":
			t.Errorf("%s: no body", f)
		case a.Published.IsZero():
			t.Errorf("%s: no date", f)
		case a.Format != "markdown" || a.ID == "" || a.Path != f:
			t.Errorf("%s: format %q, id %q, path %q", f, a.Format, a.ID, a.Path)
		case strings.Contains(a.Body, "[ad_"):
			t.Errorf("%s: body keeps an [ad_N] shortcode", f)
		case leftoverTag.MatchString(a.Body):
			t.Errorf("%s: body keeps markup: %q", f, leftoverTag.FindString(a.Body))
		case leftoverTag.MatchString(a.Title) || strings.Contains(a.Title, "&#"):
			t.Errorf("%s: title keeps markup or entities: %q", f, a.Title)
		}
		if a.Publisher != "" {
			withPublisher++
		}
	}
	share := float64(withPublisher) / float64(len(files))
	t.Logf("%d articles, %d (%.1f%%) with a publisher", len(files), withPublisher, 100*share)
	if share < 0.95 {
		t.Errorf("only %.1f%% of the corpus has a publisher, want at least 95%%", 100*share)
	}
}

// BenchmarkMarkdownCorpus reads the whole corpus from memory (file system time left out).
func BenchmarkMarkdownCorpus(b *testing.B) {
	files := corpusFiles(b)
	data := make([][]byte, len(files))
	var size int64
	for i, f := range files {
		d, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		data[i] = d
		size += int64(len(d))
	}
	l := MarkdownLoader{}
	b.SetBytes(size)
	b.ResetTimer()
	for b.Loop() {
		for i, d := range data {
			if _, err := l.Read(files[i], d); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(len(files))*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}
