package web_test

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"testing"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	_ "github.com/cayleygraph/cayley/graph/memstore"
	_ "github.com/cayleygraph/cayley/writer"
	"github.com/cayleygraph/quad"

	"github.com/factgraph/kg/graph/web"
)

// newsQuads are a few invented facts in the shape kg stores them: an edge labelled with
// the article that reports it.
func newsQuads() []quad.Quad {
	iri := func(s string) quad.IRI { return quad.IRI("kg-test:" + s) }
	return []quad.Quad{
		quad.Make(iri("annan"), iri("envoyOf"), iri("un"), iri("article/1")),
		quad.Make(iri("annan"), iri("name"), quad.String("Kofi Annan"), iri("article/1")),
		quad.Make(iri("un"), iri("name"), quad.String("United Nations"), iri("article/1")),
		quad.Make(iri("assad"), iri("meets"), iri("annan"), iri("article/2")),
		quad.Make(iri("assad"), iri("name"), quad.String("Bashar al-Assad"), iri("article/2")),
		quad.Make(iri("quake"), iri("killed"), quad.Int(25), iri("article/3")),
		quad.Make(iri("quake"), iri("place"), iri("taiwan"), iri("article/3")),
	}
}

// newStore returns a memstore holding quads.
func newStore(t testing.TB, quads []quad.Quad) *cgraph.Handle {
	t.Helper()
	qs, err := cgraph.NewQuadStore("memstore", "", nil)
	if err != nil {
		t.Fatal(err)
	}
	qw, err := cgraph.NewQuadWriter("single", qs, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := qw.AddQuadSet(quads); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { qw.Close(); qs.Close() })
	return &cgraph.Handle{QuadStore: qs, QuadWriter: qw}
}

// newServer serves a handler with cfg over a store of newsQuads.
func newServer(t testing.TB, cfg web.Config) (*httptest.Server, *cgraph.Handle) {
	t.Helper()
	h := newStore(t, newsQuads())
	return serve(t, h, cfg), h
}

func serve(t testing.TB, h *cgraph.Handle, cfg web.Config) *httptest.Server {
	t.Helper()
	handler, err := web.NewHandler(h, cfg)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(handler)
	t.Cleanup(srv.Close)
	return srv
}

// response is what a test reads of an answer.
type response struct {
	status int
	header http.Header
	body   string
}

// do sends a request and reads the whole answer.
func do(t testing.TB, method, url, body string, header map[string]string) response {
	t.Helper()
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req, err := http.NewRequest(method, url, rd)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range header {
		req.Header.Set(k, v)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	data, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return response{status: res.StatusCode, header: res.Header, body: string(data)}
}

// jsonError is the "error" of a {"error": "..."} answer, or "" when the answer has none.
func jsonError(t testing.TB, r response) string {
	t.Helper()
	var v struct {
		Error string `json:"error"`
	}
	if err := json.Unmarshal([]byte(r.body), &v); err != nil {
		t.Fatalf("answer is not JSON: %v: %q", err, r.body)
	}
	return v.Error
}

// results decodes {"result": [...]}.
func results(t testing.TB, r response) []any {
	t.Helper()
	if r.status != http.StatusOK {
		t.Fatalf("status %d: %s", r.status, r.body)
	}
	var v struct {
		Result []any `json:"result"`
	}
	if err := json.Unmarshal([]byte(r.body), &v); err != nil {
		t.Fatalf("answer is not JSON: %v: %q", err, r.body)
	}
	return v.Result
}

// countQuads counts the quads in the store.
func countQuads(t testing.TB, h *cgraph.Handle) int {
	t.Helper()
	n := 0
	r := cgraph.NewQuadStoreReader(h.QuadStore)
	defer r.Close()
	for {
		_, err := r.ReadQuad()
		if err == io.EOF {
			return n
		}
		if err != nil {
			t.Fatal(err)
		}
		n++
	}
}

// waitForGizmoToEnd waits until no Gizmo script runs in this process: its goroutine
// starts in gizmo's results.Next. It fails when one is still running after a long wait,
// which is not a measure of speed but the sign of a script that escaped its query.
func waitForGizmoToEnd(t testing.TB) {
	t.Helper()
	marker := []byte("query/gizmo.(*results).Next")
	deadline := time.Now().Add(20 * time.Second)
	buf := make([]byte, 1<<20)
	for {
		n := runtime.Stack(buf, true)
		if !bytes.Contains(buf[:n], marker) {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("a gizmo script is still running after its query ended:\n%s", buf[:n])
		}
		time.Sleep(20 * time.Millisecond)
	}
}
