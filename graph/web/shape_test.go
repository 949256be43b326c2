package web_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factgraph/kg/graph/web"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestShapeGolden posts each testdata/shape/NAME.input to /api/v1/shape/gizmo and
// compares the answer with NAME.golden; -update rewrites the golden files.
func TestShapeGolden(t *testing.T) {
	srv, _ := newServer(t, web.Config{})
	inputs, err := filepath.Glob("testdata/shape/*.input")
	if err != nil || len(inputs) == 0 {
		t.Fatalf("no inputs in testdata/shape: %v", err)
	}
	for _, in := range inputs {
		name := strings.TrimSuffix(filepath.Base(in), ".input")
		t.Run(name, func(t *testing.T) {
			script, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			r := do(t, "POST", srv.URL+"/api/v1/shape/gizmo", string(script), nil)
			if r.status != http.StatusOK {
				t.Fatalf("status %d: %s", r.status, r.body)
			}
			var shape web.QueryShape
			if err := json.Unmarshal([]byte(r.body), &shape); err != nil {
				t.Fatalf("answer is not a shape: %v: %s", err, r.body)
			}
			checkShape(t, shape)
			var got bytes.Buffer
			if err := json.Indent(&got, []byte(r.body), "", "  "); err != nil {
				t.Fatal(err)
			}
			golden := strings.TrimSuffix(in, ".input") + ".golden"
			if *update {
				if err := os.WriteFile(golden, got.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to write it)", err)
			}
			if !bytes.Equal(got.Bytes(), want) {
				t.Errorf("shape differs from %s:\ngot:\n%s\nwant:\n%s", golden, got.Bytes(), want)
			}
		})
	}
}

// checkShape checks what every shape must be: nodes numbered from 0 in order, links
// between nodes that exist, a link node in the middle of every link, and no "error" key
// (the UI's Query Shape page shows an answer only without one).
func checkShape(t *testing.T, s web.QueryShape) {
	t.Helper()
	if len(s.Nodes) == 0 {
		t.Fatal("shape has no nodes")
	}
	for i, n := range s.Nodes {
		if n.ID != i {
			t.Errorf("node %d has id %d", i, n.ID)
		}
	}
	exists := func(id int) bool { return id >= 0 && id < len(s.Nodes) }
	for _, l := range s.Links {
		if !exists(l.Source) || !exists(l.Target) || !exists(l.LinkNode) || (l.LabelNode != nil && !exists(*l.LabelNode)) {
			t.Errorf("link %+v names a node that does not exist", l)
			continue
		}
		if !s.Nodes[l.LinkNode].IsLinkNode {
			t.Errorf("link %+v goes through node %d, which is not a link node", l, l.LinkNode)
		}
	}
}

// TestShapeOfOut spells out the brief's example rather than trusting a golden file:
// g.V("<a>").out("<b>").all() is <a> linked by <b> to the results.
func TestShapeOfOut(t *testing.T) {
	srv, _ := newServer(t, web.Config{})
	r := do(t, "POST", srv.URL+"/api/v1/shape/gizmo", `g.V("<a>").out("<b>").all()`, nil)
	var s web.QueryShape
	if err := json.Unmarshal([]byte(r.body), &s); err != nil {
		t.Fatalf("%v: %s", err, r.body)
	}
	if len(s.Nodes) != 3 || len(s.Links) != 1 {
		t.Fatalf("want 3 nodes and 1 link: %s", r.body)
	}
	l := s.Links[0]
	from, via, to := s.Nodes[l.Source], s.Nodes[l.LinkNode], s.Nodes[l.Target]
	if !from.IsFixed || len(from.Values) != 1 || from.Values[0] != "<a>" {
		t.Errorf("source %+v is not the fixed node <a>", from)
	}
	if !via.IsLinkNode || len(via.Values) != 1 || via.Values[0] != "<b>" {
		t.Errorf("link node %+v is not the predicate <b>", via)
	}
	if to.IsFixed || len(to.Tags) != 1 || to.Tags[0] != "id" {
		t.Errorf("target %+v is not the results, tagged id", to)
	}
}

func TestShapeErrors(t *testing.T) {
	srv, _ := newServer(t, web.Config{})
	tests := []struct {
		name, lang, script, want string
	}{
		{"another language", "mql", `[{"id": null}]`, "gizmo only"},
		{"no query", "gizmo", `var x = 1`, "builds no query"},
		{"syntax error", "gizmo", `g.V(.all()`, "Unexpected"},
		{"empty", "gizmo", ``, "empty"},
		{"endless queries", "gizmo", `while (true) { g.V().all() }`, "more than 100 queries"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := do(t, "POST", srv.URL+"/api/v1/shape/"+tt.lang, tt.script, nil)
			if r.status != http.StatusBadRequest {
				t.Fatalf("status %d, want 400: %s", r.status, r.body)
			}
			if msg := jsonError(t, r); !strings.Contains(msg, tt.want) {
				t.Errorf("error %q does not say %q", msg, tt.want)
			}
		})
	}
}

// TestShapeRunsNothing checks that drawing a shape does not run its query: a script that
// emits what its query finds emits nothing, and a callback is never called.
func TestShapeRunsNothing(t *testing.T) {
	srv, h := newServer(t, web.Config{})
	before := countQuads(t, h)
	r := do(t, "POST", srv.URL+"/api/v1/shape/gizmo",
		`var all = g.V().toArray(); if (all.length > 0) { throw new Error("ran the query") }
		 g.V().forEach(function (d) { throw new Error("called the callback") })`, nil)
	if r.status != http.StatusOK {
		t.Fatalf("status %d: %s", r.status, r.body)
	}
	if countQuads(t, h) != before {
		t.Errorf("the store changed")
	}
}
