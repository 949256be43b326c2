package web_test

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/factgraph/kg/graph/web"
)

// TestHostCheck: a request for a host name the server does not answer to (a page
// whose name an attacker points at kg's address: DNS rebinding) gets 403, of any
// method; IP addresses, localhost and Config.Hosts are answered.
func TestHostCheck(t *testing.T) {
	srv, h := newServer(t, web.Config{Writable: true, Hosts: []string{"kg.example.org"}})
	port := srv.URL[strings.LastIndexByte(srv.URL, ':'):]
	query := "/api/v2/query?lang=gizmo&qu=g.V(%22%3Ckg-test:un%3E%22).all()"
	before := countQuads(t, h)
	tests := []struct {
		host, method, path, body string
		status                   int
	}{
		{"evil.example" + port, "GET", query, "", 403},
		{"evil.example", "GET", query, "", 403},
		{"evil.example" + port, "POST", "/api/v2/write", "<kg-test:a> <kg-test:b> <kg-test:c> .\n", 403},
		{"evil.example" + port, "GET", "/", "", 403},
		{"127.0.0.1" + port, "GET", query, "", 200},
		{"[::1]" + port, "GET", query, "", 200},
		{"localhost" + port, "GET", query, "", 200},
		{"LOCALHOST.", "GET", query, "", 200},
		{"kg.example.org" + port, "GET", query, "", 200},
	}
	for _, tt := range tests {
		r := doHost(t, tt.method, srv.URL+tt.path, tt.host, tt.body)
		if r.status != tt.status {
			t.Errorf("%s %s for host %q: status %d, want %d: %s", tt.method, tt.path, tt.host, r.status, tt.status, r.body)
		}
	}
	if after := countQuads(t, h); after != before {
		t.Errorf("a refused write changed the store: %d quads, then %d", before, after)
	}
	all, _ := newServer(t, web.Config{Hosts: []string{"*"}})
	if r := doHost(t, "GET", all.URL+query, "anything.example", ""); r.status != http.StatusOK {
		t.Errorf("Hosts *: status %d", r.status)
	}
}

func doHost(t *testing.T, method, url, host, body string) response {
	t.Helper()
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Host = host
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var b bytes.Buffer
	b.ReadFrom(res.Body)
	return response{status: res.StatusCode, header: res.Header, body: b.String()}
}

