package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReport(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kg.db")
	mustKG(t, "load", "--db", db, "--no-progress", examples)

	out := filepath.Join(dir, "report.html")
	code, stdout, stderr := runKG(t, "report", "--db", db, "--out", out)
	if code != 0 {
		t.Fatalf("kg report: exit %d\n%s", code, stderr)
	}
	if stdout != "" || !strings.Contains(stderr, "wrote "+out+": 1 event,") {
		t.Errorf("stdout %q, stderr %q: want the summary on stderr only", stdout, stderr)
	}
	page, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	src := string(page)
	for _, want := range []string{"<!DOCTYPE html>", `<svg class="chart"`, "earthquake · Izmir, Turkey", "correcting", "Entities involved"} {
		if !strings.Contains(src, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	for _, bad := range []string{"<script", "<link", "<img", " src="} {
		if strings.Contains(src, bad) {
			t.Errorf("report holds %q: it would not be self-contained", bad)
		}
	}

	// The same store gives the same bytes; --out - writes to stdout; --stamp dates it.
	again := mustKG(t, "report", "--db", db, "--out", "-")
	if again != src {
		t.Error("a second report of the same store differs from the first")
	}
	if stamped := mustKG(t, "report", "--db", db, "--out", "-", "--stamp"); !strings.Contains(stamped, "Generated ") {
		t.Error("--stamp does not say when the report was made")
	}
	if titled := mustKG(t, "report", "--db", db, "-o", "-", "--title", "Izmir <desk>"); !strings.Contains(titled, "<h1>Izmir &lt;desk&gt;</h1>") {
		t.Error("--title is not the heading, escaped")
	}

	// Selections: a measure narrows; what matches nothing says so and fails.
	killed := mustKG(t, "report", "--db", db, "--out", "-", "--measure", "killed", "--event", "izmir")
	if strings.Count(killed, `<svg class="chart"`) != 1 {
		t.Errorf("--measure killed draws %d charts, want 1", strings.Count(killed, `<svg class="chart"`))
	}
	for _, args := range [][]string{{"--event", "volcano"}, {"--min-reports", "8"}} {
		code, _, stderr := runKG(t, append([]string{"report", "--db", db, "--out", "-"}, args...)...)
		if code != 1 || !strings.Contains(stderr, "no event with figures matches") {
			t.Errorf("%v: exit %d, stderr %q: want 1 and a message", args, code, stderr)
		}
	}
	if code, _, stderr := runKG(t, "report", "--db", filepath.Join(dir, "none.db"), "--out", "-"); code != 1 || !strings.Contains(stderr, "kg load") {
		t.Errorf("missing store: exit %d, stderr %q", code, stderr)
	}
	if code, _, _ := runKG(t, "report", "--db", db, "extra-arg"); code != 1 {
		t.Errorf("an argument: exit %d, want 1", code)
	}
}
