package loaders

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/factgraph/kg"
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

// BenchmarkMarkdownCorpus reads the whole corpus as kg load does, file by file through
// the registry (open, size check, text check, sniff, read). Run it on one core:
// go test ./loaders -run XXX -bench MarkdownCorpus -benchtime 5x -cpu 1
func BenchmarkMarkdownCorpus(b *testing.B) {
	files := corpusFiles(b)
	var size int64
	for _, f := range files {
		fi, err := os.Stat(f)
		if err != nil {
			b.Fatal(err)
		}
		size += fi.Size()
	}
	reg := Default()
	b.SetBytes(size)
	cpu := 0.0
	b.ResetTimer()
	for b.Loop() {
		start := cpuTime()
		for _, f := range files {
			if _, err := reg.ReadFile(f, Options{}); err != nil {
				b.Fatal(err)
			}
		}
		cpu += cpuTime() - start
	}
	b.ReportMetric(float64(len(files))*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(b.Elapsed().Seconds()/float64(b.N), "s/corpus")
	if cpu > 0 {
		// CPU time (with GC) is what a busy machine does not inflate.
		b.ReportMetric(cpu/float64(b.N), "cpu-s/corpus")
	}
}

// TestGoldProvenance checks date and publisher against the hand-made gold annotations
// of the dev set (outlet names compared without case, punctuation or a leading "The").
func TestGoldProvenance(t *testing.T) {
	shared := filepath.Join("..", "..", "shared")
	golds, _ := filepath.Glob(filepath.Join(shared, "eval", "dev", "*.gold.json"))
	if len(golds) == 0 {
		t.Skipf("no gold annotations under %s: they live in /work/shared, outside the repository", shared)
	}
	reg := Default()
	for _, g := range golds {
		var gold struct {
			Article   string  `json:"article"`
			Published *string `json:"published"`
			Publisher *string `json:"publisher"`
		}
		data, err := os.ReadFile(g)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(data, &gold); err != nil {
			t.Fatalf("%s: %v", g, err)
		}
		t.Run(filepath.Base(gold.Article), func(t *testing.T) {
			res, err := reg.ReadFile(filepath.Join(shared, gold.Article), Options{})
			if err != nil {
				t.Fatal(err)
			}
			a := res.Articles[0]
			wantDate, wantPub := "", ""
			if gold.Published != nil {
				wantDate = *gold.Published
			}
			if gold.Publisher != nil {
				wantPub = *gold.Publisher
			}
			if got := kg.DateString(a.Published); got != wantDate {
				t.Errorf("published %q, gold %q", got, wantDate)
			}
			if normName(a.Publisher) != normName(wantPub) {
				t.Errorf("publisher %q, gold %q", a.Publisher, wantPub)
			}
		})
	}
}

// TestSeed reads the seed article: a plain text without metadata whose publisher only
// its "More on GlobalPost:" lines name.
func TestSeed(t *testing.T) {
	if _, err := os.Stat(seedFile); err != nil {
		t.Skipf("seed article not available at %s: it lives in /work/shared, outside the repository", seedFile)
	}
	res, err := Default().ReadFile(seedFile, Options{})
	if err != nil {
		t.Fatal(err)
	}
	a := res.Articles[0]
	checks := []struct {
		what string
		ok   bool
	}{
		{"format text", a.Format == "text"},
		{"headline from the first line", a.Title == "Syria: Kofi Annan’s call for talks rejected"},
		{"publisher from the site furniture", a.Publisher == "GlobalPost"},
		{"no date", a.Published.IsZero()},
		{"body opens with the first paragraph", strings.HasPrefix(a.Body, "The Syrian opposition has angrily rejected")},
		{"furniture naming other reports kept", strings.Contains(a.Body, "More on GlobalPost: Syria: 4 generals defect")},
		{"newsletter lines dropped", !strings.Contains(a.Body, "Sign up")},
		{"paragraphs separated by blank lines", strings.Count(a.Body, "\n\n") >= 15},
	}
	for _, c := range checks {
		if !c.ok {
			t.Errorf("seed: want %s; got title %q publisher %q published %v body:\n%s", c.what, a.Title, a.Publisher, a.Published, a.Body)
		}
	}
	published := time.Date(2012, 3, 9, 0, 0, 0, 0, time.UTC)
	res, err = Default().ReadFile(seedFile, Options{Published: published})
	if err != nil || !res.Articles[0].Published.Equal(published) {
		t.Errorf("Options.Published not applied: %v %v", res.Articles[0].Published, err)
	}
}
