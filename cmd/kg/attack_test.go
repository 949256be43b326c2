//go:build linux

package main

// Hostile scripts and requests, end to end: kg query and kg serve run as child
// processes whose address space is capped (addressSpace), so that a regression fails
// the test instead of taking the machine's memory, and whose time is bounded. Every
// attack must end in an error that says what happened; kg serve must survive each
// and answer a normal query right after it.

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// addressSpaceEnv caps a child's address space (RLIMIT_AS, bytes): past it an
// allocation fails and Go ends the child with "out of memory", a crash the test sees.
const addressSpaceEnv = "KG_TEST_ADDRESS_SPACE"

// addressSpace is the cap for the children of these tests. Go reserves about twice
// the heap it uses.
const addressSpace = 4 << 30

// maxStackEnv lowers the most stack a goroutine of a child may take (bytes; Go's is
// 1 GB), so that what recursion without end a guard lets through overflows a stack
// on values of a few hundred thousand levels, quick to build, rather than millions.
const maxStackEnv = "KG_TEST_MAX_STACK"

// maxStack is the stack bound of the children of these tests: a value deepValue
// levels deep overflows it in any code that recurses into it.
const (
	maxStack  = 16 << 20
	deepValue = 300000
)

func init() {
	childSetup = func() {
		if v := os.Getenv(addressSpaceEnv); v != "" {
			n, err := strconv.ParseUint(v, 10, 64)
			if err == nil {
				syscall.Setrlimit(syscall.RLIMIT_AS, &syscall.Rlimit{Cur: n, Max: n})
			}
		}
		if v := os.Getenv(maxStackEnv); v != "" {
			if n, err := strconv.Atoi(v); err == nil {
				debug.SetMaxStack(n)
			}
		}
	}
}

// childBounds are the environment variables that bound a child's memory and stack.
func childBounds() []string {
	return []string{fmt.Sprintf("%s=%d", addressSpaceEnv, addressSpace), fmt.Sprintf("%s=%d", maxStackEnv, maxStack)}
}

// cappedKG starts kg with args in a child process with its address space and stacks
// bounded.
func cappedKG(t *testing.T, args ...string) *kgProcess {
	t.Helper()
	cmd := kgCommand(t, args...)
	cmd.Env = append(cmd.Env, childBounds()...)
	return startCommand(t, cmd, args)
}

// crashed reports whether a child's stderr shows a Go crash.
func crashed(stderr string) bool {
	for _, s := range []string{"fatal error", "goroutine ", "panic:", "runtime: "} {
		if strings.Contains(stderr, s) {
			return true
		}
	}
	return false
}

// examplesStore loads the examples into a store of the default backend and returns its path.
func examplesStore(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "kg.db")
	mustKG(t, "load", "--db", db, "--no-progress", examples)
	return db
}

// deep is a script that builds an object n deep in o, then runs then.
func deep(n int, then string) string {
	return fmt.Sprintf("var o = {}; for (var i = 0; i < %d; i++) o = {o: o};\n%s", n, then)
}

// hostileValues are scripts that hand Gizmo values that an unguarded kg recurses into
// without end, or deeper than its stack (each ended kg serve or kg query -e with
// "fatal error: stack overflow"). want is in the error; "" means the script must
// succeed.
var hostileValues = []struct{ name, script, want string }{
	{"cyclic object to emit", `var o = {}; o.o = o; g.emit(o)`, "emit(): the value contains itself"},
	{"cyclic array to emit", `var a = []; a.push(a); g.emit(a)`, "emit(): the value contains itself"},
	{"cyclic array to V", `var a = []; a.push(a); g.V(a).all()`, "V(): the value contains itself"},
	{"cyclic array to out", `var a = ["<x>"]; a.push(a); g.V().out(a).all()`, "out(): the value contains itself"},
	{"cycle through a getter", `var o = {get x() { return o }}; g.emit(o)`, "contains itself"},
	{"cyclic last value", `var a = []; a.push(a); a`, "the script's last value: the value contains itself"},
	{"endless depth through getters", `function mk() { return {get o() { return mk() }} }; g.emit(mk())`, "more than 100 deep"},
	{"a tree of 2^40 shared leaves", `var a = [1]; for (var i = 0; i < 40; i++) a = [a, a]; g.emit(a)`, "more than 1048576 values"},
	{"deep array to out", deep(deepValue, `var a = "<x>"; for (var i = 0; i < 1000; i++) a = [a]; g.V().out(a).all()`), "out(): the value nests"},
	{"a Map to emit", `g.emit(new Map([[1, 2]]))`, "holds a Map"},
	{"deep object to emit", deep(deepValue, "g.emit(o)"), "emit(): the value nests arrays and objects more than 100 deep"},
	{"deep last value", deep(deepValue, "o"), "the script's last value: the value nests"},
	{"deep object stored in toArray's result", deep(deepValue, "var r = g.V().toArray(); r[0] = o; g.emit(r.length > 0)"), ""},
	{"deep object stored in a callback's argument", deep(deepValue, "var n = 0; g.V().forEach(function (d) { d.x = o; n++ }); g.emit(n > 0)"), ""},
}

