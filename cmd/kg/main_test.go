package main

import (
	"bytes"
	"encoding/json"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factgraph/kg/graph"
	"github.com/factgraph/kg/queries"
)

// runKG runs the command line in-process and returns its exit status, stdout and stderr.
func runKG(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(append([]string{"kg"}, args...), strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

func mustKG(t *testing.T, args ...string) string {
	t.Helper()
	code, out, errs := runKG(t, args...)
	if code != 0 {
		t.Fatalf("kg %s: exit %d\nstdout: %s\nstderr: %s", strings.Join(args, " "), code, out, errs)
	}
	return out
}

func statsOf(t *testing.T, db string) graph.Stats {
	t.Helper()
	var st graph.Stats
	if err := json.Unmarshal([]byte(mustKG(t, "stats", "--db", db, "--json")), &st); err != nil {
		t.Fatalf("stats --json: %v", err)
	}
	return st
}

// examples is the folder of invented reports in every format (six formats, seven
// articles, three N-Quads).
const examples = "../../examples"

func TestLoadEveryFormat(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kg.db")
	out := mustKG(t, "load", examples, "--db", db, "--no-progress") // flags after the path
	if !strings.Contains(out, "loaded 7 articles from 6 files") {
		t.Errorf("summary does not count 7 articles from 6 files:\n%s", out)
	}
	st := statsOf(t, db)
	if st.Articles != 7 {
		t.Errorf("articles = %d, want 7 (md, html, two feed items, two JSON Lines records, text)", st.Articles)
	}
	if st.Entities == 0 || st.Claims == 0 || st.Events == 0 || st.Quads == 0 {
		t.Errorf("stats = %+v: the graph holds no facts", st)
	}
	exp := mustKG(t, "export", "--db", db)
	if !strings.Contains(exp, `<https://factcheck.example.org/notes/izmir>`) {
		t.Error("the N-Quads file's own quads are not in the store")
	}
	for _, format := range []string{"text", "markdown", "html", "json", "feed"} {
		if !strings.Contains(exp, `<https://factgraph.org/kg/format> "`+format+`"`) {
			t.Errorf("no article was read as %s", format)
		}
	}

	// Loading the same folder again changes nothing.
	out = mustKG(t, "load", "--db", db, examples)
	if !strings.Contains(out, "0 new, 7 unchanged") {
		t.Errorf("reload summary:\n%s", out)
	}
	if st2 := statsOf(t, db); st2 != st {
		t.Errorf("stats after reload = %+v, want %+v", st2, st)
	}
	if exp2 := mustKG(t, "export", "--db", db); exp2 != exp {
		t.Error("export changed after reloading the same folder")
	}
}

func TestLoadBadFilesBesideGoodOnes(t *testing.T) {
	dir := t.TempDir()
	good, err := os.ReadFile(filepath.Join(examples, "desk-note.txt"))
	if err != nil {
		t.Fatal(err)
	}
	write := func(name string, data []byte) {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("good.txt", good)
	noise := make([]byte, 4096)
	rand.New(rand.NewSource(1)).Read(noise)
	write("noise.html", noise)
	write("truncated.json", []byte(`{"title": "Quake kills 4", "text": "At least four people were killed`))
	write("photo.png", noise) // not an article format: skipped, not a failure
	db := filepath.Join(t.TempDir(), "kg.db")
	code, out, errs := runKG(t, "load", "--db", db, dir)
	if code != 1 {
		t.Errorf("exit status %d, want 1", code)
	}
	for _, bad := range []string{"noise.html", "truncated.json"} {
		if !strings.Contains(errs, filepath.Join(dir, bad)+":") {
			t.Errorf("stderr does not name %s:\n%s", bad, errs)
		}
	}
	if strings.Contains(errs, "panic") || strings.Contains(errs, "goroutine") {
		t.Errorf("stderr shows a crash:\n%s", errs)
	}
	if !strings.Contains(out, "2 files failed") || !strings.Contains(out, "1 file in folders skipped") {
		t.Errorf("summary does not count the failures and the skipped image:\n%s", out)
	}
	if strings.Contains(errs, "photo.png") {
		t.Errorf("the image in the folder was reported as a failure:\n%s", errs)
	}
	if st := statsOf(t, db); st.Articles != 1 {
		t.Errorf("articles = %d, want the good one", st.Articles)
	}
}

func TestLoadMissingPath(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kg.db")
	code, _, errs := runKG(t, "load", "--db", db, filepath.Join(t.TempDir(), "no-such-folder"))
	if code != 1 || !strings.Contains(errs, "no-such-folder") {
		t.Errorf("exit %d, stderr %q: want 1 and the path named", code, errs)
	}
}

func TestQuery(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kg.db")
	mustKG(t, "load", "--db", db, examples)

	// Every saved query runs and prints a JSON array.
	for _, q := range queries.List() {
		t.Run(q.Name, func(t *testing.T) {
			args := []string{"query", q.Name, "--json", "--db", db}
			switch q.Name {
			case "entity":
				args = append(args, "--param", "name=AFAD")
			case "neighbourhood":
				args = append(args, "--param", "name=Turkey")
			case "paths":
				args = append(args, "--param", "from=Ayse", "--param", "to=Greece")
			case "event-reports":
				args = append(args, "--param", "event=earthquake")
			}
			var rows []map[string]any
			if err := json.Unmarshal([]byte(mustKG(t, args...)), &rows); err != nil {
				t.Fatalf("--json output is not an array of objects: %v", err)
			}
			switch q.Name {
			case "figures", "quotes", "sources", "timeline", "entity", "relations", "neighbourhood", "paths", "event-reports":
				if len(rows) == 0 {
					t.Errorf("%s found nothing in the examples", q.Name)
				}
			}
		})
	}

	// Parameters narrow, --limit caps.
	var all, killed, two []map[string]any
	json.Unmarshal([]byte(mustKG(t, "query", "figures", "--json", "--db", db)), &all)
	json.Unmarshal([]byte(mustKG(t, "query", "--db", db, "figures", "--param", "measure=killed", "--json")), &killed)
	json.Unmarshal([]byte(mustKG(t, "query", "--db", db, "--limit", "2", "--json", "figures")), &two)
	if len(killed) == 0 || len(killed) >= len(all) {
		t.Errorf("measure=killed gave %d of %d rows", len(killed), len(all))
	}
	for _, r := range killed {
		if r["measure"] != "killed" {
			t.Errorf("measure=killed let through %v", r["measure"])
		}
	}
	if len(two) != 2 {
		t.Errorf("--limit 2 gave %d rows", len(two))
	}

	// Inline Gizmo, with short IRIs.
	out := mustKG(t, "query", "--db", db, "--json", "-e", `g.V().has(g.IRI("rdf:type"), g.IRI("schema:NewsArticle")).count()`)
	if strings.TrimSpace(out) != "[\n7\n]" {
		t.Errorf("inline count of articles = %s, want [7]", out)
	}
	// A Gizmo file.
	file := filepath.Join(t.TempDir(), "count.js")
	os.WriteFile(file, []byte(`g.emit(g.V().has(g.IRI("rdf:type"), kg("Event")).unique().count())`), 0o644)
	if out := mustKG(t, "query", file, "--db", db, "--json"); strings.TrimSpace(out) != "[\n1\n]" {
		t.Errorf("query from a file: %s", out)
	}
	// A script error is an error, with exit status 1.
	if code, _, errs := runKG(t, "query", "--db", db, "-e", "g.V(.all()"); code != 1 || errs == "" {
		t.Errorf("a broken script: exit %d, stderr %q", code, errs)
	}
	// An unknown name says how to list them.
	if code, _, errs := runKG(t, "query", "--db", db, "nonesuch"); code != 1 || !strings.Contains(errs, "--list") {
		t.Errorf("unknown query: exit %d, stderr %q", code, errs)
	}
}

func TestQueryList(t *testing.T) {
	out := mustKG(t, "query", "--list")
	for _, name := range []string{"entity", "relations", "quotes", "figures", "contradictions", "corroborations", "sources", "timeline"} {
		if !strings.Contains(out, name+" ") {
			t.Errorf("--list does not show %s:\n%s", name, out)
		}
	}
}

func TestExtractJSON(t *testing.T) {
	out := mustKG(t, "extract", "--json", filepath.Join(examples, "2031-05-10-ledger-quake.md"))
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 1 {
		t.Fatalf("%d lines, want one JSON object per article", len(lines))
	}
	var doc struct {
		Article  map[string]any   `json:"article"`
		Entities []map[string]any `json:"entities"`
		Figures  []map[string]any `json:"figures"`
		Quotes   []map[string]any `json:"quotes"`
	}
	if err := json.Unmarshal([]byte(lines[0]), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Article["publisher"] != "The Daily Ledger" || doc.Article["published"] != "2031-05-10" {
		t.Errorf("article = %v", doc.Article)
	}
	found := false
	for _, f := range doc.Figures {
		if f["measure"] == "killed" && f["value"] == 4.0 && f["qualifier"] == "at least" {
			found = true
		}
	}
	if !found {
		t.Errorf("no 'at least 4 killed' in %v", doc.Figures)
	}
}

func TestReorderArgs(t *testing.T) {
	app := newApp(nil, nil, nil)
	tests := []struct{ in, want string }{
		{"kg query figures --json", "kg query --json -- figures"},
		{"kg load news/ --db x.db", "kg load --db x.db -- news/"},
		{"kg query figures --param event=quake --limit 3", "kg query --param event=quake --limit 3 -- figures"},
		{"kg query -e g.V().all() --json", "kg query -e g.V().all() --json"},
		{"kg load --db=x.db a b", "kg load --db=x.db -- a b"},
	}
	for _, tt := range tests {
		got := strings.Join(reorderArgs(app, strings.Fields(tt.in)), " ")
		if got != tt.want {
			t.Errorf("%q → %q, want %q", tt.in, got, tt.want)
		}
	}
}
