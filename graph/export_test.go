package graph

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"
)

// TestExportInRuns exports a store sorted in memory and sorted in runs of a few hundred
// bytes merged from temporary files: the same bytes, in order, through both Export and
// ExportNQuads.
func TestExportInRuns(t *testing.T) {
	s := openStore(t, Options{Backend: Pebble, Addr: filepath.Join(t.TempDir(), "kg.db")})
	for _, r := range []report{early, later, rival} {
		mustAdd(t, s, r, Added)
	}
	whole := export(t, s)
	var nq bytes.Buffer
	if _, err := s.ExportNQuads(context.Background(), &nq); err != nil {
		t.Fatal(err)
	}
	defer func(n int) { exportRun = n }(exportRun)
	exportRun = 300
	inRuns := export(t, s)
	if whole != inRuns {
		t.Errorf("exported in runs differs from exported at once:\n%s", diffLines(whole, inRuns))
	}
	if nq.String() != whole {
		t.Errorf("ExportNQuads differs from Export:\n%s", diffLines(whole, nq.String()))
	}
	lines := strings.Split(strings.TrimSuffix(whole, "\n"), "\n")
	for i := 1; i < len(lines); i++ {
		if lines[i-1] >= lines[i] {
			t.Fatalf("line %d is not after line %d:\n%s\n%s", i+1, i, lines[i-1], lines[i])
		}
	}
	if len(lines) < 50 {
		t.Errorf("only %d quads exported", len(lines))
	}
}
