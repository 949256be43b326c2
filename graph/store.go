package graph

import (
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/factgraph/kg/schema"
)

// Store is a kg graph in a Cayley quad store. It writes articles in transactions that
// each hold whole articles, so a crash never leaves half an article behind, and it
// links each article to what the store already knows as it writes it.
type Store struct {
	opt Options
	qs  cgraph.QuadStore
	kv  *kvStore // the key-value store under qs, for an embedded store (else nil)

	// Articles and quads waiting to be written in the next transaction.
	pending []cgraph.Delta
	// pendingBytes is about what the values of the pending additions take (see
	// Options.BatchBytes).
	pendingBytes int
	staged       map[string]bool   // IDs of the articles in pending
	stagedBy     map[string]string // article key → ID, for articles in pending
	dropped      map[string]bool   // IDs of articles in pending that are being replaced
	// dirty are the buckets the pending articles add to or leave: their derived layer
	// is computed again once the articles are written (see derive.go).
	dirty   map[quad.IRI]bool
	buckets bucketCache      // what the derived layer read of each bucket
	quadSet map[quadKey]bool // quads in pending or unsure, to add each once
	// unsure are the shared quads staged on PostgreSQL that the store may hold already,
	// looked up together when the batch is written (see resolveShared).
	unsure   []quad.Quad
	written  Written // what Open's writes have added so far
	counting Written // the same, for the pending transaction
	// sharedHave remembers the shared (unlabelled) quads known to be stored or staged.
	sharedHave map[quadKey]bool
	side       *sqlSide           // SQL stores: kg's own connection (writers' lock, batched lookups)
	onFlush    func(articles int) // tests use it to count transactions
	// undisturbed counts the name buckets a derivation left alone without reading them
	// (see nothingToDerive); tests read it.
	undisturbed int
}

// Written counts what a Store added since it was opened: quads, and the nodes among
// them (a node counts when its type quad is written).
type Written struct {
	Quads     int `json:"quads"`
	Entities  int `json:"entities"`
	Claims    int `json:"claims"`
	Events    int `json:"events"`
	Conflicts int `json:"conflicts"`
}

func (w *Written) add(o Written) {
	w.Quads += o.Quads
	w.Entities += o.Entities
	w.Claims += o.Claims
	w.Events += o.Events
	w.Conflicts += o.Conflicts
}

// count notes a quad about to be added.
func (w *Written) count(q quad.Quad) {
	w.Quads++
	if q.Predicate != schema.Type {
		return
	}
	switch q.Object {
	case schema.Person, schema.Organization, schema.Place, schema.Group, schema.Thing:
		w.Entities++
	case schema.Figure, schema.Quote, schema.Relation:
		w.Claims++
	case schema.Event:
		w.Events++
	case schema.Conflict:
		w.Conflicts++
	}
}

// Written says what the store's writes have added since Open (deletions not counted).
func (s *Store) Written() Written { return s.written }

// Outcome says what writing an article did.
type Outcome int

// What AddArticle can do.
const (
	Added     Outcome = iota // a new article
	Unchanged                // the store already held this exact text
	Replaced                 // a new version of an article with the same URL or path
	Older                    // an older version of a stored article (see newerStored): not written
)

func (o Outcome) String() string {
	switch o {
	case Added:
		return "added"
	case Unchanged:
		return "unchanged"
	case Replaced:
		return "replaced"
	case Older:
		return "older"
	}
	return "unknown"
}

// Open opens the store o names, creating it when it does not exist yet (unless
// o.ReadOnly). A bolt store another process holds is reported as ErrInUse after
// o.LockTimeout.
func Open(o Options) (*Store, error) {
	o.defaults()
	var side *sqlSide
	if o.Backend == Postgres || o.Backend == Cockroach {
		// Two loaders starting on a fresh database would both create its tables.
		var err error
		if side, err = openSQLSide(o); err != nil {
			return nil, err
		}
		if _, err := side.lock(o.Backend); err != nil {
			side.close()
			return nil, err
		}
	}
	qs, kvs, err := openQuadStore(o)
	if err == nil && o.Backend == Postgres && !o.ReadOnly {
		if err = side.prepare(); err != nil {
			qs.Close()
		}
	}
	side.unlock()
	if err != nil {
		side.close()
		return nil, err
	}
	s := &Store{opt: o, qs: qs, kv: kvs, sharedHave: map[quadKey]bool{}, side: side}
	s.resetPending()
	s.buckets.reset()
	if !o.ReadOnly {
		if err := s.writeNamespaces(); err != nil {
			qs.Close()
			return nil, err
		}
		if err := s.mend(); err != nil {
			s.side.close()
			qs.Close()
			return nil, err
		}
	}
	register(qs, kvs)
	return s, nil
}

