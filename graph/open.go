package graph

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/boltdb/bolt"
	"github.com/cayleygraph/cayley/clog"
	cgraph "github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	_ "github.com/cayleygraph/cayley/graph/memstore" // registers memstore
	_ "github.com/cayleygraph/cayley/graph/sql/cockroach"
	hbolt "github.com/hidal-go/hidalgo/kv/bolt"
)

// Backends kg can store its graph in, by the name people pass to --backend.
const (
	Bolt      = "bolt"     // embedded, on disk (the default)
	Memstore  = "memstore" // in memory, gone when kg exits
	Postgres  = "postgres" // PostgreSQL, --db postgres://user@host/db
	Cockroach = "cockroach"
)

// Backends lists the backend names in the order people are told about them.
var Backends = []string{Bolt, Memstore, Postgres, Cockroach}

// Errors callers test for.
var (
	ErrInUse          = errors.New("store is in use by another kg process")
	ErrUnknownBackend = errors.New("unknown backend")
	ErrNotAStore      = errors.New("not a kg store")
	ErrReadOnly       = errors.New("store is open read-only")
	// ErrInvalidText means an article carries text that is not UTF-8, which no
	// store takes; AddArticle refuses the article and the batch goes on.
	ErrInvalidText = errors.New("text is not valid UTF-8")
)

// Options say how to open a store.
type Options struct {
	Backend string // one of Backends; "" is Bolt
	// Addr is the bolt folder, or the database address for SQL backends; ignored by memstore.
	Addr string
	// ReadOnly opens the store for reading only; several readers may share a bolt store.
	ReadOnly bool
	// LockTimeout is how long to wait for a bolt store another process holds (default 2s).
	LockTimeout time.Duration
	// NoSync skips the fsync after each bolt transaction: faster, and still safe when
	// the process is killed, but not when the machine loses power.
	NoSync bool
	// BatchQuads is how many quads kg gathers, in whole articles, before writing them
	// in one transaction (default 5,000; 1 writes every article on
	// its own). Larger batches write faster and hold more memory.
	BatchQuads int
}

func (o *Options) defaults() {
	if o.Backend == "" {
		o.Backend = Bolt
	}
	if o.LockTimeout == 0 {
		o.LockTimeout = 2 * time.Second
	}
	if o.BatchQuads == 0 {
		o.BatchQuads = 5000
	}
}

// boltFile is where a bolt store keeps its data inside its folder; the same layout as
// Cayley's own bolt backend, so `cayley` can open a kg store and the other way round.
func boltFile(dir string) string { return filepath.Join(dir, "indexes.bolt") }

// openQuadStore opens (creating it when asked and missing) the Cayley quad store.
func openQuadStore(o Options) (cgraph.QuadStore, error) {
	opts := cgraph.Options{"no_bloom": true}
	switch o.Backend {
	case Bolt:
		return openBolt(o, opts)
	case Memstore:
		return cgraph.NewQuadStore("memstore", "", nil)
	case Postgres, Cockroach:
		if o.Addr == "" {
			return nil, fmt.Errorf("%s needs a database address (--db postgres://…)", o.Backend)
		}
		if !o.ReadOnly {
			if err := cgraph.InitQuadStore(o.Backend, o.Addr, opts); err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
				return nil, fmt.Errorf("init %s store: %w", o.Backend, err)
			}
		}
		qs, err := cgraph.NewQuadStore(o.Backend, o.Addr, opts)
		if err != nil {
			return nil, fmt.Errorf("open %s store: %w", o.Backend, err)
		}
		return qs, nil
	}
	return nil, fmt.Errorf("%w %q (known: %s)", ErrUnknownBackend, o.Backend, strings.Join(Backends, ", "))
}

// openBolt opens a bolt store with a lock timeout (bolt waits forever by default) and
// without Cayley's bloom filters (they cost ~600 MB per 500k quads).
func openBolt(o Options, opts cgraph.Options) (cgraph.QuadStore, error) {
	dir := o.Addr
	if dir == "" {
		return nil, errors.New("bolt needs a folder (--db PATH)")
	}
	file := boltFile(dir)
	fresh := false
	if _, err := os.Stat(file); errors.Is(err, os.ErrNotExist) {
		if o.ReadOnly {
			return nil, fmt.Errorf("%s: no kg store here yet (run kg load first): %w", dir, ErrNotAStore)
		}
		if st, err := os.Stat(dir); err == nil && !st.IsDir() {
			return nil, fmt.Errorf("%s is a file, not a kg store folder: %w", dir, ErrNotAStore)
		}
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("create store folder: %w", err)
		}
		fresh = true
	} else if err != nil {
		return nil, fmt.Errorf("open store %s: %w", dir, err)
	}
	db, err := bolt.Open(file, 0o644, &bolt.Options{Timeout: o.LockTimeout, ReadOnly: o.ReadOnly})
	if errors.Is(err, bolt.ErrTimeout) {
		return nil, fmt.Errorf("store %s is in use by another kg process (waited %s): %w", dir, o.LockTimeout, ErrInUse)
	} else if err != nil {
		return nil, fmt.Errorf("open store %s: %w", dir, err)
	}
	db.NoSync = o.NoSync
	db.NoGrowSync = o.NoSync
	kv := hbolt.New(db)
	if fresh {
		if err := ckv.Init(kv, opts); err != nil {
			kv.Close()
			return nil, fmt.Errorf("init store %s: %w", dir, err)
		}
	}
	qs, err := ckv.New(kv, opts)
	if errors.Is(err, cgraph.ErrNotInitialized) && !o.ReadOnly {
		// A folder whose bolt file exists but was never initialised (a crash during
		// the very first open): initialise it now.
		if err = ckv.Init(kv, opts); err == nil {
			qs, err = ckv.New(kv, opts)
		}
	}
	if err != nil {
		kv.Close()
		return nil, fmt.Errorf("open store %s: %w", dir, err)
	}
	return qs, nil
}

func init() {
	// Cayley logs what it then returns as an error ("Cannot create nodes table … already
	// exists" on every open of an existing SQL store); kg reports errors itself.
	clog.SetLogger(nil)
}
