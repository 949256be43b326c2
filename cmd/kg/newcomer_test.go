//go:build linux

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
	"time"

	"github.com/rivo/uniseg"
)

// The tests of issue 12: what a newcomer meets in a first hour with kg.

// kgChild runs kg with args as a child process (the test binary as kg, see TestMain),
// stdin as its standard input, and returns its exit status, stdout and stderr: what a
// person at a terminal gets, exit status included. A child that runs longer than
// hangLimit is killed.
func kgChild(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	cmd := kgCommand(t, args...)
	cmd.Stdin = strings.NewReader(stdin)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Start(); err != nil {
		t.Fatalf("start kg %s: %v", strings.Join(args, " "), err)
	}
	hung := time.AfterFunc(hangLimit, func() { cmd.Process.Kill() })
	defer hung.Stop()
	err := cmd.Wait()
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		t.Fatalf("run kg %s: %v", strings.Join(args, " "), err)
	}
	return cmd.ProcessState.ExitCode(), out.String(), errb.String()
}

// mustChild is kgChild for a run that must succeed; it returns stdout.
func mustChild(t *testing.T, args ...string) string {
	t.Helper()
	code, out, errs := kgChild(t, "", args...)
	if code != 0 {
		t.Fatalf("kg %s: exit %d\nstdout: %s\nstderr: %s", strings.Join(args, " "), code, out, errs)
	}
	return out
}

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
	code, out, errs := kgChild(t, "", "query", "figures", "--db", db, "--limit", "2", "--json")
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
	_, out, errs = kgChild(t, "", "query", "figures", "--db", db, "--limit", "0", "--json")
	var all []map[string]any
	json.Unmarshal([]byte(out), &all)
	if errs != "" || len(all) <= 2 {
		t.Errorf("--limit 0: %d rows, stderr %q", len(all), errs)
	}
	if _, _, errs = kgChild(t, "", "query", "figures", "--db", db, "--limit", itoa(len(all))); errs != "" {
		t.Errorf("a limit of exactly the rows there are: stderr %q, want nothing", errs)
	}
	if _, out, errs = kgChild(t, "", "query", "figures", "--db", db, "--limit", "1"); !strings.Contains(errs, "the first 1 rows") || strings.Contains(out, "more match") {
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
		code, out, errs := kgChild(t, "", append([]string{"query", "--db", db}, tt.args...)...)
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
	if err := json.Unmarshal([]byte(mustChild(t, "query", "--list", "--json")), &list); err != nil {
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
	text := mustChild(t, "query", "--list")
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
		code int // 2 for a usage error, 1 for a query that does not exist
		want string
	}{
		{[]string{"lod", "news/"}, 2, `"lod" is not a kg command (did you mean load?)`},
		{[]string{"query", "--lmit", "3", "figures"}, 2, "unknown flag --lmit (did you mean --limit?); kg query --help"},
		{[]string{"query", "figurs"}, 1, `"figurs" (did you mean figures?)`},
		{[]string{"--verison"}, 2, "unknown flag --verison (did you mean --version?)"},
	}
	for _, tt := range tests {
		code, out, errs := kgChild(t, "", tt.args...)
		if code != tt.code || !strings.Contains(errs, tt.want) {
			t.Errorf("%v: exit %d, stderr %q: want %d and an error saying %q", tt.args, code, errs, tt.code, tt.want)
		}
		if out != "" || strings.Contains(errs, "USAGE") || strings.Count(errs, "\n") != 1 {
			t.Errorf("%v: want one line on stderr and nothing on stdout; stdout %q, stderr %q", tt.args, out, errs)
		}
	}
}

// TestVersion: kg --version names the version and, from the build's VCS stamp, the
// commit, or says why it cannot.
func TestVersion(t *testing.T) {
	if out := mustChild(t, "--version"); !strings.HasPrefix(out, "kg version ") {
		t.Errorf("kg --version = %q", out)
	}
	info := &debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Version: "(devel)"}, Settings: []debug.BuildSetting{
		{Key: "vcs.revision", Value: "39112e3abc"}, {Key: "vcs.time", Value: "2026-11-29T10:00:00Z"}, {Key: "vcs.modified", Value: "true"}}}
	if got, want := versionText("dev", info, true), "devel, commit 39112e3abc (2026-11-29T10:00:00Z), modified, go1.26.0"; got != want {
		t.Errorf("versionText = %q, want %q", got, want)
	}
	info.Settings = []debug.BuildSetting{{Key: "-buildmode", Value: "exe"}}
	if got, want := versionText("dev", info, true), "devel, commit unknown (no VCS stamp: go build -buildvcs=true in a git checkout adds it), go1.26.0"; got != want {
		t.Errorf("versionText without a VCS stamp = %q, want %q", got, want)
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
		out := mustChild(t, "query", "figures", "--db", db)
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
	wide := mustChild(t, "query", "figures", "--db", db, "--wide")
	if !strings.Contains(wide, "The death toll from Saturday's earthquake near Izmir, Turkey, rose to at least 11, the disaster agency AFAD said.") ||
		strings.Contains(wide, "…") || strings.Contains(wide, "left out") {
		t.Errorf("--wide does not print every cell whole:\n%s", wide)
	}
	t.Setenv("COLUMNS", "")
	out := mustChild(t, "query", "contradictions", "--db", db)
	if !strings.Contains(out, "    why: In the same report (Harbor Wire), Kandilli Observatory says 6.4 magnitude while") {
		t.Errorf("contradictions: why is not under its row:\n%s", out)
	}
}

