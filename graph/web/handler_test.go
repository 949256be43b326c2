package web_test

import (
	"errors"
	"net/http"
	"regexp"
	"strings"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"

	"github.com/factgraph/kg/graph/web"
)

func TestHealth(t *testing.T) {
	srv, _ := newServer(t, web.Config{})
	r := do(t, "GET", srv.URL+"/health", "", nil)
	if r.status != http.StatusOK {
		t.Fatalf("GET /health: status %d: %s", r.status, r.body)
	}
}

func TestUserInterface(t *testing.T) {
	srv, _ := newServer(t, web.Config{})
	index := do(t, "GET", srv.URL+"/", "", nil)
	if index.status != http.StatusOK || !strings.HasPrefix(index.header.Get("Content-Type"), "text/html") {
		t.Fatalf("GET /: status %d, Content-Type %q", index.status, index.header.Get("Content-Type"))
	}
	if !strings.Contains(index.body, `<div id="root">`) || !strings.Contains(index.body, `src="/static/kg/editor.js"`) {
		t.Errorf("index page is not Cayley's UI with kg's editor: %.300s", index.body)
	}
	if csp := index.header.Get("Content-Security-Policy"); !strings.Contains(csp, "connect-src 'self'") || !strings.Contains(csp, "'sha256-") {
		t.Errorf("index page has no content security policy fit for it: %q", csp)
	}

	// Every script and style sheet the page loads, and the files the bundle fetches.
	refs := regexp.MustCompile(`(?:src|href)="(/static/[^"]+)"`).FindAllStringSubmatch(index.body, -1)
	files := []string{"/gizmo.d.ts", "/service-worker.js", "/manifest.json", "/favicon.ico"}
	for _, m := range refs {
		files = append(files, m[1])
	}
	wantType := map[string]string{
		".js": "text/javascript", ".css": "text/css", ".ts": "text/plain", ".json": "application/json", ".ico": "image/x-icon",
	}
	var bundles int
	for _, f := range files {
		t.Run(f, func(t *testing.T) {
			r := do(t, "GET", srv.URL+f, "", nil)
			if r.status != http.StatusOK {
				t.Fatalf("status %d", r.status)
			}
			ext := f[strings.LastIndex(f, "."):]
			if got := r.header.Get("Content-Type"); !strings.HasPrefix(got, wantType[ext]) {
				t.Errorf("Content-Type %q, want %s", got, wantType[ext])
			}
			for _, host := range []string{"localhost:64210", "cdn.jsdelivr.net", "fonts.googleapis.com"} {
				// kg's own files name them in comments that say why they are there.
				if f != "/service-worker.js" && !strings.HasPrefix(f, "/static/kg/") && strings.Contains(r.body, host) {
					t.Errorf("still names %s", host)
				}
			}
			if strings.Contains(f, ".chunk.js") {
				bundles++
				if strings.Contains(f, "/main.") && !strings.Contains(r.body, "window.location.origin") {
					t.Errorf("main bundle does not take its server from the page's address")
				}
			}
		})
	}
	if bundles != 2 {
		t.Errorf("index page loads %d bundle chunks, want 2", bundles)
	}

	sw := do(t, "GET", srv.URL+"/service-worker.js", "", nil)
	if !strings.Contains(sw.body, "unregister") || strings.Contains(sw.body, "importScripts") {
		t.Errorf("service worker is not kg's self-removing one: %.200s", sw.body)
	}

	again := do(t, "GET", srv.URL+"/", "", map[string]string{"If-None-Match": index.header.Get("ETag")})
	if again.status != http.StatusNotModified {
		t.Errorf("GET / with its ETag: status %d, want 304", again.status)
	}
	if r := do(t, "GET", srv.URL+"/no/such/file.js", "", nil); r.status != http.StatusNotFound {
		t.Errorf("GET a missing file: status %d, want 404", r.status)
	}
}