// TestQueryHostileValues runs each hostile script with kg query -e.
func TestQueryHostileValues(t *testing.T) {
	db := examplesStore(t)
	for _, tt := range hostileValues {
		t.Run(tt.name, func(t *testing.T) {
			p := cappedKG(t, "query", "--db", db, "--json", "-e", tt.script)
			code := p.wait(2 * time.Minute)
			stderr := p.stderr.String()
			if crashed(stderr) {
				t.Fatalf("kg crashed (exit %d):\n%s", code, tail(stderr))
			}
			if tt.want == "" {
				if code != 0 || strings.TrimSpace(p.stdout.String()) != "[\ntrue\n]" {
					t.Errorf("exit %d, stdout %q, stderr %q: want the script's true", code, p.stdout.String(), stderr)
				}
				return
			}
			if code != 1 || !strings.Contains(stderr, tt.want) {
				t.Errorf("exit %d, stderr %q: want 1 and %q", code, stderr, tt.want)
			}
		})
	}
}

// TestQueryErrorsLikeServer: kg query words a script's error as kg serve does, with
// the place in the script, not in the program kg wraps around it.
func TestQueryErrorsLikeServer(t *testing.T) {
	db := examplesStore(t)
	tests := []struct{ script, want string }{
		{"function f(n) { return f(n + 1) }\nf(0)", "kg: the script nests calls more than 1000 deep (line 1, column 25)\n"},
		{"var x = 1;\n\nthrow new Error(\"stop here\")", "kg: stop here (line 3, column 7)\n"},
		{"g.V().out({}).all()", "kg: TypeError: gizmo cannot run out() with these arguments"},
	}
	for _, tt := range tests {
		code, _, stderr := runKG(t, "query", "--db", db, "-e", tt.script)
		if code != 1 || !strings.HasPrefix(stderr, tt.want) || strings.Contains(stderr, "<eval>") {
			t.Errorf("%q: exit %d, stderr %q; want 1 and %q", tt.script, code, stderr, tt.want)
		}
	}
}

// memoryHogs grow a script's memory without end: the first took kg serve past 6 GB
// in 17 seconds, the second past 4 GB in 7.
var memoryHogs = []struct{ name, script string }{
	{"arrays", `var a = []; while (true) a.push(new Array(1e6))`},
	{"string doubling", `var s = "xx"; while (true) s += s`},
}

// TestQueryMemoryBound stops each memory hog at --max-memory.
func TestQueryMemoryBound(t *testing.T) {
	db := examplesStore(t)
	for _, tt := range memoryHogs {
		t.Run(tt.name, func(t *testing.T) {
			p := cappedKG(t, "query", "--db", db, "--max-memory", "128MiB", "-e", tt.script)
			code := p.wait(2 * time.Minute)
			stderr := p.stderr.String()
			rss := maxRSS(t, p.cmd.ProcessState)
			t.Logf("exit %d in %v, peak RSS %d MB: %s", code, time.Since(p.start).Round(time.Millisecond), rss>>20, strings.TrimSpace(stderr))
			if crashed(stderr) {
				t.Fatalf("kg crashed:\n%s", tail(stderr))
			}
			if code != 1 || !strings.Contains(stderr, "took too much memory") || !strings.Contains(stderr, "128 MiB") || !strings.Contains(stderr, "--max-memory") {
				t.Errorf("exit %d, stderr %q: want 1 and the bound named", code, stderr)
			}
			// One step of a script can overshoot the bound by what it allocates at
			// once: doubling a 64 MiB string takes 128 MiB more, and a copy.
			if rss > 1<<30 {
				t.Errorf("peak RSS %d MB for a bound of 128 MiB", rss>>20)
			}
		})
	}
}

// kgServer is kg serve running as a child process.
type kgServer struct {
	t      *testing.T
	cmd    *exec.Cmd
	url    string
	host   string // host:port
	stderr bytes.Buffer
	done   chan struct{}
}

