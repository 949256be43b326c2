package queries

import (
	"context"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/cayley/query/gizmo"
	"github.com/cayleygraph/cayley/query/path"
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
	if err := GuardGizmo(ctx, ses, Guard{Prelude: true, MaxResultBytes: opt.MaxResultBytes, Record: opt.Record}); err != nil {
		return nil, err
	}
	limit := opt.Limit
	if limit <= 0 {
		limit = -1
	}
	it, err := ses.Execute(ctx, full, query.Options{Collation: opt.Collation, Limit: limit})
	if err != nil {
		return nil, fmt.Errorf("gizmo: %w", Explain(err))
	}
	return it, nil
}

// stopAndWait stops a script whose results are all in but which still runs, and waits
// until its goroutine has returned: a Go call it is in (a read of the store) ends
// first, so that the store may be closed after. (Gizmo's Close only interrupts the
// script; Next reports the end of its goroutine.)
func stopAndWait(it query.Iterator) {
	it.Close()
	for it.Next(context.Background()) {
	}
}
