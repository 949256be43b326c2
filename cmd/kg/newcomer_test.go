package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"

	"github.com/rivo/uniseg"
)

// The tests of issue 12: what a newcomer meets in a first hour with kg.

// loadedExamples is a store of the examples in a folder of the test's.
func loadedExamples(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "kg.db")
	mustKG(t, "load", "--db", db, examples)
	return db
}

// TestLimitSaysWhatItCut: when --limit cuts the rows, stderr says so and stdout stays
// the rows alone (a plain JSON array with --json); when nothing is cut, nothing is said.
func TestLimitSaysWhatItCut(t *testing.T) {
	db := loadedExamples(t)
	code, out, errs := runKG(t, "query", "figures", "--db", db, "--limit", "2", "--json")
	var rows []map[string]any
	if err := json.Unmarshal([]byte(out), &rows); err != nil || code != 0 {
		t.Fatalf("exit %d, stdout is not a JSON array: %v\n%s", code, err, out)
	}
	if len(rows) != 2 {
		t.Errorf("%d rows, want 2", len(rows))
	}
	if !strings.Contains(errs, "the first 2 rows; more match") || !strings.Contains(errs, "--limit 0") {
		t.Errorf("stderr does not say what --limit cut: %q", errs)
	}
	_, out, errs = runKG(t, "query", "figures", "--db", db, "--limit", "0", "--json")
	var all []map[string]any
	json.Unmarshal([]byte(out), &all)
	if errs != "" || len(all) <= 2 {
		t.Errorf("--limit 0: %d rows, stderr %q", len(all), errs)
	}
	if _, _, errs = runKG(t, "query", "figures", "--db", db, "--limit", itoa(len(all))); errs != "" {
		t.Errorf("a limit of exactly the rows there are: stderr %q, want nothing", errs)
	}
	if _, out, errs = runKG(t, "query", "figures", "--db", db, "--limit", "1"); !strings.Contains(errs, "the first 1 rows") || strings.Contains(out, "more match") {
		t.Errorf("table: the note goes to stderr only: stdout %q, stderr %q", out, errs)
	}
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

// TestBadParams: an unknown parameter or a bad value fails, naming the parameter and
// what it allows; a required one that is missing says so.
func TestBadParams(t *testing.T) {
	db := loadedExamples(t)
	tests := []struct {
		args []string
		want []string
	}{
		{[]string{"figures", "--param", "evnt=earthquake"}, []string{`"evnt"`, "did you mean event?", "takes event, measure"}},
		{[]string{"figures", "--param", "since=yesterday"}, []string{"since", "yesterday", "YYYY-MM-DD"}},
		{[]string{"contradictions", "--param", "verdict=conflicts"}, []string{"verdict", "one of conflict, revision", "did you mean conflict?"}},
		{[]string{"corroborations", "--param", "min=abc"}, []string{"min", "abc", "a number"}},
		{[]string{"entity"}, []string{"entity needs name", "--param name="}},
	}
	for _, tt := range tests {
		code, out, errs := runKG(t, append([]string{"query", "--db", db}, tt.args...)...)
		if code != 1 || out != "" {
			t.Errorf("%v: exit %d, stdout %q: want 1 and nothing", tt.args, code, out)
		}
		for _, w := range tt.want {
			if !strings.Contains(errs, w) {
				t.Errorf("%v: stderr %q does not say %q", tt.args, errs, w)
			}
		}
		if strings.Contains(errs, "quad.Value") || strings.Contains(errs, "line ") {
			t.Errorf("%v: stderr shows the script's internals: %q", tt.args, errs)
		}
	}
}

// TestQueryListJSON: kg query --list --json gives each query's parameters with their
// meaning, type and allowed values; the text list shows them too.
func TestQueryListJSON(t *testing.T) {
	var list []struct {
		Name   string `json:"name"`
		Params []struct {
			Name, Description, Type string
			Choices                 []string
			Required                bool
		} `json:"params"`
		Columns []struct{ Name string } `json:"columns"`
	}
	if err := json.Unmarshal([]byte(mustKG(t, "query", "--list", "--json")), &list); err != nil {
		t.Fatal(err)
	}
	found := map[string]bool{}
	for _, q := range list {
		for _, p := range q.Params {
			if p.Description == "" || p.Type == "" {
				t.Errorf("%s %s: no meaning or type", q.Name, p.Name)
			}
			switch q.Name + " " + p.Name {
			case "figures since":
				found[p.Name] = p.Type == "date"
			case "contradictions verdict":
				found[p.Name] = strings.Join(p.Choices, ",") == "conflict,revision"
			case "entity name":
				found[p.Name] = p.Required
			}
		}
		if len(q.Columns) == 0 {
			t.Errorf("%s: no columns", q.Name)
		}
	}
	if len(found) != 3 || !found["since"] || !found["verdict"] || !found["name"] {
		t.Errorf("types, choices or required missing from the list: %v", found)
	}
	text := mustKG(t, "query", "--list")
	for _, w := range []string{"events — every event", "--param since=DATE", "--param verdict=conflict|revision", "(required)", "(default 2)"} {
		if !strings.Contains(text, w) {
			t.Errorf("--list does not show %q", w)
		}
	}
}

// TestTypos: a command or a flag typed wrong fails once, with the nearest, and no help.
func TestTypos(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"lod", "news/"}, `"lod" is not a kg command (did you mean load?)`},
		{[]string{"query", "--lmit", "3", "figures"}, "unknown flag --lmit (did you mean --limit?); kg query --help"},
		{[]string{"query", "figurs"}, `"figurs" (did you mean figures?)`},
		{[]string{"--verison"}, "unknown flag --verison (did you mean --version?)"},
	}
	for _, tt := range tests {
		code, out, errs := runKG(t, tt.args...)
		if code == 0 || !strings.Contains(errs, tt.want) {
			t.Errorf("%v: exit %d, stderr %q: want an error saying %q", tt.args, code, errs, tt.want)
		}
		if out != "" || strings.Contains(errs, "USAGE") || strings.Count(errs, "\n") != 1 {
			t.Errorf("%v: want one line on stderr and nothing on stdout; stdout %q, stderr %q", tt.args, out, errs)
		}
	}
}