func TestQuery(t *testing.T) {
	srv, _ := newServer(t, web.Config{})
	ldJSON := map[string]string{"Accept": "application/ld+json"}
	tests := []struct {
		name, method, path, body string
		header                   map[string]string
		want                     []string // texts every answer must hold
	}{
		{"gizmo out", "POST", "/api/v2/query?lang=gizmo", `g.V("<kg-test:annan>").out().all()`, nil,
			[]string{`"id":"<kg-test:un>"`, `"id":"Kofi Annan"`}},
		{"gizmo in with predicate", "POST", "/api/v2/query?lang=gizmo", `g.V("<kg-test:annan>").in("<kg-test:meets>").all()`, nil,
			[]string{`"id":"<kg-test:assad>"`}},
		{"gizmo JSON-LD as the UI asks", "POST", "/api/v2/query?lang=gizmo", `g.V("<kg-test:annan>").out("<kg-test:envoyOf>").all()`, ldJSON,
			[]string{`"@id":"kg-test:un"`}},
		{"gizmo emit", "POST", "/api/v2/query?lang=gizmo", `g.emit({n: g.V("<kg-test:quake>").out("<kg-test:killed>").toValue()})`, nil,
			[]string{`"n":25`}},
		{"gizmo tag and back", "POST", "/api/v2/query?lang=gizmo",
			`g.V().has("<kg-test:envoyOf>", "<kg-test:un>").tag("who").out("<kg-test:name>").all()`, nil,
			[]string{`"who":"<kg-test:annan>"`, `"id":"Kofi Annan"`}},
		{"gizmo by GET", "GET", `/api/v2/query?lang=gizmo&qu=g.V("<kg-test:assad>").out("<kg-test:name>").all()`, "", nil,
			[]string{`"id":"Bashar al-Assad"`}},
		{"v1 gizmo", "POST", "/api/v1/query/gizmo", `g.V("<kg-test:quake>").out("<kg-test:place>").all()`, nil,
			[]string{`"id":"<kg-test:taiwan>"`}},
		{"mql, asked for JSON-LD", "POST", "/api/v2/query?lang=mql", `[{"id": null, "<kg-test:envoyOf>": "<kg-test:un>"}]`, ldJSON,
			[]string{`kg-test:annan`}},
		{"graphql", "POST", "/api/v2/query?lang=graphql", `{ nodes(id: <kg-test:annan>) { id, <kg-test:name> } }`, nil,
			[]string{`"data"`, `Kofi Annan`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := do(t, tt.method, srv.URL+tt.path, tt.body, tt.header)
			if r.status != http.StatusOK {
				t.Fatalf("status %d: %s", r.status, r.body)
			}
			if !strings.HasPrefix(r.header.Get("Content-Type"), "application/") {
				t.Errorf("Content-Type %q", r.header.Get("Content-Type"))
			}
			for _, w := range tt.want {
				if !strings.Contains(r.body, w) {
					t.Errorf("answer has no %s: %s", w, r.body)
				}
			}
		})
	}
}

func TestQueryErrors(t *testing.T) {
	srv, _ := newServer(t, web.Config{})
	tests := []struct {
		name, path, body string
		status           int
		want             string // in the error message
	}{
		{"no language", "/api/v2/query", `g.V().all()`, 400, "lang="},
		{"unknown language", "/api/v2/query?lang=sparql", `SELECT`, 400, "unknown query language"},
		{"unknown v1 language", "/api/v1/query/cypher", `MATCH`, 400, "unknown query language"},
		{"empty query", "/api/v2/query?lang=gizmo", ` `, 400, "empty"},
		{"syntax error", "/api/v2/query?lang=gizmo", `g.V(.all()`, 400, "Unexpected"},
		{"script throws", "/api/v2/query?lang=gizmo", `throw new Error("stop here")`, 400, "stop here"},
		{"bad limit", "/api/v2/query?lang=gizmo&limit=ten", `g.V().all()`, 400, "limit"},
		{"zero limit", "/api/v2/query?lang=gizmo&limit=0", `g.V().all()`, 400, "limit"},
		{"no such endpoint", "/api/v2/nothing", ``, 404, "no API endpoint"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := do(t, "POST", srv.URL+tt.path, tt.body, nil)
			if r.status != tt.status {
				t.Fatalf("status %d, want %d: %s", r.status, tt.status, r.body)
			}
			if msg := jsonError(t, r); !strings.Contains(msg, tt.want) {
				t.Errorf("error %q does not say %q", msg, tt.want)
			}
		})
	}
}

