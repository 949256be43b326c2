package graph

import (
	"errors"
	"fmt"
	"io"
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
	hkv "github.com/hidal-go/hidalgo/kv"
	hbolt "github.com/hidal-go/hidalgo/kv/bolt"
)

// Backends kg can store its graph in, by the name people pass to --backend.
const (
	Pebble    = "pebble"   // embedded, on disk, log-structured (the default)
	Bolt      = "bolt"     // embedded, on disk, a B+tree in one file
	LevelDB   = "leveldb"  // embedded, on disk, log-structured (goleveldb)
	Memstore  = "memstore" // in memory, gone when kg exits
	Postgres  = "postgres" // PostgreSQL, --db postgres://user@host/db
	Cockroach = "cockroach"
)

// Default is the backend of a new store when none is named.
const Default = Pebble

// Backends lists the backend names in the order people are told about them.
var Backends = []string{Pebble, Bolt, LevelDB, Memstore, Postgres, Cockroach}

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
	// Backend is one of Backends. "" is the kind of embedded store found in the
	// folder Addr, or Default for a new one.
	Backend string
	// Addr is the folder of an embedded store, or the database address for SQL
	// backends; ignored by memstore.
	Addr string
	// ReadOnly opens the store for reading only; several readers may share an
	// embedded store while no one writes it.
	ReadOnly bool
	// ReadOnce says that the process reads what it needs of the store once, as a
	// query does, and ends: an embedded store then keeps a small cache of what it
	// read (see readOnceCache).
	ReadOnce bool
	// LockTimeout is how long to wait for an embedded store another process holds
	// (default 2s).
	LockTimeout time.Duration
	// NoSync skips the fsync after each transaction of an embedded store: faster, and
	// still safe when the process is killed, but not when the machine loses power.
	NoSync bool
	// BatchQuads is how many quads kg gathers, in whole articles, before writing them
	// in one transaction (default 5,000, on PostgreSQL 10,000; 1 writes every article on
	// its own). Larger batches write faster and hold more memory. BatchBytes bounds the
	// same batch by the bytes of its quads' values (default 16 MB), so that a batch of
	// long articles holds no more memory than one of short ones.
	BatchQuads int
	BatchBytes int
	// Reread reads again an article whose exact text the store holds from the same file,
	// and replaces what was read of it before: after kg's reading has changed, `kg load
	// --reread` brings a store's articles up to it without loading from scratch. An
	// article whose text is stored from another file (a copy) keeps the rule of copies.
	Reread bool
}

func (o *Options) defaults() {
	if o.Backend == "" {
		o.Backend = embeddedKind(o.Addr)
	}
	if o.LockTimeout == 0 {
		o.LockTimeout = 2 * time.Second
	}
	if o.BatchQuads == 0 {
		o.BatchQuads = 5000
		if o.Backend == Postgres {
			// Each batch costs PostgreSQL round trips, and about half of what a batch
			// holds there is shared quads waiting for its look-up, which count too.
			o.BatchQuads = 10000
		}
	}
	if o.BatchBytes == 0 {
		o.BatchBytes = 16 << 20
	}
}

// Embedded reports whether backend keeps its store in a folder on this machine (""
// is one of them).
func Embedded(backend string) bool {
	_, ok := embedded[backend]
	return ok || backend == ""
}

// embeddedBackend is a key-value store that Cayley's kv quad store runs on.
type embeddedBackend struct {
	// holds reports whether a folder holds a store of this kind.
	holds func(dir string) bool
	// open opens (or creates) the key-value store in o.Addr, and what to close after it.
	open func(o Options) (hkv.KV, io.Closer, error)
}

// embedded are the embedded backends, by name.
var embedded = map[string]embeddedBackend{
	Pebble:  {holds: isPebble, open: openPebble},
	Bolt:    {holds: isBolt, open: openBolt},
	LevelDB: {holds: isLevelDB, open: openLevelDB},
}

// embeddedKind is the backend of the store in folder dir, or Default when it holds none.
func embeddedKind(dir string) string {
	if kind, ok := KindOf(dir); ok && dir != "" {
		return kind
	}
	return Default
}