// TestVersion: kg --version names the version and, from the build's VCS stamp, the
// commit.
func TestVersion(t *testing.T) {
	if out := mustKG(t, "--version"); !strings.HasPrefix(out, "kg version ") {
		t.Errorf("kg --version = %q", out)
	}
	info := &debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Version: "(devel)"}, Settings: []debug.BuildSetting{
		{Key: "vcs.revision", Value: "39112e3abc"}, {Key: "vcs.time", Value: "2026-11-29T10:00:00Z"}, {Key: "vcs.modified", Value: "true"}}}
	if got, want := versionText("dev", info, true), "devel, commit 39112e3abc (2026-11-29T10:00:00Z), modified, go1.26.0"; got != want {
		t.Errorf("versionText = %q, want %q", got, want)
	}
	info.Main.Version = "v1.2.0"
	info.Settings = nil
	if got := versionText("dev", info, true); got != "v1.2.0, go1.26.0" {
		t.Errorf("versionText of a module build = %q", got)
	}
	if got := versionText("v9", info, true); !strings.HasPrefix(got, "v9") {
		t.Errorf("versionText with -X main.version = %q", got)
	}
}

// TestTableFitsWidth: a table fits the width it is given ($COLUMNS here; the
// terminal's when stdout is one), cutting long cells with an ellipsis and saying which
// columns it left out; --wide prints every cell whole; contradictions' why is whole
// under its row.
func TestTableFitsWidth(t *testing.T) {
	db := loadedExamples(t)
	for _, width := range []int{60, 100, 140} {
		t.Setenv("COLUMNS", itoa(width))
		out := mustKG(t, "query", "figures", "--db", db)
		for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
			if w := uniseg.StringWidth(line); w > width && !strings.HasPrefix(line, "(") {
				t.Errorf("COLUMNS=%d: a line of %d cells: %q", width, w, line)
			}
		}
		if !strings.Contains(out, "…") {
			t.Errorf("COLUMNS=%d: nothing was cut:\n%s", width, out)
		}
		if width == 60 && !strings.Contains(out, "left out to fit 60 columns") {
			t.Errorf("COLUMNS=60: the table does not say what it left out:\n%s", out)
		}
	}
	t.Setenv("COLUMNS", "60")
	wide := mustKG(t, "query", "figures", "--db", db, "--wide")
	if !strings.Contains(wide, "The death toll from Saturday's earthquake near Izmir, Turkey, rose to at least 11, the disaster agency AFAD said.") ||
		strings.Contains(wide, "…") || strings.Contains(wide, "left out") {
		t.Errorf("--wide does not print every cell whole:\n%s", wide)
	}
	t.Setenv("COLUMNS", "")
	out := mustKG(t, "query", "contradictions", "--db", db)
	if !strings.Contains(out, "    why: In the same report (Harbor Wire), Kandilli Observatory says 6.4 magnitude while") {
		t.Errorf("contradictions: why is not under its row:\n%s", out)
	}
}