func TestResultLimit(t *testing.T) {
	srv, _ := newServer(t, web.Config{ResultLimit: 3})
	tests := []struct {
		name, query string
		want        int
		truncated   bool
	}{
		{"server limit", "", 3, true},
		{"lowered by the request", "&limit=2", 2, true},
		{"never raised by the request", "&limit=500", 3, true},
		{"fewer results than the limit", "", 1, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			script := `g.V().all()`
			if !tt.truncated {
				script = `g.V("<kg-test:annan>").all()`
			}
			r := do(t, "POST", srv.URL+"/api/v2/query?lang=gizmo"+tt.query, script, nil)
			if got := len(results(t, r)); got != tt.want {
				t.Errorf("%d results, want %d", got, tt.want)
			}
			if got := r.header.Get("X-Kg-Results-Truncated") == "true"; got != tt.truncated {
				t.Errorf("truncated = %v, want %v", got, tt.truncated)
			}
		})
	}
	t.Run("emit in an endless loop stops at the limit", func(t *testing.T) {
		r := do(t, "POST", srv.URL+"/api/v2/query?lang=gizmo", `for (var i = 0; ; i++) g.emit(i)`, nil)
		if got := len(results(t, r)); got != 3 {
			t.Errorf("%d results, want 3", got)
		}
		waitForGizmoToEnd(t)
	})
}

func TestWrites(t *testing.T) {
	const nquad = `<kg-test:annan> <kg-test:bornIn> <kg-test:ghana> <kg-test:article/4> .` + "\n"
	const jsonQuads = `[{"subject": "<kg-test:annan>", "predicate": "<kg-test:bornIn>", "object": "<kg-test:ghana>"}]`
	writes := []struct{ name, path, body string }{
		{"v2 write", "/api/v2/write", nquad},
		{"v2 delete", "/api/v2/delete", nquad},
		{"v2 node delete", "/api/v2/node/delete", `"<kg-test:annan>"`},
		{"v1 write", "/api/v1/write", jsonQuads},
		{"v1 delete", "/api/v1/delete", jsonQuads},
	}
	t.Run("read-only", func(t *testing.T) {
		srv, h := newServer(t, web.Config{})
		before := countQuads(t, h)
		for _, w := range writes {
			t.Run(w.name, func(t *testing.T) {
				r := do(t, "POST", srv.URL+w.path, w.body, nil)
				if r.status != http.StatusForbidden {
					t.Fatalf("status %d, want 403: %s", r.status, r.body)
				}
				if msg := jsonError(t, r); !strings.Contains(msg, "read-only") || !strings.Contains(msg, "kg serve --writable") {
					t.Errorf("error %q does not say the store is read-only and how to allow writes", msg)
				}
			})
		}
		if after := countQuads(t, h); after != before {
			t.Errorf("a read-only server changed the store: %d quads, then %d", before, after)
		}
	})
	t.Run("writable", func(t *testing.T) {
		srv, h := newServer(t, web.Config{Writable: true})
		before := countQuads(t, h)
		steps := []struct {
			name, path, body, contentType string
			want                          int // quads in the store afterwards
		}{
			{"v2 write as the UI sends it", "/api/v2/write", nquad, "text/plain;charset=UTF-8", before + 1},
			{"v2 delete", "/api/v2/delete", nquad, "", before},
			{"v1 write", "/api/v1/write", jsonQuads, "", before + 1},
			{"v1 delete", "/api/v1/delete", jsonQuads, "", before},
			{"v2 node delete", "/api/v2/node/delete", `"<kg-test:assad>"`, "application/json", before - 2},
		}
		for _, s := range steps {
			r := do(t, "POST", srv.URL+s.path, s.body, map[string]string{"Content-Type": s.contentType})
			if r.status != http.StatusOK {
				t.Fatalf("%s: status %d: %s", s.name, r.status, r.body)
			}
			if got := countQuads(t, h); got != s.want {
				t.Errorf("%s: %d quads in the store, want %d", s.name, got, s.want)
			}
		}
		q := do(t, "POST", srv.URL+"/api/v2/query?lang=gizmo", `g.V("<kg-test:assad>").out().all()`, nil)
		if got := results(t, q); len(got) != 0 {
			t.Errorf("deleted node still has edges: %v", got)
		}
	})
}

