package extraction

import (
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/factgraph/kg"
	"golang.org/x/net/html"
)

func benchArticle(b *testing.B) kg.Article {
	body, err := os.ReadFile("../../shared/corpus/seed/syria-annan-talks-rejected.txt")
	if err != nil {
		a := readInput(b, "testdata/figures-qualifiers.input")
		return a
	}
	title, rest, _ := strings.Cut(string(body), "\n")
	return kg.Article{Title: title, Body: strings.TrimSpace(rest), Published: time.Date(2012, 3, 10, 0, 0, 0, 0, time.UTC)}
}

func BenchmarkSentences(b *testing.B) {
	a := benchArticle(b)
	b.SetBytes(int64(len(a.Body)))
	b.ReportAllocs()
	for b.Loop() {
		Sentences(a.Body)
	}
}

// benchStages runs the stages of Extract on a up to the one a benchmark times.
func benchStages(a kg.Article) (*doc, *entitySet, *reader, *eventSet) {
	d := &doc{}
	readText(d, kg.Article{Body: a.Body, Published: a.Published})
	es := &entitySet{}
	findEntities(d, es)
	rd := &reader{}
	rd.read(d, es)
	findQuotes(rd)
	ev := &eventSet{}
	findEvents(rd, ev)
	return d, es, rd, ev
}

// BenchmarkEntities times the entities stage (datelines and the case of words are the
// sentences stage's).
func BenchmarkEntities(b *testing.B) {
	a := benchArticle(b)
	d, es, _, _ := benchStages(a)
	b.SetBytes(int64(len(a.Body)))
	b.ReportAllocs()
	for b.Loop() {
		findEntities(d, es)
	}
}

// BenchmarkFigures times the figures stage (the clauses are the sentences stage's).
func BenchmarkFigures(b *testing.B) {
	a := benchArticle(b)
	_, _, rd, ev := benchStages(a)
	dates := map[int32]string{}
	b.SetBytes(int64(len(a.Body)))
	b.ReportAllocs()
	for b.Loop() {
		findFigures(rd, ev, dates)
	}
}

func BenchmarkExtract(b *testing.B) {
	a := benchArticle(b)
	b.SetBytes(int64(len(a.Body)))
	b.ReportAllocs()
	for b.Loop() {
		Extract(a)
	}
}

var tagRE = regexp.MustCompile(`(?s)^---\n.*?\n---\n`)

// loadCorpus reads ../shared/corpus/news-2016: front matter dropped, HTML turned into
// paragraphs of text (the loaders package does this properly; this is enough to time
// extraction).
func loadCorpus(b *testing.B) []kg.Article {
	files, _ := filepath.Glob("../../shared/corpus/news-2016/*.md")
	if len(files) == 0 {
		b.Skip("shared corpus not present: ../shared/corpus/news-2016")
	}
	out := make([]kg.Article, 0, len(files))
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		s := tagRE.ReplaceAllString(string(raw), "")
		out = append(out, kg.Article{Title: filepath.Base(f), Body: htmlText(s), Published: time.Date(2016, 2, 7, 0, 0, 0, 0, time.UTC)})
	}
	return out
}

func htmlText(s string) string {
	z := html.NewTokenizer(strings.NewReader(s))
	var sb strings.Builder
	for {
		switch z.Next() {
		case html.ErrorToken:
			return sb.String()
		case html.TextToken:
			sb.Write(z.Text())
		case html.StartTagToken, html.EndTagToken:
			name, _ := z.TagName()
			switch string(name) {
			case "p", "div", "br", "h1", "h2", "h3", "li", "figcaption", "blockquote":
				sb.WriteString("\n\n")
			}
		}
	}
}

// BenchmarkCorpus extracts every article of news-2016 with one worker per core and
// reports words/s and articles/s.
func BenchmarkCorpus(b *testing.B) {
	arts := loadCorpus(b)
	words, bytes := 0, 0
	for _, a := range arts {
		words += len(strings.Fields(a.Body))
		bytes += len(a.Body)
	}
	workers := runtime.GOMAXPROCS(0)
	b.SetBytes(int64(bytes))
	b.ReportAllocs()
	b.ResetTimer()
	start := time.Now()
	for b.Loop() {
		next := make(chan int)
		var wg sync.WaitGroup
		for w := 0; w < workers; w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := range next {
					Extract(arts[i])
				}
			}()
		}
		for i := range arts {
			next <- i
		}
		close(next)
		wg.Wait()
	}
	el := time.Since(start).Seconds() / float64(b.N)
	b.ReportMetric(float64(words)/el, "words/s")
	b.ReportMetric(float64(len(arts))/el, "articles/s")
}