// mend derives again the buckets an interrupted writer left marked dirty.
func (s *Store) mend() error {
	if err := s.lock(); err != nil {
		return err
	}
	defer s.side.unlock()
	dirty, err := s.dirtyBuckets()
	if err != nil {
		return fmt.Errorf("read dirty buckets: %w", err)
	}
	if err := s.derive(dirty, true); err != nil {
		return fmt.Errorf("mend the derived layer: %w", err)
	}
	return nil
}

func (s *Store) resetPending() {
	s.pending = s.pending[:0]
	s.unsure = s.unsure[:0]
	s.pendingBytes = 0
	s.dirty = make(map[quad.IRI]bool)
	s.staged = make(map[string]bool)
	s.stagedBy = make(map[string]string)
	s.dropped = make(map[string]bool)
	s.quadSet = make(map[quadKey]bool)
}

// shared reports whether other processes may write to the store at the same time (the
// SQL backends): kg then lets the store skip a shared quad another process wrote first,
// and keeps what it read only as caching says.
func (s *Store) shared() bool { return s.opt.Backend == Postgres || s.opt.Backend == Cockroach }

// caching reports whether s may keep what it read of the store from one transaction to
// the next: on a store no other process writes, and on PostgreSQL, where a writer
// learns when it takes the writers' lock whether another wrote since (see
// sqlSide.lock). CockroachDB has no such lock: there, kg reads afresh.
func (s *Store) caching() bool { return !s.shared() || s.opt.Backend == Postgres }

// lock takes the writers' lock of a SQL store, and forgets what s read of the store
// when another writer has written since s last held it.
func (s *Store) lock() error {
	stale, err := s.side.lock(s.opt.Backend)
	if stale {
		s.sharedHave = map[quadKey]bool{}
		s.buckets.reset()
	}
	return err
}

// QuadStore is the Cayley quad store under s, for queries and the web UI.
func (s *Store) QuadStore() cgraph.QuadStore { return s.qs }

// Handle is the Cayley handle of s. Its writer applies each write in one transaction.
func (s *Store) Handle() (*cgraph.Handle, error) {
	qw, err := cgraph.NewQuadWriter("single", s.qs, cgraph.Options{"ignore_missing": true})
	if err != nil {
		return nil, fmt.Errorf("quad writer: %w", err)
	}
	return &cgraph.Handle{QuadStore: s.qs, QuadWriter: qw}, nil
}

// Backend is the name of the backend s is in.
func (s *Store) Backend() string { return s.opt.Backend }

// Close writes what is pending and closes the store.
func (s *Store) Close() error {
	err := s.Flush()
	if cerr := s.side.close(); err == nil {
		err = cerr
	}
	unregister(s.qs)
	if cerr := s.qs.Close(); err == nil {
		err = cerr
	}
	return err
}

// writeNamespaces stores kg's prefixes (as Cayley's schema package does), so that
// g.loadNamespaces() in Gizmo finds them.
func (s *Store) writeNamespaces() error {
	var deltas []cgraph.Delta
	for _, q := range namespaceQuads() {
		ok, err := s.hasQuad(q)
		if err != nil {
			return fmt.Errorf("read namespaces: %w", err)
		}
		if !ok {
			deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Add})
		}
	}
	if len(deltas) == 0 {
		return nil
	}
	// Two loaders opening a fresh shared store at once may both find them missing.
	if err := s.qs.ApplyDeltas(deltas, cgraph.IgnoreOpts{IgnoreDup: true}); err != nil {
		return fmt.Errorf("write namespaces: %w", err)
	}
	return nil
}

// Has reports whether the store holds the article with this ID.
func (s *Store) Has(id string) (bool, error) {
	if s.staged[id] {
		return true, nil
	}
	if s.dropped[id] {
		return false, nil
	}
	return s.exists(schema.ArticleIRI(id))
}

// exists reports whether any quad has v as its subject. (A ref from ValueOf is not
// enough: SQL stores make one from the value's hash whether it is stored or not.)
func (s *Store) exists(v quad.Value) (bool, error) {
	found := false
	err := s.eachMatch(match{quad.Subject: v}, func(quad.Quad) bool {
		found = true
		return false
	})
	return found, err
}