func TestBodyLimit(t *testing.T) {
	srv, h := newServer(t, web.Config{Writable: true, MaxBody: 1024})
	before := countQuads(t, h)
	big := `g.V().all() //` + strings.Repeat("x", 2048)
	bigQuads := strings.Repeat(`<kg-test:a> <kg-test:b> <kg-test:c> .`+"\n", 100)
	for _, tt := range []struct{ name, path, body string }{
		{"query", "/api/v2/query?lang=gizmo", big},
		{"v1 query", "/api/v1/query/gizmo", big},
		{"shape", "/api/v1/shape/gizmo", big},
		{"write", "/api/v2/write", bigQuads},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := do(t, "POST", srv.URL+tt.path, tt.body, nil)
			if r.status != http.StatusRequestEntityTooLarge {
				t.Fatalf("status %d, want 413: %s", r.status, r.body)
			}
			if msg := jsonError(t, r); !strings.Contains(msg, "1024 bytes") {
				t.Errorf("error %q does not give the limit", msg)
			}
		})
		t.Run(tt.name+" without a length", func(t *testing.T) {
			req, err := http.NewRequest("POST", srv.URL+tt.path, strings.NewReader(tt.body))
			if err != nil {
				t.Fatal(err)
			}
			req.ContentLength = -1 // sent chunked
			res, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			res.Body.Close()
			if res.StatusCode != http.StatusRequestEntityTooLarge {
				t.Errorf("status %d, want 413", res.StatusCode)
			}
		})
	}
	if after := countQuads(t, h); after != before {
		t.Errorf("a refused write changed the store: %d quads, then %d", before, after)
	}
}

func TestCORS(t *testing.T) {
	const page = "https://newsroom.example"
	crossSite := map[string]string{"Origin": "https://elsewhere.example", "Sec-Fetch-Site": "cross-site"}
	fromPage := map[string]string{"Origin": page, "Sec-Fetch-Site": "cross-site"}
	query := `g.V("<kg-test:annan>").all()`

	t.Run("no origins", func(t *testing.T) {
		srv, _ := newServer(t, web.Config{Writable: true})
		r := do(t, "POST", srv.URL+"/api/v2/query?lang=gizmo", query, crossSite)
		if r.header.Get("Access-Control-Allow-Origin") != "" {
			t.Errorf("CORS header sent though no origin was allowed")
		}
		if r.status != http.StatusForbidden {
			t.Errorf("cross-site query from a browser: status %d, want 403", r.status)
		}
		w := do(t, "POST", srv.URL+"/api/v2/write", `<kg-test:a> <kg-test:b> <kg-test:c> .`, crossSite)
		if w.status != http.StatusForbidden {
			t.Errorf("cross-site write from a browser: status %d, want 403", w.status)
		}
		same := do(t, "POST", srv.URL+"/api/v2/query?lang=gizmo", query, map[string]string{"Origin": srv.URL, "Sec-Fetch-Site": "same-origin"})
		if same.status != http.StatusOK {
			t.Errorf("same-origin query: status %d: %s", same.status, same.body)
		}
	})
	t.Run("named origin", func(t *testing.T) {
		srv, _ := newServer(t, web.Config{CORSOrigins: []string{page}})
		r := do(t, "POST", srv.URL+"/api/v2/query?lang=gizmo", query, fromPage)
		if r.status != http.StatusOK || r.header.Get("Access-Control-Allow-Origin") != page {
			t.Errorf("query from an allowed page: status %d, Access-Control-Allow-Origin %q", r.status, r.header.Get("Access-Control-Allow-Origin"))
		}
		pre := do(t, "OPTIONS", srv.URL+"/api/v2/query?lang=gizmo", "", map[string]string{"Origin": page, "Access-Control-Request-Method": "POST"})
		if pre.status != http.StatusNoContent || !strings.Contains(pre.header.Get("Access-Control-Allow-Methods"), "POST") {
			t.Errorf("preflight: status %d, methods %q", pre.status, pre.header.Get("Access-Control-Allow-Methods"))
		}
		other := do(t, "POST", srv.URL+"/api/v2/query?lang=gizmo", query, crossSite)
		if other.header.Get("Access-Control-Allow-Origin") != "" || other.status != http.StatusForbidden {
			t.Errorf("query from another page: status %d, Access-Control-Allow-Origin %q", other.status, other.header.Get("Access-Control-Allow-Origin"))
		}
	})
	t.Run("every origin, asked for", func(t *testing.T) {
		srv, _ := newServer(t, web.Config{CORSOrigins: []string{"*"}})
		r := do(t, "POST", srv.URL+"/api/v2/query?lang=gizmo", query, crossSite)
		if r.status != http.StatusOK || r.header.Get("Access-Control-Allow-Origin") != "*" {
			t.Errorf("status %d, Access-Control-Allow-Origin %q", r.status, r.header.Get("Access-Control-Allow-Origin"))
		}
	})
}

