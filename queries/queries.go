// Package queries owns kg's saved Gizmo queries (the *.js files beside this one, embedded
// in the binary) and the Go that lists them, reads their header comments and runs them,
// or any other Gizmo script, against a Cayley store with parameters, a limit and a
// timeout.
package queries

import (
	"bufio"
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/cayley/query/gizmo"
	"github.com/cayleygraph/quad"
	"github.com/dop251/goja"
	"github.com/dustin/go-humanize"

	_ "github.com/factgraph/kg/schema" // registers the kg: prefix
)

//go:embed *.js
var files embed.FS

// preludeFile holds the helpers every script can call; it is not a saved query.
const preludeFile = "prelude.js"

// Errors callers test for.
var (
	ErrUnknownQuery = errors.New("no saved query by that name")
	ErrTimeout      = errors.New("query timed out")
)

// Query is a saved Gizmo query.
type Query struct {
	Name        string  `json:"name"`
	Description string  `json:"description"`
	Params      []Param `json:"params"`
	// Columns are the fields of each result row, in order: the script emits these and
	// no others (prelude's emit keeps them), and tables show them in this order.
	Columns []Column `json:"columns"`
	// View is "graph" for a query made for Cayley's graph view (kg serve's Visualize
	// page): its rows link a source to a target, each {"@id": a name}.
	View   string `json:"view,omitempty"`
	Source string `json:"-"` // the script, header included
	// Problems are the header lines Parse could not read.
	Problems []string `json:"-"`
}

// Column is a field of a saved query's result rows.
type Column struct {
	Name        string `json:"name"`
	Description string `json:"description"`
}

// Param is a parameter a saved query reads from `params`, as its header declares it:
// "// param NAME (TYPE, required, default X): meaning" (see parseParam).
type Param struct {
	Name        string   `json:"name"`
	Description string   `json:"description"`
	Type        string   `json:"type"`              // Text, Date, Number or Choice
	Choices     []string `json:"choices,omitempty"` // the values a Choice allows
	Required    bool     `json:"required,omitempty"`
	Default     string   `json:"default,omitempty"` // what the script takes when none is given, in words
}

