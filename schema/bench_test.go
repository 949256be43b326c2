package schema_test

// Benchmarks of quad building: schema.Quads over realistic extractions (real articles
// when the 2016 corpus is here, else the invented examples). Run:
//
//	go test ./schema -run '^$' -bench Quads

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factgraph/kg"
	"github.com/factgraph/kg/extraction"
	"github.com/factgraph/kg/loaders"
	"github.com/factgraph/kg/schema"
)

// benchExtractions reads and extracts the first 20 articles of the 2016 corpus
// (../shared/corpus), or the examples when the corpus is absent.
func benchExtractions(b *testing.B) []*kg.Extraction {
	b.Helper()
	dir, suffix := "../../shared/corpus/news-2016", ".md"
	entries, err := os.ReadDir(dir)
	if err != nil {
		dir, suffix = "../examples", ""
		if entries, err = os.ReadDir(dir); err != nil {
			b.Fatal(err)
		}
	}
	reg := loaders.Default()
	var xs []*kg.Extraction
	for _, e := range entries {
		if len(xs) >= 20 || !strings.HasSuffix(e.Name(), suffix) {
			continue
		}
		res, err := reg.ReadFile(filepath.Join(dir, e.Name()), loaders.Options{})
		if err != nil && len(res.Articles) == 0 {
			b.Fatal(err)
		}
		for _, a := range res.Articles {
			x, err := extraction.Extract(a)
			if err != nil {
				b.Fatal(err)
			}
			xs = append(xs, x)
		}
	}
	if len(xs) == 0 {
		b.Fatal("no articles to build quads from")
	}
	return xs
}

// BenchmarkQuads builds the quads of each article with its own links (the store's
// linker is graph's business). It reports quads/s and articles/s.
func BenchmarkQuads(b *testing.B) {
	xs := benchExtractions(b)
	quads := 0
	for _, x := range xs {
		quads += len(schema.Quads(x))
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, x := range xs {
			if len(schema.Quads(x)) == 0 {
				b.Fatal("no quads")
			}
		}
	}
	per := b.Elapsed().Seconds() / float64(b.N)
	b.ReportMetric(float64(quads)/per, "quads/s")
	b.ReportMetric(float64(len(xs))/per, "articles/s")
	b.ReportMetric(float64(quads)/float64(len(xs)), "quads/article")
}
