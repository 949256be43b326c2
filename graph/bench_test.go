package graph_test

// Benchmarks of store writes: articles read and extracted once, then written with
// Store.AddArticle and Flush into a fresh store per iteration, on every backend (on
// PostgreSQL when KG_TEST_POSTGRES names a server). They report articles/s, quads/s
// (b.ReportMetric) and MB/s of article text, as kg load would see them without reading
// and extraction. Run:
//
//	go test ./graph -run '^$' -bench AddArticle -benchtime 3x
//	KG_BENCH_ARTICLES=300 go test ./graph -run '^$' -bench 'AddArticle/(bolt|postgres)' -benchtime 3x

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/factgraph/kg"
	"github.com/factgraph/kg/extraction"
	"github.com/factgraph/kg/graph"
	"github.com/factgraph/kg/loaders"
)

// benchArticles is what kg would write for a slice of news: the first 100 articles of
// the 2016 corpus when it is here (../shared/corpus, or the folder KG_CORPUS names;
// KG_BENCH_ARTICLES sets how many), else the invented examples ten
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
	corpus := "../../shared/corpus/news-2016"
	if dir := os.Getenv("KG_CORPUS"); dir != "" {
		corpus = dir
	}
	want := 100
	if n, err := strconv.Atoi(os.Getenv("KG_BENCH_ARTICLES")); err == nil && n > 0 {
		want = n
	}
	if entries, err := os.ReadDir(corpus); err == nil {
		for _, e := range entries {
			if len(xs) == want {
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
		return xs, fmt.Sprintf("news-2016, first %d articles", len(xs))
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
	text := 0
	for _, x := range xs {
		text += len(x.Article.Body)
	}
	b.Logf("%d articles (%s), %d bytes of text", len(xs), from, text)
	for _, backend := range graph.Backends {
		if backend == graph.Cockroach {
			continue // no CockroachDB on these machines
		}
		b.Run(backend, func(b *testing.B) {
			b.SetBytes(int64(text))
			var quads int64
			iterations := 0
			for b.Loop() {
				b.StopTimer()
				o := benchStore(b, backend)
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

// benchStore says where a benchmark's fresh store of the backend goes: a temporary
// folder, or a new database on KG_TEST_POSTGRES's server, dropped afterwards.
func benchStore(b *testing.B, backend string) graph.Options {
	b.Helper()
	o := graph.Options{Backend: backend}
	switch {
	case graph.Embedded(backend):
		o.Addr = filepath.Join(b.TempDir(), "kg.db")
	case backend == graph.Postgres:
		dsn := os.Getenv("KG_TEST_POSTGRES")
		if dsn == "" {
			b.Skip("no PostgreSQL: set KG_TEST_POSTGRES (scripts/postgres.sh start)")
		}
		admin, err := sql.Open("postgres", dsn)
		if err != nil {
			b.Fatal(err)
		}
		defer admin.Close()
		benchDBs++
		name := fmt.Sprintf("kgbench_%d_%d", os.Getpid(), benchDBs)
		if _, err := admin.Exec("CREATE DATABASE " + name); err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() {
			if db, err := sql.Open("postgres", dsn); err == nil {
				db.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")
				db.Close()
			}
		})
		u, err := url.Parse(dsn)
		if err != nil {
			b.Fatal(err)
		}
		u.Path = "/" + name
		o.Addr = u.String()
	}
	return o
}

var benchDBs int