// List returns the saved queries, by name.
func List() []Query {
	entries, err := fs.ReadDir(files, ".")
	if err != nil {
		panic(err) // an embedded folder: cannot fail
	}
	var out []Query
	for _, e := range entries {
		if e.Name() == preludeFile || path.Ext(e.Name()) != ".js" {
			continue
		}
		src, err := fs.ReadFile(files, e.Name())
		if err != nil {
			panic(err)
		}
		out = append(out, Parse(strings.TrimSuffix(e.Name(), ".js"), string(src)))
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// Get returns the saved query called name.
func Get(name string) (Query, error) {
	for _, q := range List() {
		if q.Name == name {
			return q, nil
		}
	}
	var names []string
	for _, q := range List() {
		names = append(names, q.Name)
	}
	return Query{}, fmt.Errorf("%w: %q%s (kg query --list shows them)", ErrUnknownQuery, name, didYouMean(name, names))
}

// Parse reads a script's header comment:
//
//	// name: figures
//	// description: every figure for an event or entity, oldest report first
//	// param event: part of the event's label
//	// param since (date): only reports published on or after this day
//	// column event: the event's label
//
// (see parseParam for what a parameter may declare). The name defaults to fallback.
func Parse(fallback, src string) Query {
	q := Query{Name: fallback, Source: src}
	sc := bufio.NewScanner(strings.NewReader(src))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		if !strings.HasPrefix(line, "//") {
			break
		}
		line = strings.TrimSpace(strings.TrimPrefix(line, "//"))
		key, val, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		val = strings.TrimSpace(val)
		switch k := strings.TrimSpace(key); {
		case k == "name":
			q.Name = val
		case k == "description":
			q.Description = val
		case k == "view":
			q.View = val
		case strings.HasPrefix(k, "param "):
			p, err := parseParam(strings.TrimPrefix(k, "param "), val)
			if err != nil {
				q.Problems = append(q.Problems, err.Error())
			}
			q.Params = append(q.Params, p)
		case strings.HasPrefix(k, "column "):
			q.Columns = append(q.Columns, Column{Name: strings.TrimSpace(strings.TrimPrefix(k, "column ")), Description: val})
		}
	}
	return q
}

// Options control a run.
type Options struct {
	Params  map[string]string // delivered to the script as the object `params`
	Limit   int               // the most results to return; 0 means no limit
	Timeout time.Duration     // 0 means none
	// MaxMemory stops the query when the Go heap passes this many bytes while it runs
	// (see WatchMemory); 0 means DefaultMaxMemory, a negative value no bound. A script
	// may emit at most an eighth of it (Guard.MaxResultBytes).
	MaxMemory int64
}

// Run runs a Gizmo script against qs and returns its results: the objects the script
// emits (g.emit), or the tagged nodes of a path's .all(). The script can call the
// helpers of prelude.js and type short IRIs ("kg:entity/…") with g.IRI. It fails with
// ErrTimeout or ErrMemoryLimit when the query passes a bound, and otherwise with the
// script's error as Explain words it, or with ErrBadParam when the script declares
// its parameters and opt.Params do not suit them (Query.CheckParams).
func Run(ctx context.Context, qs cgraph.QuadStore, script string, opt Options) ([]any, error) {
	out := []any{}
	err := Stream(ctx, qs, script, opt, func(v any) error {
		out = append(out, v)
		return nil
	})
	return out, err
}

// Stream runs a script as Run does, and hands each result to emit as the script gives
// it, so that a caller can write results as they come and hold none of them. An error
// from emit stops the script and is returned.
func Stream(ctx context.Context, qs cgraph.QuadStore, script string, opt Options, emit func(any) error) error {
	if err := Parse("", script).CheckParams(opt.Params); err != nil {
		return err
	}
	if opt.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, opt.Timeout)
		defer cancel()
	}
	maxMemory := opt.MaxMemory
	if maxMemory == 0 {
		maxMemory = DefaultMaxMemory
	}
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil) // ends a script still running when its results are all in
	defer WatchMemory(maxMemory, cancel)()
	it, err := Start(ctx, qs, script, StartOptions{Params: opt.Params, Limit: opt.Limit, Collation: query.Raw, MaxResultBytes: max(maxMemory/8, 0)})
	if err != nil {
		return err
	}
	defer it.Close()
	n := 0
	var last any // the value the script ends with ("g.V().count()"), shown when nothing else is
	for it.Next(ctx) {
		r, ok := it.Result().(*gizmo.Result)
		if !ok || r == nil {
			continue
		}
		if r.Meta {
			last = r.Val
			continue
		}
		v, err := native(qs, r)
		if err != nil {
			return fmt.Errorf("gizmo: %w", err)
		}
		if err := emit(v); err != nil {
			stopAndWait(it)
			return err
		}
		if n++; opt.Limit > 0 && n >= opt.Limit {
			stopAndWait(it) // the caller may close the store next
			return nil
		}
	}
	if n == 0 && last != nil {
		if _, isPath := last.(interface{ String() string }); !isPath {
			if err := emit(last); err != nil {
				return err
			}
		}
	}
	if err := it.Err(); err != nil {
		switch cause := context.Cause(ctx); {
		case errors.Is(cause, context.DeadlineExceeded):
			return fmt.Errorf("%w after %s", ErrTimeout, opt.Timeout)
		case errors.Is(cause, ErrMemoryLimit):
			return fmt.Errorf("%w: the heap passed %s, the bound for one query", ErrMemoryLimit, Bytes(maxMemory))
		}
		return Explain(err)
	}
	return nil
}

// Decode turns the rows Run returned into typed values: into points to a slice of
// structs whose json tags name the columns the query declares. Missing and null
// columns leave their fields zero.
func Decode(rows []any, into any) error {
	b, err := json.Marshal(rows)
	if err != nil {
		return fmt.Errorf("decode rows: %w", err)
	}
	if err := json.Unmarshal(b, into); err != nil {
		return fmt.Errorf("decode rows: %w", err)
	}
	return nil
}