// TestLoadNothing: a path that does not exist makes no store; a folder with nothing kg
// reads says "nothing to load", counts what it skipped and, with -v, names it.
func TestLoadNothing(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kg.db")
	code, _, errs := kgChild(t, "", "load", "--db", db, filepath.Join(dir, "no-such-folder"))
	if code != 1 || !strings.Contains(errs, "no-such-folder") || !strings.Contains(errs, "no store was made") {
		t.Errorf("missing path: exit %d, stderr %q", code, errs)
	}
	if _, err := os.Stat(db); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a load of a missing path made a store: %v", err)
	}
	empty := filepath.Join(dir, "news")
	os.Mkdir(empty, 0o755)
	code, out, errs := kgChild(t, "", "load", "--db", db, empty)
	if code != 0 || out != "" || !strings.Contains(errs, "nothing to load in "+empty) {
		t.Errorf("empty folder: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	os.WriteFile(filepath.Join(empty, "photo.png"), []byte("\x89PNG"), 0o644)
	os.WriteFile(filepath.Join(empty, "table.csv"), []byte("a,b\n"), 0o644)
	if _, _, errs = kgChild(t, "", "load", "--db", db, empty); !strings.Contains(errs, "2 files skipped") || strings.Contains(errs, "photo.png") {
		t.Errorf("skipped files: stderr %q: want them counted, not named", errs)
	}
	if _, _, errs = kgChild(t, "", "load", "-v", "--db", db, empty); !strings.Contains(errs, "skipped "+filepath.Join(empty, "photo.png")) || !strings.Contains(errs, "table.csv") {
		t.Errorf("-v: stderr %q: want the skipped files named", errs)
	}
	if _, err := os.Stat(db); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a load of nothing made a store: %v", err)
	}
	// Beside an article, skipped files are counted in the summary.
	copyFile(t, filepath.Join(examples, "desk-note.txt"), filepath.Join(empty, "note.txt"), 0o644)
	if out := mustChild(t, "load", "--db", db, empty); !strings.Contains(out, "2 files in folders skipped") {
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
	if code, out, errs := kgChild(t, string(note), "load", "--db", db, "-"); code != 0 || !strings.Contains(out, "1 new") {
		t.Fatalf("kg load -: exit %d: %s %s", code, out, errs)
	}
	lines := `{"title": "Quake kills 4", "text": "At least four people were killed in the quake near Izmir, officials said."}
{"title": "Quake toll rises", "text": "The toll rose to 7, officials said on Sunday."}
`
	if code, out, errs := kgChild(t, lines, "load", "--db", db, "-"); code != 0 || !strings.Contains(out, "2 new") {
		t.Fatalf("kg load - of JSON Lines: exit %d: %s %s", code, out, errs)
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
	code, _, errs := kgChild(t, "", "load", "--db", db, filepath.Join(examples, "desk-note.txt"))
	pid := strconv.Itoa(srv.cmd.Process.Pid)
	if code != 1 || !strings.Contains(errs, "in use") || !strings.Contains(errs, "--db PATH") {
		t.Errorf("store in use: exit %d, stderr %q", code, errs)
	}
	if _, err := os.Stat("/proc/locks"); err == nil && !strings.Contains(errs, "process "+pid+" (") {
		t.Errorf("store in use: stderr %q does not name process %s", errs, pid)
	}

	dir := t.TempDir()
	bolt := filepath.Join(dir, "bolt")
	_, _, errs = kgChild(t, "", "load", "--db", bolt, filepath.Join(examples, "desk-note.txt"))
	if !strings.Contains(errs, `made a new store in a folder named "`+bolt+`"`) || !strings.Contains(errs, "--backend bolt") {
		t.Errorf("--db bolt: stderr %q", errs)
	}
	_, out, errs := kgChild(t, "", "stats", "--backend", "memstore")
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
	code, _, errs := kgChild(t, "", "serve", "--db", db, "--addr", ln.Addr().String())
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

// TestGizmoAsInCayley: a user's Gizmo runs as in Cayley, after kg's prelude: Gizmo's
// own like() works, kg: IRIs work without a call, and an error names the line and
// column in the user's script, without JavaScript internals.
func TestGizmoAsInCayley(t *testing.T) {
	db := loadedExamples(t)
	for _, tt := range []struct{ script, want string }{
		{`g.V().filter(like("Izmi%")).all()`, `"id":"Izmir"`},
		{`g.V(g.IRI("kg:entity/place/izmir")).out(g.IRI("schema:name")).all()`, `"id":"Izmir"`},
	} {
		if out := mustChild(t, "query", "--db", db, "--json", "-e", tt.script); !strings.Contains(out, tt.want) {
			t.Errorf("%s: %s, want %s", tt.script, out, tt.want)
		}
	}
	for _, tt := range []struct{ script, want string }{
		{"var a = 1;\nvar b = ;", "kg: SyntaxError: Unexpected token ; (line 2, column 9"},
		{"var a = 1;\n\nthrow new Error(\"no such place\")", "kg: no such place (line 3, column 7)\n"},
		{"var a = 1;\ng.V().nosuch()", "kg: TypeError: Object has no member 'nosuch' (line 2, column 13)\n"},
	} {
		code, out, errs := kgChild(t, "", "query", "--db", db, "-e", tt.script)
		if code != 1 || out != "" || !strings.HasPrefix(errs, tt.want) || strings.Contains(errs, "<eval>") || strings.Contains(errs, "prelude") {
			t.Errorf("%q: exit %d, stdout %q, stderr %q: want 1 and %q", tt.script, code, out, errs, tt.want)
		}
	}
}

// TestVersionsOfOneURL: of two versions of one report (one URL), the store keeps the
// one published later, whichever is loaded first, and loading them again changes
// nothing; kg load says what it left out.
func TestVersionsOfOneURL(t *testing.T) {
	dir := t.TempDir()
	morning := filepath.Join(dir, "b-morning.md")
	evening := filepath.Join(dir, "a-evening.md")
	os.WriteFile(morning, []byte("---\ntitle: Flood in Velmora kills 3\ndate: 2040-03-02 07:00:00\nurl: https://courier.example.org/velmora-flood\npublisher: Valley Courier\n---\n"+
		"VELMORA, Freedonia — Flooding killed three people in the town of Velmora on Saturday, officials said.\n"), 0o644)
	os.WriteFile(evening, []byte("---\ntitle: Flood in Velmora kills 5\ndate: 2040-03-02 19:00:00\nurl: https://courier.example.org/velmora-flood\npublisher: Valley Courier\n---\n"+
		"VELMORA, Freedonia — Flooding killed five people in the town of Velmora on Saturday, officials said.\n"), 0o644)
	exports := map[string]string{}
	for _, order := range [][]string{{morning, evening}, {evening, morning}} {
		db := filepath.Join(t.TempDir(), "kg.db")
		mustChild(t, "load", "--db", db, order[0])
		second := mustChild(t, "load", "--db", db, order[1])
		if order[0] == evening && (!strings.Contains(second, "0 new, 0 unchanged, 0 replaced") || !strings.Contains(second, "1 older versions of stored articles left out")) {
			t.Errorf("the morning version after the evening one: %s; want it left out, and said so", second)
		}
		if order[0] == morning && !strings.Contains(second, "1 replaced") {
			t.Errorf("the evening version after the morning one: %s; want it to replace it", second)
		}
		again := mustChild(t, "load", "--db", db, dir)
		if !strings.Contains(again, "0 new, 1 unchanged, 0 replaced; 1 older versions") {
			t.Errorf("loading both again changed something: %s", again)
		}
		if st := statsOf(t, db); st.Articles != 1 {
			t.Errorf("%d articles, want the evening version alone", st.Articles)
		}
		if out := mustChild(t, "query", "--db", db, "--json", "figures"); !strings.Contains(out, `"value":5`) || strings.Contains(out, `"value":3`) {
			t.Errorf("the store does not hold the evening version's figure alone: %s", out)
		}
		exports[order[0]] = mustChild(t, "export", "--db", db)
	}
	if exports[morning] != exports[evening] {
		t.Error("the store depends on the order the versions were loaded in")
	}
}

// TestServeSaysWhere: kg serve names the store's backend, found from its folder, and an
// address a browser on this machine can open, even when it listens on every interface.
func TestServeSaysWhere(t *testing.T) {
	db := loadedExamples(t)
	for _, addr := range []string{"127.0.0.1:0", ":0"} {
		srv := startServe(t, db, "--addr", addr)
		srv.cmd.Process.Kill()
		<-srv.done
		if !strings.HasPrefix(srv.url, "http://127.0.0.1:") {
			t.Errorf("--addr %s: serving at %s, want an address to browse to", addr, srv.url)
		}
	}
	ready := make(chan string, 1)
	go func() {
		cmd := kgCommand(t, "serve", "--db", db, "--addr", "127.0.0.1:0")
		pipe, _ := cmd.StdoutPipe()
		if err := cmd.Start(); err != nil {
			ready <- err.Error()
			return
		}
		defer func() { cmd.Process.Kill(); cmd.Wait() }()
		line := make([]byte, 512)
		n, _ := pipe.Read(line)
		ready <- string(line[:n])
	}()
	select {
	case line := <-ready:
		if !strings.Contains(line, "(pebble store "+db+", read-only)") {
			t.Errorf("kg serve says %q: want the backend and the store named", line)
		}
	case <-time.After(time.Minute):
		t.Fatal("kg serve did not start in a minute")
	}
}