// TestLoadNothing: a path that does not exist makes no store; a folder with nothing kg
// reads says "nothing to load", counts what it skipped and, with -v, names it.
func TestLoadNothing(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kg.db")
	code, _, errs := runKG(t, "load", "--db", db, filepath.Join(dir, "no-such-folder"))
	if code != 1 || !strings.Contains(errs, "no-such-folder") || !strings.Contains(errs, "no store was made") {
		t.Errorf("missing path: exit %d, stderr %q", code, errs)
	}
	if _, err := os.Stat(db); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a load of a missing path made a store: %v", err)
	}
	empty := filepath.Join(dir, "news")
	os.Mkdir(empty, 0o755)
	code, out, errs := runKG(t, "load", "--db", db, empty)
	if code != 0 || out != "" || !strings.Contains(errs, "nothing to load in "+empty) {
		t.Errorf("empty folder: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	os.WriteFile(filepath.Join(empty, "photo.png"), []byte("\x89PNG"), 0o644)
	os.WriteFile(filepath.Join(empty, "table.csv"), []byte("a,b\n"), 0o644)
	if _, _, errs = runKG(t, "load", "--db", db, empty); !strings.Contains(errs, "2 files skipped") || strings.Contains(errs, "photo.png") {
		t.Errorf("skipped files: stderr %q: want them counted, not named", errs)
	}
	if _, _, errs = runKG(t, "load", "-v", "--db", db, empty); !strings.Contains(errs, "skipped "+filepath.Join(empty, "photo.png")) || !strings.Contains(errs, "table.csv") {
		t.Errorf("-v: stderr %q: want the skipped files named", errs)
	}
	if _, err := os.Stat(db); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a load of nothing made a store: %v", err)
	}
	// Beside an article, skipped files are counted in the summary.
	copyFile(t, filepath.Join(examples, "desk-note.txt"), filepath.Join(empty, "note.txt"), 0o644)
	if out := mustKG(t, "load", "--db", db, empty); !strings.Contains(out, "2 files in folders skipped") {
		t.Errorf("summary does not count the skipped files:\n%s", out)
	}
}