// openQuadStore opens (creating it when asked and missing) the Cayley quad store, and
// for an embedded store its key-value store (for kg's own index reads and
// transactions) and what to close after it.
func openQuadStore(o Options) (cgraph.QuadStore, *kvStore, error) {
	opts := cgraph.Options{"no_bloom": true}
	if b, ok := embedded[o.Backend]; ok {
		if other, ok := KindOf(o.Addr); ok && o.Addr != "" && other != o.Backend {
			return nil, nil, fmt.Errorf("%s holds a %s store, not a %s one (--backend %s, or another --db): %w", o.Addr, other, o.Backend, other, ErrNotAStore)
		}
		db, closer, err := b.open(o)
		if err != nil {
			return nil, nil, err
		}
		kvs, qs, err := openKV(db, closer, o, opts)
		if err != nil {
			return nil, nil, err
		}
		return qs, kvs, nil
	}
	switch o.Backend {
	case Memstore:
		qs, err := cgraph.NewQuadStore("memstore", "", nil)
		return qs, nil, err
	case Postgres, Cockroach:
		if o.Addr == "" {
			return nil, nil, fmt.Errorf("%s needs a database address (--db postgres://…)", o.Backend)
		}
		if !o.ReadOnly {
			if err := cgraph.InitQuadStore(o.Backend, o.Addr, opts); err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
				return nil, nil, fmt.Errorf("init %s store: %w", o.Backend, err)
			}
		}
		qs, err := cgraph.NewQuadStore(o.Backend, o.Addr, opts)
		if err != nil {
			return nil, nil, fmt.Errorf("open %s store: %w", o.Backend, err)
		}
		return qs, nil, nil
	}
	return nil, nil, fmt.Errorf("%w %q (known: %s)", ErrUnknownBackend, o.Backend, strings.Join(Backends, ", "))
}

// openKV opens Cayley's kv quad store on db, initialising a store that has never been
// (a fresh folder, or a crash during the very first open).
func openKV(db hkv.KV, closer io.Closer, o Options, opts cgraph.Options) (*kvStore, cgraph.QuadStore, error) {
	kvs := newKVStore(db, closer)
	fail := func(err error) (*kvStore, cgraph.QuadStore, error) {
		kvs.Close()
		return nil, nil, fmt.Errorf("open store %s: %w", o.Addr, err)
	}
	qs, err := ckv.New(kvs, opts)
	if errors.Is(err, cgraph.ErrNotInitialized) {
		if o.ReadOnly {
			return fail(fmt.Errorf("no kg store here yet (run kg load first): %w", ErrNotAStore))
		}
		if err = ckv.Init(kvs, opts); err == nil {
			qs, err = ckv.New(kvs, opts)
		}
	}
	if err != nil {
		return fail(err)
	}
	if err := kvs.readIndexes(); err != nil {
		qs.Close()
		return nil, nil, fmt.Errorf("open store %s: %w", o.Addr, err)
	}
	return kvs, qs, nil
}

// boltFile is where a bolt store keeps its data inside its folder; the same layout as
// Cayley's own bolt backend, so `cayley` can open a kg store and the other way round.
func boltFile(dir string) string { return filepath.Join(dir, "indexes.bolt") }

func isBolt(dir string) bool {
	_, err := os.Stat(boltFile(dir))
	return err == nil
}

// openBolt opens a bolt store with a lock timeout (bolt waits forever by default).
func openBolt(o Options) (hkv.KV, io.Closer, error) {
	dir := o.Addr
	if err := storeFolder(dir, o.ReadOnly); err != nil {
		return nil, nil, err
	}
	if o.ReadOnly && !isBolt(dir) {
		return nil, nil, notAStore(dir)
	}
	db, err := bolt.Open(boltFile(dir), 0o644, &bolt.Options{Timeout: o.LockTimeout, ReadOnly: o.ReadOnly})
	if errors.Is(err, bolt.ErrTimeout) {
		return nil, nil, fmt.Errorf("store %s is in use by another kg process (waited %s): %w", dir, o.LockTimeout, ErrInUse)
	} else if err != nil {
		return nil, nil, fmt.Errorf("open store %s: %w", dir, err)
	}
	db.NoSync = o.NoSync
	db.NoGrowSync = o.NoSync
	return hbolt.New(db), nil, nil
}

func init() {
	// Cayley logs what it then returns as an error ("Cannot create nodes table … already
	// exists" on every open of an existing SQL store); kg reports errors itself.
	clog.SetLogger(nil)
}

// KindOf is the embedded backend whose store folder dir holds, if it holds one.
func KindOf(dir string) (string, bool) {
	for _, name := range Backends {
		if b, ok := embedded[name]; ok && b.holds(dir) {
			return name, true
		}
	}
	return "", false
}
