package queries

import (
	"bytes"
	"context"
	"runtime"
	"strings"
	"testing"
	"time"
)

// TestRunWaitsForTheScript: when Run has all the rows its limit asks for, the script
// has stopped, not merely been told to: a caller closes the store next, and a bolt
// store closed under a script that still read it crashed kg (SIGSEGV in bolt's pages).
func TestRunWaitsForTheScript(t *testing.T) {
	qs := annan(t)
	scriptRuns := func() (bool, string) {
		buf := make([]byte, 1<<20)
		n := runtime.Stack(buf, true)
		return bytes.Contains(buf[:n], []byte("query/gizmo.(*Session).run(")), string(buf[:n])
	}
	// Scripts of earlier tests that were stopped (timeouts) end on their own first.
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		if runs, _ := scriptRuns(); !runs {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("a script of an earlier test still runs")
		}
	}
	script := `for (var i = 0; i < 1000000; i++) { g.emit(i); for (var j = 0; j < 50; j++) g.V().out().toArray(); }`
	for i := 0; i < 3; i++ {
		rows, err := Run(context.Background(), qs, script, Options{Limit: 2})
		if err != nil || len(rows) != 2 {
			t.Fatalf("rows %v, err %v", rows, err)
		}
		if runs, stacks := scriptRuns(); runs {
			t.Fatalf("the script still runs after Run returned:\n%s", stacks)
		}
	}
}

// TestGraphViewQueries: the queries made for the graph view link nodes labelled by
// name, each {"@id": a name}: what Cayley's Visualize page draws, and no IRI.
func TestGraphViewQueries(t *testing.T) {
	qs := loadCluster(t, "testdata/statements", "testdata/clusters/rising-toll", "testdata/clusters/two-outlets-agree")
	params := map[string]map[string]string{"neighbourhood": {"name": "Mara Quist"},
		"paths": {"from": "United Nations", "to": "Oren Taal"}, "event-reports": {"event": "flood"}}
	seen := 0
	for _, q := range List() {
		if q.View != "graph" {
			continue
		}
		seen++
		rows, err := Run(context.Background(), qs, q.Source, Options{Params: params[q.Name]})
		if err != nil {
			t.Fatalf("%s: %v", q.Name, err)
		}
		if len(rows) == 0 {
			t.Errorf("%s: no rows", q.Name)
		}
		for _, r := range rows {
			m, _ := r.(map[string]any)
			for _, end := range []string{"source", "target"} {
				node, _ := m[end].(map[string]any)
				id, _ := node["@id"].(string)
				if id == "" || strings.HasPrefix(id, "<") || strings.HasPrefix(id, "kg:") || strings.HasPrefix(id, "http") {
					t.Errorf("%s: %s is %v, want {\"@id\": a name}", q.Name, end, m[end])
				}
			}
		}
	}
	if seen != 3 {
		t.Errorf("%d queries for the graph view, want neighbourhood, paths and event-reports", seen)
	}
}