var servingAt = regexp.MustCompile(`at (http://([^/ ]+))/`)

// startServe starts kg serve over db, with its address space capped, and waits until
// it listens.
func startServe(t *testing.T, db string, args ...string) *kgServer {
	t.Helper()
	all := append([]string{"serve", "--db", db, "--addr", "127.0.0.1:0"}, args...)
	s := &kgServer{t: t, cmd: kgCommand(t, all...), done: make(chan struct{})}
	s.cmd.Env = append(s.cmd.Env, childBounds()...)
	out, err := s.cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	s.cmd.Stderr = &s.stderr
	if err := s.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lines := make(chan string, 1)
	go func() {
		line, _ := bufio.NewReader(out).ReadString('\n')
		lines <- line
		io.Copy(io.Discard, out)
	}()
	go func() {
		s.cmd.Wait()
		close(s.done)
	}()
	t.Cleanup(func() {
		s.cmd.Process.Kill()
		<-s.done
	})
	select {
	case line := <-lines:
		m := servingAt.FindStringSubmatch(line)
		if m == nil {
			<-s.done
			t.Fatalf("kg serve did not start: %q\n%s", line, s.stderr.String())
		}
		s.url, s.host = m[1], m[2]
	case <-time.After(time.Minute):
		t.Fatal("kg serve did not start in a minute")
	}
	return s
}

// alive fails the test when the server has ended.
func (s *kgServer) alive() {
	s.t.Helper()
	select {
	case <-s.done:
		s.t.Fatalf("kg serve has ended:\n%s", tail(s.stderr.String()))
	default:
	}
}

// peakRSS is the server's peak resident set so far (VmHWM), in bytes.
func (s *kgServer) peakRSS() int64 {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", s.cmd.Process.Pid))
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			n, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			return n << 10
		}
	}
	return 0
}

// answer is what a test reads of a response.
type answer struct {
	status int
	header http.Header
	body   string
}

var client = &http.Client{Timeout: 2 * time.Minute}

// do sends a request to the server; a nil body sends none.
func (s *kgServer) do(method, path string, body []byte, header map[string]string) answer {
	s.t.Helper()
	var rd io.Reader
	if body != nil {
		rd = bytes.NewReader(body)
	}
	req, err := http.NewRequest(method, s.url+path, rd)
	if err != nil {
		s.t.Fatal(err)
	}
	for k, v := range header {
		if k == "Host" {
			req.Host = v
			continue
		}
		req.Header.Set(k, v)
	}
	res, err := client.Do(req)
	if err != nil {
		s.alive()
		s.t.Fatalf("%s %s: %v", method, path, err)
	}
	defer res.Body.Close()
	data, _ := io.ReadAll(res.Body)
	return answer{status: res.StatusCode, header: res.Header, body: string(data)}
}

// normalQuery checks that the server answers a plain query right.
func (s *kgServer) normalQuery() {
	s.t.Helper()
	s.alive()
	r := s.do("POST", "/api/v2/query?lang=gizmo", []byte(`g.emit(g.V().count())`), nil)
	var v struct{ Result []float64 }
	if r.status != http.StatusOK || json.Unmarshal([]byte(r.body), &v) != nil || len(v.Result) != 1 || v.Result[0] < 100 {
		s.t.Fatalf("a normal query after the attack: status %d: %.300s", r.status, r.body)
	}
}

// TestServeHostileValues sends each hostile script to every endpoint that runs Gizmo.
func TestServeHostileValues(t *testing.T) {
	db := examplesStore(t)
	srv := startServe(t, db)
	endpoints := []struct{ method, path string }{
		{"POST", "/api/v2/query?lang=gizmo"},
		{"GET", "/api/v2/query?lang=gizmo&qu="},
		{"POST", "/api/v1/query/gizmo"},
		{"POST", "/api/v1/shape/gizmo"},
	}
	for _, tt := range hostileValues {
		t.Run(tt.name, func(t *testing.T) {
			for _, e := range endpoints {
				if tt.want == "" && strings.Contains(e.path, "shape") {
					continue // the shape endpoint runs no finals: nothing to store into
				}
				var r answer
				if e.method == "GET" {
					r = srv.do("GET", e.path+urlEscape(tt.script), nil, nil)
				} else {
					r = srv.do("POST", e.path, []byte(tt.script), nil)
				}
				switch {
				case tt.want == "" && (r.status != http.StatusOK || !strings.Contains(r.body, `"result":[true]`)):
					t.Errorf("%s %s: status %d: %.300s; want the script's true", e.method, e.path, r.status, r.body)
				case tt.want != "" && (r.status != http.StatusBadRequest || !strings.Contains(r.body, tt.want)):
					t.Errorf("%s %s: status %d: %.300s; want 400 and %q", e.method, e.path, r.status, r.body, tt.want)
				}
				srv.normalQuery()
			}
		})
	}
	if rss := srv.peakRSS(); rss > 1<<30 {
		t.Errorf("peak RSS %d MB", rss>>20)
	}
}