// panicStore is a store whose iterator over all quads panics, as a broken backend might.
type panicStore struct{ cgraph.QuadStore }

func (panicStore) QuadsAllIterator() iterator.Shape { panic("backend fell over") }

func TestPanicAnswers500(t *testing.T) {
	h := newStore(t, newsQuads())
	srv := serve(t, &cgraph.Handle{QuadStore: panicStore{h.QuadStore}, QuadWriter: h.QuadWriter}, web.Config{})
	r := do(t, "GET", srv.URL+"/api/v2/read", "", nil)
	if r.status != http.StatusInternalServerError {
		t.Fatalf("status %d, want 500: %s", r.status, r.body)
	}
	if msg := jsonError(t, r); !strings.Contains(msg, "backend fell over") {
		t.Errorf("error %q does not carry the panic", msg)
	}
	if r := do(t, "GET", srv.URL+"/health", "", nil); r.status != http.StatusOK {
		t.Errorf("server does not answer after a panic: %d", r.status)
	}
}

func TestRead(t *testing.T) {
	srv, _ := newServer(t, web.Config{})
	r := do(t, "GET", srv.URL+"/api/v2/read?format=nquads&sub=<kg-test:quake>", "", nil)
	if r.status != http.StatusOK || !strings.Contains(r.body, "<kg-test:taiwan>") || strings.Contains(r.body, "annan") {
		t.Errorf("read: status %d: %s", r.status, r.body)
	}
	f := do(t, "GET", srv.URL+"/api/v2/formats", "", nil)
	for _, name := range []string{`"nquads"`, `"jsonld"`, `"json"`, `"graphml"`, `"pquads"`} {
		if !strings.Contains(f.body, name) {
			t.Errorf("formats has no %s: %s", name, f.body)
		}
	}
}

func TestNewHandlerErrors(t *testing.T) {
	h := newStore(t, nil)
	tests := []struct {
		name string
		h    *cgraph.Handle
		cfg  web.Config
		want error
	}{
		{"no store", nil, web.Config{}, web.ErrNoStore},
		{"negative timeout", h, web.Config{QueryTimeout: -1}, web.ErrConfig},
		{"negative limit", h, web.Config{ResultLimit: -1}, web.ErrConfig},
		{"negative body", h, web.Config{MaxBody: -1}, web.ErrConfig},
		{"origin with a path", h, web.Config{CORSOrigins: []string{"https://example.org/app"}}, web.ErrConfig},
		{"origin without a scheme", h, web.Config{CORSOrigins: []string{"example.org"}}, web.ErrConfig},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := web.NewHandler(tt.h, tt.cfg); !errors.Is(err, tt.want) {
				t.Errorf("error %v, want %v", err, tt.want)
			}
		})
	}
}