// native turns a result into plain values: the object a script emitted, or a map of
// its tags to their values (IRIs written "<…>", literals as Go values).
func native(qs cgraph.QuadStore, r *gizmo.Result) (any, error) {
	if r.Tags == nil {
		return plainResult(r.Val), nil
	}
	obj := make(map[string]any, len(r.Tags))
	for k, ref := range r.Tags {
		v, err := qs.NameOf(ref)
		if err != nil {
			return nil, err
		}
		if v == nil {
			continue
		}
		if n := v.Native(); n != nil {
			if qv, ok := n.(quad.Value); !ok || qv != v {
				obj[k] = n
				continue
			}
		}
		obj[k] = v.String()
	}
	return obj, nil
}

// Program is the script kg runs for a user's script in a session guarded with the
// prelude (Guard.Prelude, which runs the header Go writes from package schema, see
// header, then prelude.js): `params`, `limit` (the most results wanted, 0 for all, so
// that a script can stop early) and `COLUMNS` (the columns the script's header
// declares), then the script itself, wrapped (see Wrap).
func Program(script string, params map[string]string, limit int) (string, error) {
	if params == nil {
		params = map[string]string{}
	}
	p, err := json.Marshal(params)
	if err != nil {
		return "", fmt.Errorf("encode params: %w", err)
	}
	wrapped, err := Wrap(script)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	b.WriteString("var params = ")
	b.Write(p)
	b.WriteString(";\nvar limit = ")
	b.WriteString(strconv.Itoa(max(limit, 0)))
	b.WriteString(";\nvar COLUMNS = ")
	var cols []string
	for _, c := range Parse("", script).Columns {
		cols = append(cols, c.Name)
	}
	c, err := json.Marshal(append([]string{}, cols...))
	if err != nil {
		return "", fmt.Errorf("encode columns: %w", err)
	}
	b.Write(c)
	b.WriteString(";\n")
	b.WriteString(wrapped)
	return b.String(), nil
}

// prelude is the header and prelude.js, compiled once.
var prelude = sync.OnceValues(func() (*goja.Program, error) {
	src, err := fs.ReadFile(files, preludeFile)
	if err != nil {
		return nil, fmt.Errorf("read prelude: %w", err)
	}
	p, err := goja.Compile(preludeFile, header+string(src), false)
	if err != nil {
		return nil, fmt.Errorf("compile prelude: %w", err)
	}
	return p, nil
})

// Explain words an error of a Gizmo script for a person, the same way for kg query and
// kg serve: the script's own message and where in the script it was thrown (a plain
// Error without its "Error: "); a stack overflow says how deep calls may nest. Other
// errors pass unchanged.
func Explain(err error) error {
	var (
		overflow *goja.StackOverflowError
		ex       *goja.Exception
	)
	switch {
	case errors.As(err, &overflow):
		return fmt.Errorf("the script nests calls more than %d deep%s", MaxGizmoCallDepth, where(overflow.Stack()))
	case errors.As(err, &ex) && ex.Value() != nil:
		// A script's own `throw new Error("…")` says its message alone.
		return fmt.Errorf("%s%s", strings.TrimPrefix(ex.Value().String(), "Error: "), where(ex.Stack()))
	}
	return err
}

// where is the place in the script of the innermost frame of the script's own that has
// one: not of the prelude, nor of the lines Program and Wrap put around the script
// (goja names the source of a program compiled without a name "", and of the script,
// run by eval, "<eval>").
func where(stack []goja.StackFrame) string {
	for _, f := range stack {
		if p := f.Position(); p.Line > 0 && f.SrcName() != preludeFile && f.SrcName() != "" {
			return fmt.Sprintf(" (line %d, column %d)", p.Line, p.Column)
		}
	}
	return ""
}

// Bytes writes a size in bytes for people: "1.0 GiB".
func Bytes(n int64) string {
	if n < 0 {
		return "no bound"
	}
	return humanize.IBytes(uint64(n))
}
