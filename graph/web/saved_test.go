package web_test

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factgraph/kg/extraction"
	"github.com/factgraph/kg/graph"
	"github.com/factgraph/kg/graph/web"
	"github.com/factgraph/kg/loaders"
)

// examplesStore is a memstore holding kg's examples (../../examples), loaded as kg
// load loads them.
func examplesStore(t testing.TB) *graph.Store {
	t.Helper()
	s, err := graph.Open(graph.Options{Backend: graph.Memstore})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	reg := loaders.Default()
	files, _ := filepath.Glob("../../examples/*")
	for _, f := range files {
		res, err := reg.ReadFile(f, loaders.Options{})
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if _, err := s.AddQuads(res.Quads); err != nil {
			t.Fatal(err)
		}
		for _, a := range res.Articles {
			x, err := extraction.Extract(a)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := s.AddArticle(x); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := s.Flush(); err != nil {
		t.Fatal(err)
	}
	return s
}

// kgServer serves the examples with cfg.
func kgServer(t testing.TB, cfg web.Config) *httptest.Server {
	t.Helper()
	h, err := examplesStore(t).Handle()
	if err != nil {
		t.Fatal(err)
	}
	return serve(t, h, cfg)
}

// TestSavedQueries: kg's saved queries are listed with their parameters and source,
// and run with their parameters checked, within the server's result limit.
func TestSavedQueries(t *testing.T) {
	srv := kgServer(t, web.Config{ResultLimit: 3})
	r := do(t, "GET", srv.URL+"/api/kg/queries", "", nil)
	var list []struct {
		Name, Source, View string
		Params             []struct{ Name, Type string }
	}
	if err := json.Unmarshal([]byte(r.body), &list); err != nil || len(list) < 10 {
		t.Fatalf("list: %v: %.300s", err, r.body)
	}
	graphs := 0
	for _, q := range list {
		if q.Source == "" || len(q.Params) == 0 {
			t.Errorf("%s: no source or no parameters", q.Name)
		}
		if q.View == "graph" {
			graphs++
		}
	}
	if graphs != 3 {
		t.Errorf("%d graph-view queries listed, want 3", graphs)
	}

	var a struct {
		Columns   []string
		Result    []map[string]any
		Truncated bool
	}
	r = do(t, "GET", srv.URL+"/api/kg/queries/figures?measure=killed&event=", "", nil)
	if err := json.Unmarshal([]byte(r.body), &a); err != nil || r.status != http.StatusOK {
		t.Fatalf("figures: %d %s", r.status, r.body)
	}
	if len(a.Result) != 3 || !a.Truncated || r.header.Get("X-Kg-Results-Truncated") != "true" || a.Columns[0] != "event" {
		t.Errorf("figures: %d rows, truncated %v, columns %v: want the server's 3, cut, declared columns", len(a.Result), a.Truncated, a.Columns)
	}
	for _, row := range a.Result {
		if row["measure"] != "killed" {
			t.Errorf("measure=killed let through %v", row["measure"])
		}
	}
	tests := []struct {
		path   string
		status int
		want   string
	}{
		{"/api/kg/queries/figures?evnt=quake", http.StatusBadRequest, `no parameter \"evnt\" (did you mean event?)`},
		{"/api/kg/queries/contradictions?verdict=conflicts", http.StatusBadRequest, "one of conflict, revision"},
		{"/api/kg/queries/entity", http.StatusBadRequest, "entity needs name"},
		{"/api/kg/queries/figures?event=a&event=b", http.StatusBadRequest, "given 2 times"},
		{"/api/kg/queries/figurs", http.StatusNotFound, "did you mean figures?"},
	}
	for _, tt := range tests {
		r := do(t, "GET", srv.URL+tt.path, "", nil)
		if r.status != tt.status || !strings.Contains(r.body, tt.want) {
			t.Errorf("%s: %d %s; want %d and %q", tt.path, r.status, r.body, tt.status, tt.want)
		}
	}
	r = do(t, "GET", srv.URL+"/api/kg/info", "", nil)
	if !strings.Contains(r.body, `"writable":false`) {
		t.Errorf("info: %s", r.body)
	}
}

// TestUIGizmoLikeKgQuery: a script typed in the UI runs as kg query runs it: kg's short
// IRIs without a call, Gizmo's own like() and iri(), a last value when nothing is
// emitted, and errors at the script's own line.
func TestUIGizmoLikeKgQuery(t *testing.T) {
	srv := kgServer(t, web.Config{})
	tests := []struct{ script, want string }{
		{`g.V().has(g.IRI("rdf:type"), g.IRI("schema:NewsArticle")).count()`, `{"result":[7]}`},
		{`g.V(g.IRI("kg:entity/place/izmir")).out(g.IRI("schema:name")).all()`, `"id":"Izmir"`},
		{`g.V().filter(like("Izmi%")).all()`, `"id":"Izmir"`},
		{`g.V(iri("https://factgraph.org/kg/entity/place/izmir")).out(T.name).all()`, `"id":"Izmir"`},
		{"var x = 1;\n\nfoo()", `ReferenceError: foo is not defined (line 3, column 4)`},
		{"var x = 1;\ng.V(.all()", `SyntaxError: Unexpected token . (line 2, column 5`},
	}
	for _, tt := range tests {
		r := do(t, "POST", srv.URL+"/api/v2/query?lang=gizmo", tt.script, nil)
		if !strings.Contains(r.body, tt.want) {
			t.Errorf("%q: %d %s; want %q", tt.script, r.status, r.body, tt.want)
		}
	}
}

// TestKgPages: the page of saved queries is served with a policy that allows its own
// script only, and the UI loads kg's additions.
func TestKgPages(t *testing.T) {
	srv, _ := newServer(t, web.Config{})
	r := do(t, "GET", srv.URL+"/kg/queries", "", nil)
	if r.status != http.StatusOK || !strings.Contains(r.body, `src="/static/kg/queries.js"`) ||
		!strings.Contains(r.header.Get("Content-Security-Policy"), "script-src 'self'") || !strings.HasPrefix(r.header.Get("Content-Type"), "text/html") {
		t.Errorf("/kg/queries: %d %v %.200s", r.status, r.header, r.body)
	}
	r = do(t, "GET", srv.URL+"/", "", nil)
	if !strings.Contains(r.body, `<script src="/static/kg/ui.js"></script>`) {
		t.Errorf("index does not load ui.js: %.500s", r.body)
	}
	for _, p := range []string{"/static/kg/ui.js", "/static/kg/queries.js"} {
		if r := do(t, "GET", srv.URL+p, "", nil); r.status != http.StatusOK || !strings.HasPrefix(r.header.Get("Content-Type"), "text/javascript") {
			t.Errorf("%s: %d %s", p, r.status, r.header.Get("Content-Type"))
		}
	}
}
