//go:build unix

package main

// Crash safety, end to end: kg is run as a child process (the test binary re-executed
// with kgChildEnv set, so TestMain hands its arguments to run), killed with SIGKILL in
// the middle of `kg load`, and loaded again; the store must then equal a clean load of
// the same files. A second kg process that opens a store in use must be told so. Each
// runs on the default backend and on bolt.

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/factgraph/kg/graph"
)

// kgChildEnv switches the test binary into kg itself (see TestMain).
const kgChildEnv = "KG_TEST_CHILD"

// TestMain runs the command line instead of the tests when the test binary was started
// by kgCommand: os.Args[1:] are kg's arguments. Re-executing the test binary is faster
// than building kg, and runs the code under test.
func TestMain(m *testing.M) {
	if os.Getenv(kgChildEnv) == "1" {
		if childSetup != nil {
			childSetup()
		}
		os.Exit(run(append([]string{"kg"}, os.Args[1:]...), os.Stdin, os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// childSetup, when set (attack_test.go), prepares a child kg before it runs.
var childSetup func()

// hangLimit is how long a child kg may run before a test calls it a hang.
const hangLimit = 3 * time.Minute

// kgProcess is kg running as a child process.
type kgProcess struct {
	t      *testing.T
	args   []string
	cmd    *exec.Cmd
	stdout bytes.Buffer
	stderr bytes.Buffer
	done   chan struct{}
	start  time.Time
}

// kgCommand returns the command that runs kg with args in a child process, with an
// environment that names no store of the user's (KG_DB, KG_BACKEND).
func kgCommand(t *testing.T, args ...string) *exec.Cmd {
	t.Helper()
	self, err := os.Executable()
	if err != nil {
		t.Fatalf("find the test binary: %v", err)
	}
	cmd := exec.Command(self, args...)
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "KG_") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	cmd.Env = append(cmd.Env, kgChildEnv+"=1")
	return cmd
}

// startKG starts kg with args in a child process; its output is kept.
func startKG(t *testing.T, args ...string) *kgProcess {
	t.Helper()
	return startCommand(t, kgCommand(t, args...), args)
}

// startCommand starts cmd, a command kgCommand made for args; its output is kept.
func startCommand(t *testing.T, cmd *exec.Cmd, args []string) *kgProcess {
	t.Helper()
	p := &kgProcess{t: t, args: args, cmd: cmd, done: make(chan struct{})}
	p.cmd.Stdout = &p.stdout
	p.cmd.Stderr = &p.stderr
	resetPeakRSS()
	p.start = time.Now()
	if err := p.cmd.Start(); err != nil {
		t.Fatalf("start kg %s: %v", strings.Join(args, " "), err)
	}
	go func() {
		p.cmd.Wait()
		close(p.done)
	}()
	t.Cleanup(func() {
		select {
		case <-p.done:
		default:
			p.cmd.Process.Kill()
			<-p.done
		}
	})
	return p
}

// resetPeakRSS lowers this test process's peak resident set to its current one. Go starts a
// child with CLONE_VM, and Linux carries the parent's peak into the child's ru_maxrss at
// exec, so without this a child "peaks" at whatever the test process once held (227 MB
// after an earlier test in one CI run, while kg itself stayed small). Writing 5 to
// clear_refs resets VmHWM (Linux 4.0 and later); where it cannot, nothing changes.
func resetPeakRSS() {
	debug.FreeOSMemory()
	_ = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0)
}

// exited reports whether the child has ended.
func (p *kgProcess) exited() bool {
	select {
	case <-p.done:
		return true
	default:
		return false
	}
}

// wait waits for the child to end and returns its exit status (-1 when a signal ended
// it). A child that runs longer than limit is killed and the test fails: kg hung.
func (p *kgProcess) wait(limit time.Duration) int {
	p.t.Helper()
	select {
	case <-p.done:
	case <-time.After(limit):
		p.cmd.Process.Kill()
		<-p.done
		p.t.Fatalf("kg %s still ran after %s: it hangs\nstderr: %s", strings.Join(p.args, " "), limit, tail(p.stderr.String()))
	}
	return p.cmd.ProcessState.ExitCode()
}

// kill sends SIGKILL and waits for the child to die. It reports whether the signal
// ended the child (false: it had exited already).
func (p *kgProcess) kill() bool {
	p.t.Helper()
	p.cmd.Process.Signal(syscall.SIGKILL)
	<-p.done
	ws, ok := p.cmd.ProcessState.Sys().(syscall.WaitStatus)
	return ok && ws.Signaled() && ws.Signal() == syscall.SIGKILL
}

// written is how many bytes the child has written so far (wchar in /proc/PID/io:
// the store's pages and its output); ok is false where the system does not say.
func (p *kgProcess) written() (n int64, ok bool) {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/io", p.cmd.Process.Pid))
	if err != nil {
		return 0, false
	}
	for _, line := range strings.Split(string(data), "\n") {
		if v, found := strings.CutPrefix(line, "wchar:"); found {
			n, err := strconv.ParseInt(strings.TrimSpace(v), 10, 64)
			return n, err == nil
		}
	}
	return 0, false
}

// tail is the end of a long output, for failure messages.
func tail(s string) string {
	if len(s) > 2000 {
		return "…" + s[len(s)-2000:]
	}
	return s
}

// inventedReport is a short invented news report, as a Markdown file with front matter.
type inventedReport struct{ name, url, text string }

// inventReport writes report number i: a disaster in one of a handful of towns,
// reported by one of several outlets over four days, with figures that rise, agree and
// disagree with other reports, a quote, attributions and sometimes a relation, so that
// the store links it to other reports. Its story (place, event, outlet, URL) depends on
// i only; version 1 and up are corrected versions of the same report: the same URL,
// new figures. The same arguments give the same report.
func inventReport(i, version int) inventedReport {
	type place struct{ town, country, agency, official, role string }
	places := []place{
		{"Izmir", "Turkey", "the disaster agency AFAD", "Mehmet Kaya", "head of AFAD"},
		{"Valparaiso", "Chile", "the emergency office ONEMI", "Lucia Rojas", "director of ONEMI"},
		{"Kobe", "Japan", "the Fire and Disaster Management Agency", "Kenji Sato", "spokesman for the agency"},
		{"Naples", "Italy", "the Civil Protection Department", "Elena Rossi", "head of civil protection"},
		{"Cebu", "Philippines", "the national disaster council", "Jose Cruz", "spokesman for the council"},
		{"Quito", "Ecuador", "the Secretariat for Risk Management", "Ana Vega", "secretary for risk management"},
	}
	events := []struct{ noun, verb string }{
		{"earthquake", "struck"}, {"flood", "swept through"}, {"landslide", "buried homes in"},
		{"bombing", "hit a market in"}, {"fire", "tore through"},
	}
	outlets := []struct{ name, host string }{
		{"The Daily Ledger", "ledger"}, {"Northfield Gazette", "gazette"}, {"Harbor Wire", "harborwire"},
		{"Channel 9", "channel9"}, {"Coastal Times", "coastaltimes"},
	}
	hedges := []string{"At least", "More than", "Nearly", "About", ""}
	weekdays := []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

	story := rand.New(rand.NewSource(int64(i)))
	p := places[story.Intn(len(places))]
	e := events[(i/len(places)+story.Intn(2))%len(events)]
	o := outlets[story.Intn(len(outlets))]
	day := 3 + story.Intn(4) // the event, 3–6 June 2031
	published := time.Date(2031, 6, day+story.Intn(3), 6+story.Intn(12), 0, 0, 0, time.UTC)
	when := weekdays[time.Date(2031, 6, day, 0, 0, 0, 0, time.UTC).Weekday()]
	url := fmt.Sprintf("https://%s.example.com/2031/06/%02d/%s-%s-%d", o.host, published.Day(), strings.ToLower(p.town), e.noun, i)
	name := fmt.Sprintf("%s-%03d-%s.md", published.Format("2006-01-02"), i, strings.ToLower(p.town))

	fig := rand.New(rand.NewSource(int64(i)*1000 + int64(version)))
	killed := 3 + fig.Intn(40)
	hedge := hedges[fig.Intn(len(hedges))]
	toll := strconv.Itoa(killed)
	if hedge != "" {
		toll = strings.ToLower(hedge) + " " + toll
	}
	var b strings.Builder
	fmt.Fprintf(&b, "<p>%s, %s — A %s %s %s on %s, killing %s people, %s said.</p>\n",
		strings.ToUpper(p.town), p.country, e.noun, e.verb, p.town, when, toll, p.agency)
	fmt.Fprintf(&b, "<p>%d people were injured and %d are missing, police said.</p>\n", killed*2+fig.Intn(60), fig.Intn(25))
	fmt.Fprintf(&b, "<p>\"We are searching every street of %s,\" said %s, the %s.</p>\n", p.town, p.official, p.role)
	if fig.Intn(2) == 0 {
		q := places[fig.Intn(len(places))]
		fmt.Fprintf(&b, "<p>The government of %s rejects the offer of rescue teams from %s, the interior minister said.</p>\n", p.country, q.country)
	}
	if fig.Intn(3) == 0 {
		fmt.Fprintf(&b, "<p>A local hospital put the toll at %d, according to %s.</p>\n", killed+5+fig.Intn(20), o.name)
	}
	title := fmt.Sprintf("%s in %s kills %s", strings.ToUpper(e.noun[:1])+e.noun[1:], p.town, toll)
	if version > 0 {
		title = "Corrected: " + title
		published = published.Add(time.Duration(version) * 3 * time.Hour)
		name = strings.TrimSuffix(name, ".md") + fmt.Sprintf("-corrected-%d.md", version)
	}
	text := fmt.Sprintf("---\ntitle: %q\ndate: %s\nurl: %s\npublisher: %s\n---\n%s",
		title, published.Format("2006-01-02 15:04:05"), url, o.name, b.String())
	return inventedReport{name: name, url: url, text: text}
}

// writeReports writes reports first to first+n-1 (version 0) into dir, and returns dir.
func writeReports(t testing.TB, dir string, first, n int) string {
	t.Helper()
	for i := first; i < first+n; i++ {
		writeReport(t, dir, inventReport(i, 0))
	}
	return dir
}

func writeReport(t testing.TB, dir string, r inventedReport) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, r.name), []byte(r.text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// storeState is what a store holds, as kg stats --json and kg export show it.
type storeState struct {
	stats  graph.Stats
	export string
}

func stateOf(t *testing.T, db string) storeState {
	t.Helper()
	var st graph.Stats
	out := mustKG(t, "stats", "--db", db, "--json")
	if err := json.Unmarshal([]byte(out), &st); err != nil {
		t.Fatalf("stats --json: %v\n%s", err, out)
	}
	export := mustKG(t, "export", "--db", db)
	if n := int64(strings.Count(export, "\n")); n != st.Quads {
		t.Errorf("%s: kg stats counts %d quads, kg export writes %d", db, st.Quads, n)
	}
	return storeState{stats: st, export: export}
}

// diffLines says which lines one sorted export has that the other lacks (a few of each).
func diffLines(want, got string) string {
	count := func(s string) map[string]int {
		m := map[string]int{}
		for _, l := range strings.Split(s, "\n") {
			m[l]++
		}
		return m
	}
	w, g := count(want), count(got)
	var b strings.Builder
	shown := 0
	for l, n := range w {
		if g[l] < n && shown < 5 {
			fmt.Fprintf(&b, "  missing: %.300s\n", l)
			shown++
		}
	}
	shown = 0
	for l, n := range g {
		if w[l] < n && shown < 5 {
			fmt.Fprintf(&b, "  extra:   %.300s\n", l)
			shown++
		}
	}
	return b.String()
}

// TestCrashDuringLoad kills `kg load` with SIGKILL at several points, loads again after
// each kill, and finally to the end; the store must then equal a clean load of the same
// files (kg stats --json, kg export). Small batches make transactions commit all
// through the load, so the kills land between and inside commits.
func TestCrashDuringLoad(t *testing.T) {
	for _, backend := range crashBackends {
		t.Run(backend, func(t *testing.T) {
			t.Run("invented reports", func(t *testing.T) {
				// A store that already holds 40 reports; the load adds 80 more, corrected
				// versions of 12 of the stored ones (each a replacement: two transactions),
				// and the examples (JSON Lines, a feed, HTML, text and N-Quads).
				before := writeReports(t, t.TempDir(), 0, 40)
				dir := writeReports(t, t.TempDir(), 40, 80)
				for i := 2; i < 40; i += 3 {
					writeReport(t, dir, inventReport(i, 1))
				}
				crashAndResume(t, backend, []string{before}, []string{examples, dir}, 40+80+7)
			})
			t.Run("news-2016 first 200", func(t *testing.T) {
				const corpus = "../../../shared/corpus/news-2016"
				entries, err := os.ReadDir(corpus)
				if err != nil {
					t.Skipf("the real corpus is not here (%v): the invented reports stand in for it", err)
				}
				if testing.Short() {
					t.Skip("loads 200 real articles a few times over; skipped in -short mode")
				}
				var paths []string
				for _, e := range entries {
					if strings.HasSuffix(e.Name(), ".md") && len(paths) < 200 {
						paths = append(paths, filepath.Join(corpus, e.Name()))
					}
				}
				crashAndResume(t, backend, nil, paths, len(paths))
			})
		})
	}
}

// crashBackends are the backends the crash tests run on: the default, and bolt.
var crashBackends = []string{graph.Default, graph.Bolt}

// crashAndResume loads base and then paths into a store cleanly, and into another with
// kills: base whole, then paths in runs that are each killed once they have written a
// slice of what the clean load wrote (the first almost at once), and a last run that
// finishes. articles is how many articles the clean store must hold.
func crashAndResume(t *testing.T, backend string, base, paths []string, articles int) {
	t.Helper()
	load := func(db string, paths []string) []string {
		return append([]string{"load", "--backend", backend, "--db", db, "--batch", "200", "--no-progress", "--jobs", "2"}, paths...)
	}
	tmp := t.TempDir()
	clean, db := filepath.Join(tmp, "clean.db"), filepath.Join(tmp, "crashed.db")
	if len(base) > 0 {
		for _, d := range []string{clean, db} {
			if code, out, errs := runKG(t, load(d, base)...); code != 0 {
				t.Fatalf("load %v: exit %d\n%s%s", base, code, out, errs)
			}
		}
	}

	// The clean load, and how much it writes.
	p := startKG(t, load(clean, paths)...)
	var total int64
	for !p.exited() {
		if n, ok := p.written(); ok && n > total {
			total = n
		}
		time.Sleep(2 * time.Millisecond)
	}
	if code := p.wait(hangLimit); code != 0 {
		t.Fatalf("clean load: exit %d\n%s", code, tail(p.stdout.String()+p.stderr.String()))
	}
	cleanTime := time.Since(p.start)
	want := stateOf(t, clean)
	if want.stats.Articles != articles {
		t.Fatalf("clean load stored %d articles, want %d: %s", want.stats.Articles, articles, tail(p.stdout.String()))
	}
	t.Logf("clean load: %v, %s written, %+v", cleanTime.Round(time.Millisecond), mb(total), want.stats)

	// The same load, killed again and again. Without /proc/PID/io the kills fall at
	// fractions of the clean load's time instead.
	const kills = 5
	var before graph.Stats
	if len(base) > 0 {
		before = stateOf(t, db).stats
	}
	interrupted := 0
	for i := 0; i < kills; i++ {
		target, after := total/(kills+1), cleanTime/(kills+1)
		if i == 0 {
			target, after = total/50, cleanTime/50
		}
		p := startKG(t, load(db, paths)...)
		for !p.exited() {
			n, ok := p.written()
			if (ok && n >= target) || (!ok && time.Since(p.start) >= after) {
				break
			}
			time.Sleep(time.Millisecond)
		}
		n, _ := p.written()
		killed := p.kill()
		// A killed store opens and reads (its content is checked at the end).
		var st graph.Stats
		if _, holds := graph.KindOf(db); holds {
			if err := json.Unmarshal([]byte(mustKG(t, "stats", "--db", db, "--json")), &st); err != nil {
				t.Fatalf("stats after kill %d: %v", i+1, err)
			}
		}
		if killed && st != before && st != want.stats {
			interrupted++
		}
		t.Logf("kill %d: after %v and %s written (killed: %v): store holds %d articles, %d quads",
			i+1, time.Since(p.start).Round(time.Millisecond), mb(n), killed, st.Articles, st.Quads)
	}
	if interrupted < 3 {
		t.Errorf("only %d of %d kills fell inside the load (a store changed but not finished): the test proved little", interrupted, kills)
	}

	// The last run goes to the end.
	p = startKG(t, load(db, paths)...)
	if code := p.wait(hangLimit); code != 0 {
		t.Fatalf("load after the kills: exit %d\n%s", code, tail(p.stdout.String()+p.stderr.String()))
	}
	t.Logf("last run: %s", strings.TrimSpace(p.stdout.String()))
	got := stateOf(t, db)
	if got.stats != want.stats {
		t.Errorf("stats after kills and reloads = %+v\nclean load                    = %+v", got.stats, want.stats)
	}
	if got.export != want.export {
		t.Errorf("export after kills and reloads differs from a clean load (%d vs %d bytes):\n%s",
			len(got.export), len(want.export), diffLines(want.export, got.export))
	}
}

func mb(n int64) string { return fmt.Sprintf("%.1f MB", float64(n)/1e6) }

// TestStoreInUse holds a store in a child kg (kg serve --writable; a load stopped in the
// middle) and checks that kg in this process is told the store is in use, and is not
// left waiting.
func TestStoreInUse(t *testing.T) {
	for _, backend := range crashBackends {
		t.Run(backend, func(t *testing.T) { storeInUse(t, backend) })
	}
}

func storeInUse(t *testing.T, backend string) {
	reports := writeReports(t, t.TempDir(), 0, 20)

	// secondOpens runs commands (each waits two seconds for the lock) in this process.
	secondOpens := func(t *testing.T, db string, commands ...string) {
		t.Helper()
		for _, command := range commands {
			args := map[string][]string{
				"stats": {"stats", "--backend", backend, "--db", db},
				"load":  {"load", "--backend", backend, "--db", db, "--no-progress", examples},
				"query": {"query", "--backend", backend, "--db", db, "figures"},
			}[command]
			type result struct {
				code   int
				stderr string
			}
			done := make(chan result, 1)
			start := time.Now()
			go func() {
				var out, errb bytes.Buffer
				code := run(append([]string{"kg"}, args...), strings.NewReader(""), &out, &errb)
				done <- result{code, errb.String()}
			}()
			select {
			case r := <-done:
				t.Logf("kg %s: told after %v: %s", args[0], time.Since(start).Round(10*time.Millisecond), strings.TrimSpace(r.stderr))
				want := fmt.Sprintf("store %s is in use by another kg process", db)
				if r.code != 1 || !strings.Contains(r.stderr, want) {
					t.Errorf("kg %s on a store in use: exit %d, stderr %q; want 1 and %q", args[0], r.code, r.stderr, want)
				}
			case <-time.After(time.Minute):
				t.Fatalf("kg %s on a store in use still waits after a minute", args[0])
			}
		}
	}

	t.Run("serve --writable", func(t *testing.T) {
		db := filepath.Join(t.TempDir(), "kg.db")
		mustKG(t, "load", "--backend", backend, "--db", db, "--no-progress", reports)
		cmd := kgCommand(t, "serve", "--backend", backend, "--db", db, "--writable", "--addr", "127.0.0.1:0")
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		var errb bytes.Buffer
		cmd.Stderr = &errb
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		defer func() { cmd.Process.Kill(); cmd.Wait() }()
		ready := make(chan string, 1)
		go func() {
			line, _ := bufio.NewReader(out).ReadString('\n')
			ready <- line
			io.Copy(io.Discard, out)
		}()
		select {
		case line := <-ready:
			if !strings.Contains(line, "serving") {
				t.Fatalf("kg serve did not start: %q\n%s", line, errb.String())
			}
		case <-time.After(time.Minute):
			t.Fatalf("kg serve did not start in a minute\n%s", errb.String())
		}
		secondOpens(t, db, "stats", "load", "query")
	})

	t.Run("load in progress", func(t *testing.T) {
		db := filepath.Join(t.TempDir(), "kg.db")
		p := startKG(t, "load", "--backend", backend, "--db", db, "--no-progress", "--batch", "1", reports)
		// Once the load has written to its store, stop it where it stands: it keeps the
		// store open while the second process tries.
		// (Bytes written are not enough: a line on stderr counts too, and may come
		// before the store is open.)
		for {
			held := holdsFile(p.cmd.Process.Pid, filepath.Join(db, "indexes.bolt")) || holdsFile(p.cmd.Process.Pid, filepath.Join(db, "kg.lock"))
			if held {
				if n, ok := p.written(); !ok || n > 0 {
					break
				}
			}
			if p.exited() {
				t.Fatalf("the load ended before it could be stopped: %s", p.stderr.String())
			}
			time.Sleep(time.Millisecond)
		}
		if err := p.cmd.Process.Signal(syscall.SIGSTOP); err != nil {
			t.Fatal(err)
		}
		defer p.cmd.Process.Signal(syscall.SIGCONT)
		if p.exited() {
			t.Fatal("the load ended before it could be stopped")
		}
		secondOpens(t, db, "stats", "load")
		p.kill()
	})
}

// holdsFile reports whether process pid has file open.
func holdsFile(pid int, file string) bool {
	fds, err := os.ReadDir(fmt.Sprintf("/proc/%d/fd", pid))
	if err != nil {
		return false
	}
	for _, fd := range fds {
		if target, err := os.Readlink(fmt.Sprintf("/proc/%d/fd/%s", pid, fd.Name())); err == nil && target == file {
			return true
		}
	}
	return false
}

// TestLoadInRuns loads the same files in one run and in several (as a killed load
// resumed does, or a person who loads a folder twice): the stores must be equal. What
// the linker keeps in memory during a run must be what it reads back from the store in
// the next one.
func TestLoadInRuns(t *testing.T) {
	story := func(title, published, url, publisher, text string) string {
		s := fmt.Sprintf("---\ntitle: %q\ndate: %s\n", title, published)
		if url != "" {
			s += "url: " + url + "\n"
		}
		return s + "publisher: " + publisher + "\n---\n" + text + "\n"
	}
	tests := []struct {
		name     string
		files    map[string]string // name → content, written into the case's folder
		invented [][2]int          // invented reports [i, version] written too
		together []string          // one run: these paths
		runs     [][]string        // the same paths in several runs
	}{
		{
			// The Ankara report joins the event that the first report placed in
			// Turkey only, in one run or two: the event keeps every place its
			// reports gave.
			name: "event places",
			files: map[string]string{
				"a.md": story("Suicide bombing in Turkey kills 10", "2031-06-04 08:00:00", "", "Harbor Wire",
					"A suicide bombing in Turkey killed 10 people on Tuesday, officials said."),
				"b.md": story("Istanbul bombing kills 11", "2031-06-04 09:00:00", "", "The Daily Ledger",
					"ISTANBUL, Turkey — A suicide bombing in Istanbul killed 11 people on Tuesday, police said."),
				"c.md": story("Ankara bombing kills 12", "2031-06-04 10:00:00", "", "Coastal Times",
					"ANKARA, Turkey — A suicide bombing in Ankara killed 12 people on Tuesday, the governor said."),
			},
			together: []string{"a.md", "b.md", "c.md"},
			runs:     [][]string{{"a.md", "b.md"}, {"c.md"}},
		},
		{
			// Two versions of one article in a folder, and a report that conflicts
			// with both, loaded after them: a finding is labelled by the later report
			// and lists its claims by publication, whichever was loaded last.
			name: "a folder loaded twice",
			files: map[string]string{
				"1-first.md": story("Flood in Quito kills 9", "2031-06-04 08:00:00", "https://ledger.example.com/quito-flood", "The Daily Ledger",
					"QUITO, Ecuador — A flood swept through Quito on Tuesday, killing 9 people, the Secretariat for Risk Management said."),
				"2-corrected.md": story("Corrected: Flood in Quito kills 12", "2031-06-04 10:00:00", "https://ledger.example.com/quito-flood", "The Daily Ledger",
					"QUITO, Ecuador — A flood swept through Quito on Tuesday, killing 12 people, the Secretariat for Risk Management said."),
				"3-other.md": story("Quito flood kills 20", "2031-06-04 09:00:00", "https://gazette.example.com/quito", "Northfield Gazette",
					"QUITO, Ecuador — A flood swept through Quito on Tuesday, killing 20 people, police said."),
			},
			together: []string{"."},
			runs:     [][]string{{"."}, {"."}},
		},
		{
			// A corrected report that names its own outlet in the text: the outlet is
			// a node both as publisher and as an entity named, and its name quad must
			// be deleted once with the old version, not twice (Cayley's kv stores then
			// count the quads and the node's references down twice, and lose nodes).
			name: "a correction that names its outlet",
			files: map[string]string{
				"1.md": story("Fire in Kobe kills 9", "2031-06-04 08:00:00", "https://harborwire.example.com/kobe-fire", "Harbor Wire",
					"KOBE, Japan — A fire tore through Kobe on Tuesday, killing 9 people, police said. A local hospital put the toll at 14, according to Harbor Wire."),
				"2.md": story("Corrected: Fire in Kobe kills 12", "2031-06-04 10:00:00", "https://harborwire.example.com/kobe-fire", "Harbor Wire",
					"KOBE, Japan — A fire tore through Kobe on Tuesday, killing 12 people, police said. A local hospital put the toll at 15, according to Harbor Wire."),
			},
			together: []string{"."},
			runs:     [][]string{{"1.md"}, {"2.md"}},
		},
		{
			// Invented reports, corrected versions among them: a finding never involves
			// the claims of an article being replaced, and an event of two equally
			// close ones is chosen alike in memory and from the store.
			name:     "corrections split across runs",
			invented: inventedRange(0, 60, [][2]int{{2, 1}, {5, 1}, {8, 1}, {11, 1}, {14, 1}, {17, 1}, {20, 1}, {23, 1}, {26, 1}}),
			together: []string{"."},
			runs:     [][]string{{"first half"}, {"."}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, text := range tc.files {
				writeReport(t, dir, inventedReport{name: name, text: text})
			}
			var names []string // the invented reports, by name
			for _, iv := range tc.invented {
				r := inventReport(iv[0], iv[1])
				writeReport(t, dir, r)
				names = append(names, r.name)
			}
			sort.Strings(names)
			in := func(paths []string) []string {
				var out []string
				for _, p := range paths {
					if p == "first half" {
						for _, n := range names[:len(names)/2] {
							out = append(out, filepath.Join(dir, n))
						}
						continue
					}
					out = append(out, filepath.Join(dir, p))
				}
				return out
			}
			load := func(db string, paths []string) {
				t.Helper()
				args := append([]string{"load", "--db", db, "--no-progress"}, in(paths)...)
				if code, out, errs := runKG(t, args...); code != 0 {
					t.Fatalf("kg %s: exit %d\n%s%s", strings.Join(args, " "), code, out, errs)
				}
			}
			one, several := filepath.Join(t.TempDir(), "one.db"), filepath.Join(t.TempDir(), "several.db")
			load(one, tc.together)
			for _, r := range tc.runs {
				load(several, r)
			}
			want, got := stateOf(t, one), stateOf(t, several)
			if got.stats != want.stats {
				t.Errorf("stats after %d runs = %+v\nafter one run      = %+v", len(tc.runs), got.stats, want.stats)
			}
			if got.export != want.export {
				t.Errorf("export after %d runs differs from one run:\n%s", len(tc.runs), diffLines(want.export, got.export))
			}
		})
	}
}

// inventedRange lists reports first to first+n-1 (version 0) and the extra versions given.
func inventedRange(first, n int, extra [][2]int) [][2]int {
	var out [][2]int
	for i := first; i < first+n; i++ {
		out = append(out, [2]int{i, 0})
	}
	return append(out, extra...)
}
