package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestOrderDoesNotMatter loads a slice of the real 2016 corpus — the Brussels attacks
// and the week around them, where many outlets report one incident with different
// figures — in publication order and in reverse, and compares the two stores and what
// the saved queries find in them: what reports make together is derived from the set
// of reports, never from the order they arrived in.
func TestOrderDoesNotMatter(t *testing.T) {
	const corpus = "../../../shared/corpus/news-2016"
	entries, err := os.ReadDir(corpus)
	if err != nil {
		t.Skipf("the real corpus is not here (%v); graph's OrderDoesNotMatter covers invented reports", err)
	}
	if testing.Short() {
		t.Skip("loads a week of real articles twice; skipped in -short mode")
	}
	var paths []string
	for _, e := range entries {
		n := e.Name()
		if strings.HasSuffix(n, ".md") && n >= "2016-03-19" && n < "2016-03-27" {
			paths = append(paths, filepath.Join(corpus, n))
		}
	}
	if len(paths) < 100 {
		t.Fatalf("%d articles in the week of 19-26 March 2016, want over 100", len(paths))
	}
	reversed := slices.Clone(paths)
	slices.Reverse(reversed)
	dir := t.TempDir()
	var exports []string
	results := map[string][]string{}
	for i, order := range [][]string{paths, reversed} {
		db := filepath.Join(dir, []string{"forward.db", "reverse.db"}[i])
		mustKG(t, append([]string{"load", "--db", db, "--batch", []string{"5000", "300"}[i]}, order...)...)
		exports = append(exports, mustKG(t, "export", "--db", db, "--format", "nquads"))
		for _, q := range []string{"contradictions", "corroborations", "timeline", "events"} {
			results[q] = append(results[q], mustKG(t, "query", "--db", db, "--json", "--limit", "0", q))
		}
	}
	if exports[0] != exports[1] {
		a, b := strings.Split(exports[0], "\n"), strings.Split(exports[1], "\n")
		t.Errorf("the stores differ: %d quads forward, %d reversed", len(a), len(b))
	}
	for q, r := range results {
		if r[0] != r[1] {
			t.Errorf("%s differs between the two orders", q)
		}
		if q != "contradictions" && strings.Count(r[0], "\n") < 3 {
			t.Errorf("%s found almost nothing in the week of the Brussels attacks: %s", q, r[0])
		}
	}
}