// TestCrossSiteEveryMethod: a browser page of another site or origin may not run a
// query with GET either (the cross-origin check of net/http covers the other
// methods); a link followed to the UI still opens it.
func TestCrossSiteEveryMethod(t *testing.T) {
	srv, _ := newServer(t, web.Config{})
	query := "/api/v2/query?lang=gizmo&qu=g.V(%22%3Ckg-test:un%3E%22).all()"
	tests := []struct {
		name, method, path string
		header             map[string]string
		status             int
	}{
		{"cross-site GET", "GET", query, map[string]string{"Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "no-cors"}, 403},
		{"same-site GET", "GET", query, map[string]string{"Sec-Fetch-Site": "same-site", "Sec-Fetch-Mode": "cors"}, 403},
		{"cross-site HEAD", "HEAD", query, map[string]string{"Sec-Fetch-Site": "cross-site"}, 403},
		{"navigation to the API", "GET", query, map[string]string{"Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "navigate"}, 403},
		{"navigation to the UI", "GET", "/", map[string]string{"Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "navigate"}, 200},
		{"another origin, no Sec-Fetch-Site", "GET", query, map[string]string{"Origin": "https://evil.example"}, 403},
		{"a null origin", "GET", query, map[string]string{"Origin": "null"}, 403},
		{"its own origin, no Sec-Fetch-Site", "GET", query, map[string]string{"Origin": srv.URL}, 200},
		{"same-origin", "GET", query, map[string]string{"Sec-Fetch-Site": "same-origin"}, 200},
		{"typed in the address bar", "GET", query, map[string]string{"Sec-Fetch-Site": "none", "Sec-Fetch-Mode": "navigate"}, 200},
		{"a program", "GET", query, nil, 200},
	}
	for _, tt := range tests {
		r := do(t, tt.method, srv.URL+tt.path, "", tt.header)
		if r.status != tt.status {
			t.Errorf("%s: status %d, want %d: %s", tt.name, r.status, tt.status, r.body)
		}
	}
	allowed, _ := newServer(t, web.Config{CORSOrigins: []string{"https://newsroom.example"}})
	r := do(t, "GET", allowed.URL+query, "", map[string]string{"Sec-Fetch-Site": "cross-site", "Origin": "https://newsroom.example"})
	if r.status != http.StatusOK {
		t.Errorf("GET from an allowed origin: status %d", r.status)
	}
}

// TestGzipBody: a gzip write body is limited by what it holds, not by what it weighs
// (204 KB of gzip became a 200 MB literal).
func TestGzipBody(t *testing.T) {
	srv, h := newServer(t, web.Config{Writable: true, MaxBody: 4096})
	gz := func(data string) string {
		var b bytes.Buffer
		w := gzip.NewWriter(&b)
		w.Write([]byte(data))
		w.Close()
		return b.String()
	}
	quad := "<kg-test:annan> <kg-test:bornIn> <kg-test:ghana> .\n"
	big := `<kg-test:a> <kg-test:b> "` + strings.Repeat("x", 1<<20) + `" .` + "\n"
	before := countQuads(t, h)
	tests := []struct {
		name, body, encoding string
		status, quads        int
	}{
		{"a bomb", gz(big), "gzip", 413, before},
		{"unknown encoding", quad, "br", 415, before},
		{"small", gz(quad), "gzip", 200, before + 1},
	}
	for _, tt := range tests {
		r := do(t, "POST", srv.URL+"/api/v2/write", tt.body, map[string]string{"Content-Encoding": tt.encoding})
		if r.status != tt.status {
			t.Errorf("%s: status %d, want %d: %s", tt.name, r.status, tt.status, r.body)
		}
		if got := countQuads(t, h); got != tt.quads {
			t.Errorf("%s: %d quads in the store, want %d", tt.name, got, tt.quads)
		}
	}
}

// TestGraphQLLimit: GraphQL answers at most the server's result limit in any list,
// and says it cut them, as the other languages do.
func TestGraphQLLimit(t *testing.T) {
	srv, _ := newServer(t, web.Config{ResultLimit: 2})
	r := do(t, "POST", srv.URL+"/api/v2/query?lang=graphql", `{ nodes { id } }`, nil)
	var v struct {
		Data struct{ Nodes []any }
	}
	if r.status != http.StatusOK || json.Unmarshal([]byte(r.body), &v) != nil {
		t.Fatalf("status %d: %s", r.status, r.body)
	}
	if len(v.Data.Nodes) != 2 || r.header.Get("X-Kg-Results-Truncated") != "true" {
		t.Errorf("%d nodes, truncated %q: want 2 and the header: %s", len(v.Data.Nodes), r.header.Get("X-Kg-Results-Truncated"), r.body)
	}
	bad := do(t, "POST", srv.URL+"/api/v2/query?lang=graphql", `{ nodes(`, nil)
	if bad.status != http.StatusOK || !strings.Contains(bad.body, `"errors"`) {
		t.Errorf("a GraphQL syntax error: status %d: %s; want GraphQL's own errors", bad.status, bad.body)
	}
}

// TestEmitBound: what a script emits is bounded by an eighth of the memory bound, so
// that one long string emitted a thousand times cannot become a thousand copies.
func TestEmitBound(t *testing.T) {
	srv, _ := newServer(t, web.Config{MaxMemory: 8 << 20})
	r := do(t, "POST", srv.URL+"/api/v2/query?lang=gizmo", `var s = "x".repeat(1 << 18); for (;;) g.emit(s)`, nil)
	if r.status != http.StatusBadRequest || !strings.Contains(jsonError(t, r), "larger than 1048576 bytes") {
		t.Errorf("status %d: %.300s", r.status, r.body)
	}
	waitForGizmoToEnd(t)
}

// TestServerTimeouts: the server NewServer makes cuts off a client that sends its
// request a byte at a time, and answers others meanwhile.
func TestServerTimeouts(t *testing.T) {
	h := newStore(t, newsQuads())
	cfg := web.Config{ReadTimeout: 300 * time.Millisecond, QueryTimeout: time.Second}
	handler, err := web.NewHandler(h, cfg)
	if err != nil {
		t.Fatal(err)
	}
	srv, err := web.NewServer(handler, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if srv.ReadHeaderTimeout == 0 || srv.ReadTimeout != cfg.ReadTimeout || srv.WriteTimeout <= cfg.QueryTimeout || srv.IdleTimeout == 0 {
		t.Errorf("timeouts: header %v, read %v, write %v, idle %v", srv.ReadHeaderTimeout, srv.ReadTimeout, srv.WriteTimeout, srv.IdleTimeout)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	for _, partial := range []string{
		"GET / HTTP/1.1\r\nHost: x\r\n", // headers never end
		"POST /api/v2/query?lang=gizmo HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\ng.V", // body never ends
	} {
		conn, err := net.Dial("tcp", ln.Addr().String())
		if err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		fmt.Fprint(conn, partial)
		conn.SetReadDeadline(time.Now().Add(10 * time.Second))
		var buf [4096]byte
		for {
			if _, err := conn.Read(buf[:]); err != nil {
				var ne net.Error
				if errors.As(err, &ne) && ne.Timeout() {
					t.Errorf("%q: the connection is still open after 10s", partial)
				}
				break
			}
		}
		t.Logf("%q: closed after %v", partial, time.Since(start).Round(time.Millisecond))
		conn.Close()
	}
}