func urlEscape(s string) string {
	var b strings.Builder
	for _, c := range []byte(s) {
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte("-_.~", c) >= 0 {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}

// graphStore loads a dense invented graph (nodes nodes, each linked to fanout others)
// as N-Quads, for GraphQL's nested queries, and returns the store's path.
func graphStore(t *testing.T, nodes, fanout int) string {
	t.Helper()
	var b strings.Builder
	for i := 0; i < nodes; i++ {
		fmt.Fprintf(&b, "<kg-test:n%d> <kg-test:name> \"node %d\" .\n", i, i)
		for j := 1; j <= fanout; j++ {
			fmt.Fprintf(&b, "<kg-test:n%d> <kg-test:link> <kg-test:n%d> .\n", i, (i*7+j*13)%nodes)
		}
	}
	nq := filepath.Join(t.TempDir(), "graph.nq")
	if err := os.WriteFile(nq, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "kg.db")
	mustKG(t, "load", "--db", db, "--no-progress", nq)
	return db
}

// TestServeBounds: every query language stays within the server's result limit,
// memory bound and time limit, and the server answers after each.
func TestServeBounds(t *testing.T) {
	if testing.Short() {
		t.Skip("runs queries to their memory bound; skipped in -short mode")
	}
	db := graphStore(t, 2000, 20)
	// A time limit far enough that the memory bound comes first even on a busy machine
	// (12 s was not, with two other test suites running on two cores).
	srv := startServe(t, db, "--max-memory", "256MiB", "--limit", "50", "--timeout", "60s")
	for _, tt := range memoryHogs[:1] { // string doubling is slow in goja: kg query has it
		t.Run("gizmo "+tt.name, func(t *testing.T) {
			r := srv.do("POST", "/api/v2/query?lang=gizmo", []byte(tt.script), nil)
			if r.status != http.StatusInsufficientStorage || !strings.Contains(r.body, "256 MiB") || !strings.Contains(r.body, "kg serve --max-memory") {
				t.Errorf("status %d: %.300s; want 507 and the bound", r.status, r.body)
			}
			srv.normalQuery()
		})
	}
	t.Run("graphql, nested", func(t *testing.T) {
		// 2,000 nodes, 20 links each, three levels down: 16 million objects, stopped
		// by whichever bound it meets first.
		q := `{ nodes { id, <kg-test:link> { id, <kg-test:link> { id, <kg-test:link> { id, <kg-test:name> } } } } }`
		r := srv.do("POST", "/api/v2/query?lang=graphql", []byte(q), nil)
		if r.status != http.StatusInsufficientStorage && r.status != http.StatusServiceUnavailable {
			t.Errorf("status %d: %.300s; want 507 or 503", r.status, r.body)
		}
		srv.normalQuery()
	})
	t.Run("graphql, at the result limit", func(t *testing.T) {
		r := srv.do("POST", "/api/v2/query?lang=graphql", []byte(`{ nodes { id, <kg-test:link> { id } } }`), nil)
		var v struct {
			Data struct {
				Nodes []struct {
					Link []any `json:"<kg-test:link>"`
				}
			}
		}
		if r.status != http.StatusOK || json.Unmarshal([]byte(r.body), &v) != nil {
			t.Fatalf("status %d: %.300s", r.status, r.body)
		}
		if len(v.Data.Nodes) != 50 || r.header.Get("X-Kg-Results-Truncated") != "true" {
			t.Errorf("%d nodes, truncated %q; want 50 (--limit) and the header", len(v.Data.Nodes), r.header.Get("X-Kg-Results-Truncated"))
		}
	})
	if rss := srv.peakRSS(); rss > 2<<30 {
		t.Errorf("peak RSS %d MB with a bound of 256 MiB", rss>>20)
	}
}

// TestServeRefusesOtherSites: a page of another site may not run a query by any
// method, nor reach kg through a name of its own (DNS rebinding), not even with
// --writable; kg's own pages and programs that are no browser may.
func TestServeRefusesOtherSites(t *testing.T) {
	db := examplesStore(t)
	before := statsOf(t, db)
	srv := startServe(t, db, "--writable", "--max-body", "4096")
	query := "/api/v2/query?lang=gizmo&qu=" + urlEscape(`g.emit(g.V().count())`)
	write := []byte("<kg-test:a> <kg-test:b> <kg-test:c> .\n")
	port := srv.host[strings.LastIndexByte(srv.host, ':'):]
	tests := []struct {
		name, method, path string
		body               []byte
		header             map[string]string
		status             int
	}{
		{"cross-site GET of a query", "GET", query, nil, map[string]string{"Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "no-cors", "Origin": "https://evil.example"}, 403},
		{"same-site GET of a query (another port)", "GET", query, nil, map[string]string{"Sec-Fetch-Site": "same-site", "Sec-Fetch-Mode": "cors", "Origin": "http://127.0.0.1:1"}, 403},
		{"cross-site navigation to a query", "GET", query, nil, map[string]string{"Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "navigate"}, 403},
		{"GET from another origin, old browser", "GET", query, nil, map[string]string{"Origin": "https://evil.example"}, 403},
		{"cross-site write", "POST", "/api/v2/write", write, map[string]string{"Sec-Fetch-Site": "cross-site", "Origin": "https://evil.example"}, 403},
		{"DNS rebinding: query", "GET", query, nil, map[string]string{"Host": "evil.example" + port}, 403},
		{"DNS rebinding: write from the page's own origin", "POST", "/api/v2/write", write,
			map[string]string{"Host": "evil.example" + port, "Origin": "http://evil.example" + port, "Sec-Fetch-Site": "same-origin"}, 403},
		{"a program's query", "GET", query, nil, nil, 200},
		{"kg's own page's query", "GET", query, nil, map[string]string{"Sec-Fetch-Site": "same-origin", "Origin": srv.url}, 200},
		{"localhost", "GET", query, nil, map[string]string{"Host": "localhost" + port}, 200},
		{"a link followed to the UI", "GET", "/", nil, map[string]string{"Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "navigate"}, 200},
	}
	for _, tt := range tests {
		r := srv.do(tt.method, tt.path, tt.body, tt.header)
		if r.status != tt.status {
			t.Errorf("%s: status %d, want %d: %.200s", tt.name, r.status, tt.status, r.body)
		}
	}
	// A gzip body is limited by what it holds: 40 KB of quads in 1 KB of gzip.
	var z bytes.Buffer
	zw := gzip.NewWriter(&z)
	zw.Write(bytes.Repeat(write, 1000))
	zw.Close()
	if r := srv.do("POST", "/api/v2/write", z.Bytes(), map[string]string{"Content-Encoding": "gzip"}); r.status != http.StatusRequestEntityTooLarge {
		t.Errorf("a gzip body of %d bytes holding %d: status %d, want 413: %.200s", z.Len(), 1000*len(write), r.status, r.body)
	}
	srv.normalQuery()
	srv.cmd.Process.Signal(syscall.SIGTERM)
	<-srv.done
	if after := statsOf(t, db); after != before {
		t.Errorf("refused writes changed the store: %+v, then %+v", before, after)
	}
}

// TestServeSlowClients: a client that sends a request a byte at a time is cut off at
// the read timeout; the server answers others meanwhile.
func TestServeSlowClients(t *testing.T) {
	db := examplesStore(t)
	srv := startServe(t, db, "--read-timeout", "2s")
	conn, err := net.Dial("tcp", srv.host)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprintf(conn, "POST /api/v2/query?lang=gizmo HTTP/1.1\r\nHost: %s\r\nContent-Length: 1000\r\n\r\n", srv.host)
	start := time.Now()
	closed := make(chan time.Duration, 1)
	go func() {
		for {
			if _, err := conn.Write([]byte("g")); err != nil {
				closed <- time.Since(start)
				return
			}
			buf := make([]byte, 1)
			conn.SetReadDeadline(time.Now().Add(200 * time.Millisecond))
			if _, err := conn.Read(buf); err != nil && !os.IsTimeout(err) {
				closed <- time.Since(start)
				return
			}
		}
	}()
	srv.normalQuery()
	select {
	case d := <-closed:
		t.Logf("the slow client was cut off after %v", d.Round(time.Millisecond))
	case <-time.After(time.Minute):
		t.Fatal("a client sending a byte at a time still holds its connection after a minute")
	}
}
