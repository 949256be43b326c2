package web_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/factgraph/kg/graph/web"
)

// benchRequest serves one request per iteration without a network, so that the numbers
// are the handler's: a fresh guarded Gizmo session, the query, the JSON.
func benchRequest(b *testing.B, method, path, body string) {
	h, err := web.NewHandler(newStore(b, newsQuads()), web.Config{})
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		req := httptest.NewRequest(method, path, strings.NewReader(body))
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			b.Fatalf("status %d: %s", rec.Code, rec.Body)
		}
	}
}

func BenchmarkQueryGizmo(b *testing.B) {
	benchRequest(b, "POST", "/api/v2/query?lang=gizmo", `g.V("<kg-test:annan>").out().all()`)
}

func BenchmarkQueryGizmoCallback(b *testing.B) {
	benchRequest(b, "POST", "/api/v2/query?lang=gizmo", `g.V().forEach(function (d) { g.V(d.id).out("<kg-test:name>").forEach(function (n) { g.emit(n.id) }) })`)
}

func BenchmarkShape(b *testing.B) {
	benchRequest(b, "POST", "/api/v1/shape/gizmo", `g.V("<kg:annan>").out("<kg:envoyOf>").in("<kg:envoyOf>").tag("colleague").all()`)
}

func BenchmarkIndexPage(b *testing.B) {
	benchRequest(b, "GET", "/", "")
}

// BenchmarkNewHandler is kg serve's start-up: the UI's rewrites and the Gizmo check.
func BenchmarkNewHandler(b *testing.B) {
	h := newStore(b, nil)
	for b.Loop() {
		if _, err := web.NewHandler(h, web.Config{}); err != nil {
			b.Fatal(err)
		}
	}
}
