package graph_test

// Benchmarks of store writes: articles read and extracted once, then written with
// Store.AddArticle and Flush into a fresh store per iteration, on memstore and bolt.
// They report articles/s and quads/s (b.ReportMetric), as kg load would see them
// without reading and extraction. Run:
//
//	go test ./graph -run '^$' -bench AddArticle -benchtime 3x

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factgraph/kg"
	"github.com/factgraph/kg/extraction"
	"github.com/factgraph/kg/graph"
	"github.com/factgraph/kg/loaders"
)

// benchArticles is what kg would write for a slice of news: the first 100 articles of
// the 2016 corpus when it is here (../shared/corpus), else the invented examples ten
// times over with a line that makes each copy a report of its own.
func benchArticles(b *testing.B) (xs []*kg.Extraction, from string) {
	b.Helper()
	reg := loaders.Default()
	read := func(path string) []kg.Article {
		res, err := reg.ReadFile(path, loaders.Options{})
		if err != nil && len(res.Articles) == 0 {
			b.Fatalf("read %s: %v", path, err)
		}
		return res.Articles
	}
	const corpus = "../../shared/corpus/news-2016"
	if entries, err := os.ReadDir(corpus); err == nil {
		for _, e := range entries {
			if len(xs) == 100 {
				break
			}
			if strings.HasSuffix(e.Name(), ".md") {
				for _, a := range read(filepath.Join(corpus, e.Name())) {
					x, err := extraction.Extract(a)
					if err != nil {
						b.Fatal(err)
					}
					xs = append(xs, x)
				}
			}
		}
		return xs, "news-2016, first 100 articles"
	}
	entries, err := os.ReadDir("../examples")
	if err != nil {
		b.Fatal(err)
	}
	for copy := 0; copy < 10; copy++ {
		for _, e := range entries {
			for _, a := range read(filepath.Join("../examples", e.Name())) {
				a.Body += fmt.Sprintf("\n\nThis is copy %d of the report.", copy)
				a.Path = fmt.Sprintf("%s#copy%d", a.Path, copy)
				a.URL, a.ID = "", ""
				a.Identify()
				x, err := extraction.Extract(a)
				if err != nil {
					b.Fatal(err)
				}
				xs = append(xs, x)
			}
		}
	}
	return xs, "examples/, ten copies"
}

// BenchmarkAddArticle writes the bench articles into a fresh store per iteration: every
// AddArticle (cross-report linking, quads, batching) and the last Flush are timed;
// opening and closing the store are not.
func BenchmarkAddArticle(b *testing.B) {
	xs, from := benchArticles(b)
	b.Logf("%d articles (%s)", len(xs), from)
	for _, backend := range []string{graph.Memstore, graph.Bolt} {
		b.Run(backend, func(b *testing.B) {
			var quads int64
			iterations := 0
			for b.Loop() {
				b.StopTimer()
				o := graph.Options{Backend: backend}
				if backend == graph.Bolt {
					o.Addr = filepath.Join(b.TempDir(), "kg.db")
				}
				s, err := graph.Open(o)
				if err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				for _, x := range xs {
					if _, err := s.AddArticle(x); err != nil {
						b.Fatal(err)
					}
				}
				if err := s.Flush(); err != nil {
					b.Fatal(err)
				}
				b.StopTimer()
				st, err := s.Stats(context.Background())
				if err != nil {
					b.Fatal(err)
				}
				if st.Articles != len(xs) {
					b.Fatalf("the store holds %d articles of %d", st.Articles, len(xs))
				}
				quads += st.Quads
				iterations++
				if err := s.Close(); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
			}
			sec := b.Elapsed().Seconds()
			b.ReportMetric(float64(len(xs)*iterations)/sec, "articles/s")
			b.ReportMetric(float64(quads)/sec, "quads/s")
			b.ReportMetric(float64(quads)/float64(iterations), "quads/op")
		})
	}
}
