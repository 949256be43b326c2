package queries

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"
)

// TestGuardedValues runs scripts whose values cross between the script and Gizmo.
// (The values that crashed an unguarded kg, cyclic or millions deep, are tried in a
// child process: cmd/kg's TestQueryHostileValues.)
func TestGuardedValues(t *testing.T) {
	qs := annan(t)
	tests := []struct {
		name, script string
		opt          Options
		want         string // the results as JSON
		wantErr      string
	}{
		{name: "emit a tree", script: `g.emit({a: [1, "two", {b: null}], c: true})`, want: `[{"a":[1,"two",{"b":null}],"c":true}]`},
		{name: "a value met twice is no cycle", script: `var x = {n: 1}; g.emit([x, x, {x: x}])`, want: `[[{"n":1},{"n":1},{"x":{"n":1}}]]`},
		{name: "as deep as allowed", script: `var a = 1; for (var i = 0; i < 100; i++) a = [a]; g.emit(a) || g.emit("done")`, want: `[` + strings.Repeat("[", 100) + "1" + strings.Repeat("]", 100) + `,"done"]`},
		{name: "one deeper", script: `var a = 1; for (var i = 0; i < 101; i++) a = [a]; g.emit(a)`, wantErr: "emit(): the value nests arrays and objects more than 100 deep"},
		{name: "a cycle", script: `var a = [1]; a.push({back: a}); g.emit(a)`, wantErr: "emit(): the value contains itself"},
		{name: "a Set", script: `g.emit([new Set([1])])`, wantErr: "emit(): the value holds a Set"},
		{name: "a path in an array", script: `g.emit(g.V(g.IRI("kg:entity/person/kofi-annan")).out([kg("envoyOf")]).toArray().length)`, want: `[2]`},
		{name: "toArray gives an array of the script's own", script: `var r = g.V(g.IRI("kg:entity/person/kofi-annan")).out(kg("envoyOf")).toArray(); r.push("more"); g.emit([Array.isArray(r), r.length])`, want: `[[true,3]]`},
		{name: "tagArray gives objects of the script's own", script: `var r = g.V(g.IRI("kg:entity/organization/united-nations")).tag("org").tagArray(); r[0].note = "added"; g.emit(Object.keys(r[0]).sort())`, want: `[["id","note","org"]]`},
		{name: "a callback gets an object of its own", script: `g.V(g.IRI("kg:entity/organization/united-nations")).forEach(function (d) { d.seen = true; g.emit(d) })`, want: `[{"id":"\u003chttps://factgraph.org/kg/entity/organization/united-nations\u003e","seen":true}]`},
		{name: "the last value is copied", script: `var o = {n: [1, 2]}; o`, want: `[{"n":[1,2]}]`},
		// The bound is one the test's heap never grows by (a tiny one is passed by the
		// query's own start, and the memory watchdog may stop it before the emit check).
		{name: "emitted text is bounded", script: `var s = "x".repeat(1 << 17); for (;;) g.emit(s)`, opt: Options{MaxMemory: 8 << 20}, wantErr: "emit(): the results are larger than 1048576 bytes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Run(context.Background(), qs, tt.script, tt.opt)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want one saying %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			b, _ := json.Marshal(got)
			if string(b) != tt.want {
				t.Errorf("results = %s\nwant      %s", b, tt.want)
			}
		})
	}
}

// TestExplain: a script's error names the place in the script itself, not in the
// program kg wraps around it (the prelude, params, the wrapper).
func TestExplain(t *testing.T) {
	qs := annan(t)
	tests := []struct{ script, want string }{
		{"var x = 1;\nfunction f(n) { return f(n + 1) }\nf(0)", "the script nests calls more than 1000 deep (line 2, column 25)"},
		{"\n\n  throw new Error(\"here\")", "here (line 3, column 9)"},
		{"short({toString: function () { throw new Error(\"inside\") }})", "inside (line 1, column 38)"},
		{"\n  throw new TypeError(\"typed\")", "TypeError: typed (line 2, column 9)"},
		{"g.V(.all()", "SyntaxError: Unexpected token . (line 1, column 5"},
		{"// name: q\n// param p: a parameter\n\nfoo()", "ReferenceError: foo is not defined (line 4, column 4)"},
	}
	for _, tt := range tests {
		_, err := Run(context.Background(), qs, tt.script, Options{})
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) || strings.Contains(err.Error(), "<eval>") {
			t.Errorf("%q: err = %v, want %q", tt.script, err, tt.want)
		}
	}
}

// TestWatchMemory: the watchdog stops a query when the heap passes its bound, once,
// and never after release.
func TestWatchMemory(t *testing.T) {
	stopped := make(chan error, 2)
	release := WatchMemory(1, func(err error) { stopped <- err }) // any heap passes one byte
	select {
	case err := <-stopped:
		if !errors.Is(err, ErrMemoryLimit) {
			t.Errorf("stopped with %v, want ErrMemoryLimit", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("a heap over the bound did not stop the query")
	}
	release()

	calm := WatchMemory(1<<50, func(err error) { stopped <- err })
	time.Sleep(50 * time.Millisecond)
	calm()
	select {
	case err := <-stopped:
		t.Errorf("a query under its bound was stopped (%v), or one stopped twice", err)
	default:
	}
	if release := WatchMemory(0, func(error) { t.Error("a bound of 0 watches nothing") }); release == nil {
		t.Error("no release")
	}
}

// TestRunMemoryBound: Run stops a script that allocates without end at its bound,
// with ErrMemoryLimit, and the bound is given in the error.
func TestRunMemoryBound(t *testing.T) {
	qs := annan(t)
	_, err := Run(context.Background(), qs, `var a = []; while (true) a.push(new Array(1e5))`, Options{MaxMemory: 64 << 20, Timeout: time.Minute})
	if !errors.Is(err, ErrMemoryLimit) || !strings.Contains(err.Error(), "64 MiB") {
		t.Errorf("err = %v, want ErrMemoryLimit with the bound", err)
	}
}