// TestLoadStdin: kg load - reads an article, or JSON Lines of articles, from standard
// input; two articles read so are not versions of one another.
func TestLoadStdin(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kg.db")
	note, err := os.ReadFile(filepath.Join(examples, "desk-note.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if code := run([]string{"kg", "load", "--db", db, "-"}, bytes.NewReader(note), &out, &errb); code != 0 {
		t.Fatalf("kg load -: exit %d: %s", code, errb.String())
	}
	lines := `{"title": "Quake kills 4", "text": "At least four people were killed in the quake near Izmir, officials said."}
{"title": "Quake toll rises", "text": "The toll rose to 7, officials said on Sunday."}
`
	out.Reset()
	if code := run([]string{"kg", "load", "--db", db, "-"}, strings.NewReader(lines), &out, &errb); code != 0 || !strings.Contains(out.String(), "2 new") {
		t.Fatalf("kg load - of JSON Lines: exit %d: %s %s", code, out.String(), errb.String())
	}
	if st := statsOf(t, db); st.Articles != 3 {
		t.Errorf("%d articles, want 3", st.Articles)
	}
}

// TestStoreErrorsSayTheFix: a store in use names the process that holds it and
// suggests --db; --db bolt warns that it made a folder named bolt; memstore warns.
func TestStoreErrorsSayTheFix(t *testing.T) {
	db := loadedExamples(t)
	srv := startServe(t, db)
	code, _, errs := runKG(t, "load", "--db", db, filepath.Join(examples, "desk-note.txt"))
	pid := strconv.Itoa(srv.cmd.Process.Pid)
	if code != 1 || !strings.Contains(errs, "in use") || !strings.Contains(errs, "--db PATH") {
		t.Errorf("store in use: exit %d, stderr %q", code, errs)
	}
	if _, err := os.Stat("/proc/locks"); err == nil && !strings.Contains(errs, "process "+pid+" (") {
		t.Errorf("store in use: stderr %q does not name process %s", errs, pid)
	}

	dir := t.TempDir()
	bolt := filepath.Join(dir, "bolt")
	_, _, errs = runKG(t, "load", "--db", bolt, filepath.Join(examples, "desk-note.txt"))
	if !strings.Contains(errs, `made a new store in a folder named "`+bolt+`"`) || !strings.Contains(errs, "--backend bolt") {
		t.Errorf("--db bolt: stderr %q", errs)
	}
	_, out, errs := runKG(t, "stats", "--backend", "memstore")
	if !strings.Contains(errs, "memstore keeps the store in this process's memory") || !strings.Contains(out, "articles") {
		t.Errorf("memstore: stdout %q, stderr %q", out, errs)
	}
}

// TestServeAddrSaysTheFix: a port in use suggests --addr; an address open to every
// interface warns.
func TestServeAddrSaysTheFix(t *testing.T) {
	db := loadedExamples(t)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	code, _, errs := runKG(t, "serve", "--db", db, "--addr", ln.Addr().String())
	if code != 1 || !strings.Contains(errs, "is in use") || !strings.Contains(errs, "--addr") {
		t.Errorf("port in use: exit %d, stderr %q", code, errs)
	}
	srv := startServe(t, db, "--addr", ":0") // the last --addr counts
	srv.cmd.Process.Kill()
	<-srv.done // its output is all in
	if errs := srv.stderr.String(); !strings.Contains(errs, "listens on every network interface") || !strings.Contains(errs, "127.0.0.1:0") {
		t.Errorf("--addr :0: stderr %q", errs)
	}
}

// TestDemoTouchesNoOtherStore runs scripts/demo.sh in a copy of the repository whose
// root holds a kg.db of someone's, with KG_DB naming another: both stay as they were.
// (go build is stood in for by a copy of this test binary, which runs as kg.)
func TestDemoTouchesNoOtherStore(t *testing.T) {
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("no bash")
	}
	repo := t.TempDir()
	for _, d := range []string{"scripts", "examples", "kg.db", "bin"} {
		os.MkdirAll(filepath.Join(repo, d), 0o755)
	}
	copyFile(t, "../../scripts/demo.sh", filepath.Join(repo, "scripts", "demo.sh"), 0o755)
	entries, _ := os.ReadDir(examples)
	for _, e := range entries {
		copyFile(t, filepath.Join(examples, e.Name()), filepath.Join(repo, "examples", e.Name()), 0o644)
	}
	mine := filepath.Join(repo, "kg.db", "indexes.bolt")
	os.WriteFile(mine, []byte("someone's store"), 0o644)
	other := filepath.Join(t.TempDir(), "theirs.db")
	os.WriteFile(other, []byte("another store"), 0o644)
	self, _ := os.Executable()
	os.WriteFile(filepath.Join(repo, "bin", "go"), []byte("#!/bin/sh\ncp \""+self+"\" kg\n"), 0o755)
	demoDir := t.TempDir()
	cmd := kgCommand(t)
	cmd.Path, cmd.Args, cmd.Dir = "/usr/bin/env", []string{"env", "bash", "scripts/demo.sh"}, repo
	cmd.Env = append(cmd.Env, "PATH="+filepath.Join(repo, "bin")+":"+os.Getenv("PATH"), "KG_DEMO_DIR="+demoDir, "KG_DB="+other)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("demo.sh: %v\n%s", err, out)
	}
	for _, w := range []string{"loaded 7 articles", "== figures", "== where reports disagree", "The demo's store is " + demoDir} {
		if !strings.Contains(string(out), w) {
			t.Errorf("the demo does not print %q:\n%s", w, out)
		}
	}
	if b, _ := os.ReadFile(mine); string(b) != "someone's store" {
		t.Error("the demo touched ./kg.db")
	}
	if b, _ := os.ReadFile(other); string(b) != "another store" {
		t.Error("the demo touched $KG_DB")
	}
}
