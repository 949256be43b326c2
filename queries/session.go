package queries

import (
	"context"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/cayley/query/gizmo"
	"github.com/cayleygraph/cayley/query/path"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/jsonld"
)

// StartOptions control Start.
type StartOptions struct {
	Params map[string]string // the script's `params`
	// Limit is the most results Gizmo returns, and the script's `limit`; 0 means all.
	Limit int
	// Collation is the form of the results: query.Raw for Run, JSON or JSON-LD for
	// Cayley's HTTP API.
	Collation query.Collation
	// MaxResultBytes bounds what the script emits (Guard.MaxResultBytes).
	MaxResultBytes int64
	// Record, when set, records the path of every final instead of running it
	// (Guard.Record), for the shape of a query.
	Record func(*path.Path) error
}

// Start runs a Gizmo script the way every kg query runs, for kg query, kg report and
// kg serve alike: in a session guarded against what a script can do (GuardGizmo), after
// kg's prelude (so that g.IRI("kg:…") and the helpers work without a call), with the
// script's parameters, limit and declared columns (Program). It returns Gizmo's
// iterator, which the caller reads and closes; the script stops when ctx ends. An
// error is the script's, as Explain words it.
func Start(ctx context.Context, qs cgraph.QuadStore, script string, opt StartOptions) (query.Iterator, error) {
	full, err := Program(script, opt.Params, opt.Limit)
	if err != nil {
		return nil, Explain(err)
	}
	ses := gizmo.NewSession(qs)
	// Gizmo panics on some arguments a script can pass (g.V().out({})), on a goroutine
	// of its own where a panic ends the process: the guard turns them into errors.
	if err := GuardGizmo(ctx, ses, Guard{Prelude: true, MaxResultBytes: opt.MaxResultBytes, Record: opt.Record, Store: qs}); err != nil {
		return nil, err
	}
	limit := opt.Limit
	if limit <= 0 {
		limit = -1
	}
	// Raw results, collated here: Gizmo's own JSON drops the script's last value.
	it, err := ses.Execute(ctx, full, query.Options{Collation: query.Raw, Limit: limit})
	if err != nil {
		return nil, fmt.Errorf("gizmo: %w", Explain(err))
	}
	if opt.Collation == query.JSON || opt.Collation == query.JSONLD {
		return &collated{it: it, qs: qs, ld: opt.Collation == query.JSONLD}, nil
	}
	return it, nil
}

// collated gives Gizmo's raw results in the JSON or JSON-LD form of Cayley's HTTP API,
// as Gizmo's own collation does, and, as kg query does, the script's last value when
// it emits nothing else (g.V().count() answers its count, not nothing).
type collated struct {
	it      query.Iterator
	qs      cgraph.QuadStore
	ld      bool
	cur     any
	last    any
	results int
	err     error
}

func (c *collated) Next(ctx context.Context) bool {
	for c.err == nil && c.it.Next(ctx) {
		r, ok := c.it.Result().(*gizmo.Result)
		if !ok || r == nil {
			continue
		}
		if r.Meta {
			c.last = r.Val
			continue
		}
		c.cur, c.err = c.value(r)
		c.results++
		return c.err == nil
	}
	if c.results == 0 && c.last != nil && c.err == nil && c.it.Err() == nil {
		v := c.last
		c.last = nil
		if _, isPath := v.(interface{ String() string }); !isPath {
			c.cur, c.results = v, 1
			return true
		}
	}
	return false
}

// value is a result in JSON: what the script emitted, or its tags' values.
func (c *collated) value(r *gizmo.Result) (any, error) {
	if r.Val != nil {
		return plainResult(r.Val), nil
	}
	obj := make(map[string]any, len(r.Tags))
	for k, ref := range r.Tags {
		v, err := c.qs.NameOf(ref)
		if err != nil {
			return nil, err
		}
		switch {
		case v == nil:
		case c.ld:
			obj[k] = jsonld.FromValue(v)
		default:
			n := v.Native()
			if nv, ok := n.(quad.Value); ok && nv == v {
				n = quad.StringOf(v)
			}
			obj[k] = n
		}
	}
	return obj, nil
}

func (c *collated) Result() any { return c.cur }

func (c *collated) Err() error {
	if c.err != nil {
		return c.err
	}
	return c.it.Err()
}

func (c *collated) Close() error { return c.it.Close() }

// stopAndWait stops a script whose results are all in but which still runs, and waits
// until its goroutine has returned: a Go call it is in (a read of the store) ends
// first, so that the store may be closed after. (Gizmo's Close only interrupts the
// script; Next reports the end of its goroutine.)
func stopAndWait(it query.Iterator) {
	it.Close()
	for it.Next(context.Background()) {
	}
}
