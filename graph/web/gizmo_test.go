package web_test

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/factgraph/kg/graph/web"
)

// TestSandbox runs scripts that try to reach files, the network or the host. Gizmo's VM
// has none of those: each must end in an error, and none may answer with a file.
func TestSandbox(t *testing.T) {
	srv, _ := newServer(t, web.Config{QueryTimeout: 5 * time.Second})
	tests := []struct{ name, script string }{
		{"require fs", `var fs = require("fs"); g.emit(fs.readFileSync("/etc/passwd", "utf8"))`},
		{"require child_process", `require("child_process").execSync("id")`},
		{"fetch", `fetch("http://127.0.0.1:1/").then(function (r) { g.emit(r.status) })`},
		{"XMLHttpRequest", `var x = new XMLHttpRequest(); x.open("GET", "file:///etc/passwd", false); x.send(); g.emit(x.responseText)`},
		{"load", `load("/etc/passwd")`},
		{"dynamic import", `import("fs").then(function (fs) { g.emit(fs.readFileSync("/etc/passwd")) })`},
		{"static import", `import fs from "fs"; g.emit(fs.readFileSync("/etc/passwd"))`},
		{"process", `g.emit(process.env.HOME)`},
		{"Deno and Bun", `g.emit(Deno.readTextFileSync("/etc/passwd") || Bun.file("/etc/passwd"))`},
		{"os", `g.emit(os.readFile("/etc/passwd"))`},
		{"global this", `var root = Function("return this")(); root.require("fs")`},
		{"a path as a node", `g.V("/etc/passwd").out().all(); g.emit(readFile("/etc/passwd"))`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := do(t, "POST", srv.URL+"/api/v2/query?lang=gizmo", tt.script, nil)
			if r.status != http.StatusBadRequest {
				t.Errorf("status %d, want 400: %s", r.status, r.body)
			}
			if msg := jsonError(t, r); msg == "" {
				t.Errorf("no error for a script that reaches outside the VM: %s", r.body)
			}
			if strings.Contains(r.body, "root:") {
				t.Errorf("answer holds /etc/passwd: %s", r.body)
			}
		})
	}
	waitForGizmoToEnd(t)
}

// TestTimeout runs scripts that never end. Each must be stopped at the time limit, and
// its goroutine must end too: no script may keep a core busy after its query.
func TestTimeout(t *testing.T) {
	srv, _ := newServer(t, web.Config{QueryTimeout: 300 * time.Millisecond})
	tests := []struct{ name, script string }{
		{"endless loop", `while (true) {}`},
		{"endless loop that catches", `while (true) { try { while (true) {} } catch (e) {} }`},
		{"endless loop in a callback", `g.V().forEach(function (d) { while (true) {} })`},
		{"endless loop around a query, catching", `while (true) { try { g.V().forEach(function (d) { while (true) {} }) } catch (e) {} }`},
		{"endless queries", `while (true) { try { g.V().toArray() } catch (e) {} }`},
		{"endless loop before a result", `var i = 0; while (true) { i++ } g.V().all()`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			paths := []string{"/api/v2/query?lang=gizmo", "/api/v1/shape/gizmo"}
			if strings.Contains(tt.script, "function") {
				paths = paths[:1] // the shape endpoint calls no callbacks
			}
			for _, path := range paths {
				r := do(t, "POST", srv.URL+path, tt.script, nil)
				if r.status != http.StatusServiceUnavailable {
					t.Errorf("%s: status %d, want 503: %s", path, r.status, r.body)
				}
				if msg := jsonError(t, r); !strings.Contains(msg, "timed out") {
					t.Errorf("%s: error %q does not say the query timed out", path, msg)
				}
			}
			waitForGizmoToEnd(t)
		})
	}
}

// TestScriptErrors runs scripts that crash an unguarded Gizmo: Cayley's Go code panics on
// the goroutine that runs the script, which ends the process. Each must be a 400 with
// the error, and the server must go on answering.
func TestScriptErrors(t *testing.T) {
	srv, _ := newServer(t, web.Config{QueryTimeout: 5 * time.Second})
	tests := []struct{ name, script, want string }{
		// Each of these but the last ends an unguarded kg serve (checked by hand with
		// Cayley's Gizmo alone): Cayley panics on the script's goroutine.
		{"object as predicate", `g.V().out({}).all()`, "out()"},
		{"function as predicate", `g.V().in(function () {}).all()`, "in()"},
		{"object as value", `g.V(iri({})).all()`, "iri()"},
		{"object as label", `g.V().labelContext({}).all()`, "labelContext()"},
		{"object in a morphism", `g.V().out(g.M().out({})).all()`, "out()"},
		{"reversed labels", `g.V().followR(g.M().labels()).all()`, "followR()"},
		{"object to followRecursive", `g.V().followRecursive({}).all()`, "followRecursive()"},
		{"error inside a callback", `g.V().forEach(function (d) { g.V().out({}).all() })`, "out()"},
		{"deep recursion", `function f(n) { return f(n + 1) } f(0)`, ""},
		{"an array of a billion holes", `var a = []; a.length = 1e9; g.V(a).all()`, "more than gizmo takes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			paths := []string{"/api/v2/query?lang=gizmo", "/api/v1/shape/gizmo"}
			if strings.Contains(tt.script, "function (d)") {
				paths = paths[:1] // the shape endpoint calls no callbacks
			}
			for _, path := range paths {
				r := do(t, "POST", srv.URL+path, tt.script, nil)
				if r.status != http.StatusBadRequest {
					t.Fatalf("%s: status %d, want 400: %s", path, r.status, r.body)
				}
				if msg := jsonError(t, r); msg == "" || !strings.Contains(msg, tt.want) {
					t.Errorf("%s: error %q does not name %q", path, msg, tt.want)
				}
			}
			if h := do(t, "GET", srv.URL+"/health", "", nil); h.status != http.StatusOK {
				t.Fatalf("server does not answer after the script")
			}
		})
	}
	t.Run("a script may catch the error", func(t *testing.T) {
		r := do(t, "POST", srv.URL+"/api/v2/query?lang=gizmo",
			`try { g.V().out({}).all() } catch (e) { g.emit("caught") } g.V("<kg-test:un>").all()`, nil)
		got := results(t, r)
		if len(got) != 2 || got[0] != "caught" {
			t.Errorf("results %v, want the caught error and the node", got)
		}
	})
	t.Run("the guard cannot be taken off", func(t *testing.T) {
		r := do(t, "POST", srv.URL+"/api/v2/query?lang=gizmo",
			`var d = Object.getOwnPropertyDescriptor(g, "V"); g.V = null; delete g.V; g.emit(typeof g.V); d.value().out({}).all()`, nil)
		if r.status != http.StatusBadRequest || !strings.Contains(jsonError(t, r), "out()") {
			t.Errorf("status %d: %s", r.status, r.body)
		}
	})
	waitForGizmoToEnd(t)
}
