package graph

import (
	"context"
	"fmt"
	"time"
	"unicode/utf8"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/cayley/query/shape"
	"github.com/cayleygraph/quad"

	"github.com/factgraph/kg"
	"github.com/factgraph/kg/schema"
)

// Store is a kg graph in a Cayley quad store. It writes articles in transactions that
// each hold whole articles, so a crash never leaves half an article behind, and it
// links each article to what the store already knows as it writes it.
type Store struct {
	opt Options
	qs  cgraph.QuadStore

	// Articles and quads waiting to be written in the next transaction.
	pending  []cgraph.Delta
	staged   map[string]bool   // IDs of the articles in pending
	stagedBy map[string]string // article key → ID, for articles in pending
	dropped  map[string]bool   // IDs of articles in pending that are being replaced
	// dirty are the buckets the pending articles add to or leave: their derived layer
	// is computed again once the articles are written (see derive.go).
	dirty    map[quad.IRI]bool
	buckets  bucketCache      // what the derived layer read of each bucket
	quadSet  map[quadKey]bool // quads in pending, to add each once
	written  Written          // what Open's writes have added so far
	counting Written          // the same, for the pending transaction
	// sharedHave remembers the shared (unlabelled) quads known to be stored or staged.
	sharedHave map[quadKey]bool
	side       *sqlSide           // SQL stores: kg's own connection (writers' lock, batched lookups)
	onFlush    func(articles int) // tests use it to count transactions
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
		if err := side.lock(o.Backend); err != nil {
			side.close()
			return nil, err
		}
	}
	qs, err := openQuadStore(o)
	side.unlock()
	if err != nil {
		side.close()
		return nil, err
	}
	s := &Store{opt: o, qs: qs, sharedHave: map[quadKey]bool{}, side: side}
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
	return s, nil
}

// mend derives again the buckets an interrupted writer left marked dirty.
func (s *Store) mend() error {
	if err := s.side.lock(s.opt.Backend); err != nil {
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
	s.dirty = make(map[quad.IRI]bool)
	s.staged = make(map[string]bool)
	s.stagedBy = make(map[string]string)
	s.dropped = make(map[string]bool)
	s.quadSet = make(map[quadKey]bool)
}

// shared reports whether other processes may write to the store at the same time (the
// SQL backends): kg then reads afresh after every transaction, and lets the store skip
// a shared quad another process wrote first.
func (s *Store) shared() bool { return s.opt.Backend == Postgres || s.opt.Backend == Cockroach }

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

// AddArticle writes an article and what was read out of it, linking its entities,
// events and claims to those of the articles already stored. An article whose exact
// text is stored already is left alone; one with the URL (or path) of a stored article
// but a different text replaces it when it is the newer of the two, and is left out
// (Older) when the stored one is (see newerStored), so that the store keeps the newest
// version whatever the order they come in. The write happens in the next transaction (see
// Flush); until then the article is visible to later AddArticle calls only.
func (s *Store) AddArticle(x *kg.Extraction) (Outcome, error) {
	if s.opt.ReadOnly {
		return Unchanged, ErrReadOnly
	}
	a := &x.Article
	if a.ID == "" {
		a.Identify()
	}
	if err := checkText(a); err != nil {
		return Unchanged, err
	}
	// On a shared SQL store, one writer at a time reads, links and writes, from this
	// article to the end of its transaction.
	if err := s.side.lock(s.opt.Backend); err != nil {
		return Unchanged, err
	}
	has, err := s.Has(a.ID)
	if err != nil {
		return Unchanged, fmt.Errorf("look up article %s: %w", a.ID, err)
	}
	if has {
		return Unchanged, nil
	}
	outcome := Added
	key := a.Key()
	if key != "" {
		if _, ok := s.stagedBy[key]; ok {
			// Two versions of one article in one batch: write the first, then replace it.
			if err := s.commit(); err != nil {
				return Unchanged, err
			}
		}
		olds, err := s.articlesByKey(key)
		if err != nil {
			return Unchanged, fmt.Errorf("look up article key %q: %w", key, err)
		}
		if newer, err := s.newerStored(a, olds); err != nil || newer {
			return Older, err
		}
		for _, old := range olds {
			if s.dropped[schema.ArticleIDOf(old)] {
				continue
			}
			// Write what is pending first: a removal looks at the store to tell which
			// nodes no other report names.
			if err := s.commit(); err != nil {
				return Unchanged, err
			}
			if err := s.stageRemoval(old); err != nil {
				return Unchanged, fmt.Errorf("replace article %s: %w", schema.Short(string(old)), err)
			}
			outcome = Replaced
		}
		if outcome == Replaced {
			// Write the removal now, in a transaction of its own (see commit): the nodes
			// the old version alone named are gone before the new version names them.
			if err := s.commit(); err != nil {
				return Unchanged, err
			}
		}
	}
	quads := schema.Quads(x)
	if err := s.lookUpShared(quads); err != nil {
		return Unchanged, fmt.Errorf("look up quads: %w", err)
	}
	for _, q := range quads {
		if err := s.stageAdd(q); err != nil {
			return Unchanged, fmt.Errorf("look up quad: %w", err)
		}
	}
	s.staged[a.ID] = true
	if key != "" {
		s.stagedBy[key] = a.ID
	}
	if len(s.pending) >= s.opt.BatchQuads {
		if err := s.Flush(); err != nil {
			return Unchanged, err
		}
	}
	return outcome, nil
}

// checkText refuses an article whose path, URL, title, publisher or text is not
// UTF-8: Cayley's stores refuse such a string when they write the transaction, and
// with it every other article of the batch. (The loaders make sure of it; this is
// for other callers.)
func checkText(a *kg.Article) error {
	for _, f := range []struct{ name, value string }{
		{"path", a.Path}, {"URL", a.URL}, {"title", a.Title}, {"publisher", a.Publisher}, {"text", a.Body},
	} {
		if !utf8.ValidString(f.value) {
			return fmt.Errorf("article %s: its %s: %w", a.ID, f.name, ErrInvalidText)
		}
	}
	return nil
}

type quadKey struct{ s, p, o, l string }

func keyOf(q quad.Quad) quadKey {
	k := quadKey{s: q.Subject.String(), p: q.Predicate.String(), o: q.Object.String()}
	if q.Label != nil {
		k.l = q.Label.String()
	}
	return k
}

// lookUpShared learns in one query which of an article's shared quads a SQL store
// holds (kv stores answer one at a time, quickly, in stageAdd).
func (s *Store) lookUpShared(quads []quad.Quad) error {
	if s.side == nil {
		return nil
	}
	var ask []quad.Quad
	for _, q := range quads {
		if q.Label == nil {
			if _, known := s.sharedHave[keyOf(q)]; !known {
				ask = append(ask, q)
			}
		}
	}
	have, err := s.side.have(ask)
	if err != nil {
		return err
	}
	for i, q := range ask {
		s.sharedHave[keyOf(q)] = have[i]
	}
	return nil
}

// stageAdd stages a quad. A shared (unlabelled) quad is staged only when the store
// does not hold it yet.
func (s *Store) stageAdd(q quad.Quad) error {
	k := keyOf(q)
	if s.quadSet[k] {
		return nil
	}
	if q.Label == nil {
		have, known := s.sharedHave[k]
		if !known {
			ok, err := s.hasQuad(q)
			if err != nil {
				return err
			}
			have = ok
		}
		s.sharedHave[k] = true
		if have {
			return nil
		}
	}
	s.quadSet[k] = true
	s.pending = append(s.pending, cgraph.Delta{Quad: q, Action: cgraph.Add})
	s.counting.count(q)
	if b, ok := bucketOf(q); ok {
		s.dirty[b] = true
	}
	return nil
}

// bucketOf is the bucket an article's quad adds to or takes from: the bucket of its
// row there, or of a name it gives an entity.
func bucketOf(q quad.Quad) (quad.IRI, bool) {
	var v quad.Value
	switch q.Predicate {
	case schema.MentionRows.Predicate:
		v = q.Subject
	case schema.FullNameIn, schema.ShortNameIn:
		v = q.Object
	default:
		return "", false
	}
	b, ok := v.(quad.IRI)
	return b, ok && schema.KindOf(b) == schema.KindBucket
}

// stageRemoval stages the deletion of every quad of a stored article, of the
// cross-report findings that involve its claims, and of the shared quads of the nodes
// that no other report names.
func (s *Store) stageRemoval(article quad.IRI) error {
	s.dropped[schema.ArticleIDOf(article)] = true
	qs, named, err := s.articleQuads(article)
	if err != nil {
		return err
	}
	// Each quad is deleted once: Cayley's kv stores count a node's references down
	// once for every deletion in a transaction, and lose a node still in use when one
	// quad is deleted twice.
	deleting := map[quadKey]bool{}
	del := func(q quad.Quad) {
		if k := keyOf(q); !deleting[k] {
			deleting[k] = true
			s.pending = append(s.pending, cgraph.Delta{Quad: q, Action: cgraph.Delete})
		}
	}
	for _, q := range qs {
		del(q)
		if b, ok := bucketOf(q); ok {
			s.dirty[b] = true // it leaves the bucket
		}
	}
	for _, n := range named {
		elsewhere, err := s.namedElsewhere(n, article)
		if err != nil {
			return err
		}
		if elsewhere {
			continue
		}
		about, err := s.quadsAbout(n)
		if err != nil {
			return err
		}
		for _, q := range about {
			if q.Label == nil {
				del(q)
				s.sharedHave[keyOf(q)] = false // gone once the deletions are written
			}
		}
	}
	return nil
}

// namers are the predicates by which an article names a node that has shared quads.
var namers = []quad.IRI{schema.Mentions, schema.Publisher, schema.Reports}

// articleQuads returns the quads labelled with a stored article, and the nodes it
// names (entities, its publisher, its mentions). Cayley's kv stores index quads by
// subject and by object, not by label, so it walks from the article: its own quads,
// its rows' other copies, its claims, and the nodes it names.
func (s *Store) articleQuads(art quad.IRI) (quads []quad.Quad, named []quad.Value, err error) {
	seen := map[quad.Value]bool{art: true}
	var nodes []quad.Value
	visit := func(v quad.Value) {
		if !seen[v] {
			seen[v] = true
			nodes = append(nodes, v)
		}
	}
	own, err := s.quadsAbout(art)
	if err != nil {
		return nil, nil, err
	}
	var published time.Time
	for _, q := range own {
		if t, ok := q.Object.(quad.Time); ok && q.Predicate == schema.DatePublished {
			published = time.Time(t)
		}
	}
	for _, q := range own {
		if q.Label == art {
			quads = append(quads, q)
			if p, ok := q.Predicate.(quad.IRI); ok && schema.RowPredicates[p] {
				// Its row on its anchor (or bucket), written beside this copy.
				anchor := schema.ArticleRowAnchor(p, stringOf(q.Object), published)
				quads = append(quads, quad.Quad{Subject: anchor, Predicate: q.Predicate, Object: q.Object, Label: art})
			}
		}
		for _, p := range namers {
			if q.Predicate == p {
				named = append(named, q.Object)
				visit(q.Object)
			}
		}
	}
	claims, err := s.subjects(schema.FromArticle, art)
	if err != nil {
		return nil, nil, err
	}
	for _, c := range claims {
		visit(c)
	}
	for _, n := range nodes {
		about, err := s.quadsAbout(n)
		if err != nil {
			return nil, nil, err
		}
		for _, q := range about {
			if q.Label == art {
				quads = append(quads, q)
			}
		}
	}
	return quads, named, nil
}

// namedElsewhere reports whether a report other than except (and those being
// replaced) names node n.
func (s *Store) namedElsewhere(n quad.Value, except quad.IRI) (bool, error) {
	for _, p := range namers {
		arts, err := s.subjects(p, n)
		if err != nil {
			return false, err
		}
		for _, a := range arts {
			iri, ok := a.(quad.IRI)
			if !ok || iri == except || s.dropped[schema.ArticleIDOf(iri)] {
				continue
			}
			return true, nil
		}
	}
	return false, nil
}

// AddQuads writes quads people brought as they are (N-Quads), skipping those the store
// holds already. It writes them at once, in one transaction.
func (s *Store) AddQuads(quads []quad.Quad) (int, error) {
	if s.opt.ReadOnly {
		return 0, ErrReadOnly
	}
	if err := s.Flush(); err != nil {
		return 0, err
	}
	seen := make(map[quadKey]bool, len(quads))
	var deltas []cgraph.Delta
	for _, q := range quads {
		if !q.IsValid() {
			continue
		}
		k := keyOf(q)
		if seen[k] {
			continue
		}
		seen[k] = true
		ok, err := s.hasQuad(q)
		if err != nil {
			return 0, fmt.Errorf("look up quad: %w", err)
		}
		if !ok {
			deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Add})
		}
	}
	if len(deltas) == 0 {
		return 0, nil
	}
	if err := s.qs.ApplyDeltas(deltas, cgraph.IgnoreOpts{}); err != nil {
		return 0, fmt.Errorf("write quads: %w", err)
	}
	s.written.Quads += len(deltas)
	return len(deltas), nil
}

// Flush writes the pending articles in one transaction.
func (s *Store) Flush() error {
	defer s.side.unlock()
	return s.commit()
}

// commit writes the pending articles, keeping the writers' lock of a SQL store.
func (s *Store) commit() error {
	if len(s.pending) == 0 {
		return nil
	}
	n := len(s.staged)
	// Deletions go in a transaction of their own, before the additions: Cayley's kv
	// stores lose the nodes shared by deleted and added quads when one transaction
	// holds both (found by TestBackends/bolt/ReplaceChangedArticle). A crash between
	// the two leaves the old version gone and the new one unwritten; loading again
	// writes it.
	var dels, adds []cgraph.Delta
	for _, d := range s.pending {
		if d.Action == cgraph.Delete {
			dels = append(dels, d)
		} else {
			adds = append(adds, d)
		}
	}
	// The buckets the articles change are marked dirty in the same transaction as the
	// first of their changes (a mark shares no node with an article's quads).
	marks, err := s.marks()
	if err != nil {
		return err
	}
	if len(dels) > 0 {
		dels = append(dels, marks...)
	} else {
		adds = append(adds, marks...)
	}
	for _, part := range [][]cgraph.Delta{dels, adds} {
		if len(part) == 0 {
			continue
		}
		if err := s.qs.ApplyDeltas(part, cgraph.IgnoreOpts{IgnoreMissing: true, IgnoreDup: s.shared()}); err != nil {
			s.counting = Written{}
			s.sharedHave = map[quadKey]bool{}
			s.buckets.reset()
			s.resetPending()
			return fmt.Errorf("write %d articles: %w", n, err)
		}
		if err := s.buckets.written(part); err != nil {
			s.buckets.reset()
			return err
		}
	}
	s.written.add(s.counting)
	s.counting = Written{}
	if s.shared() {
		s.sharedHave = map[quadKey]bool{}
	}
	dirty := s.dirty
	s.resetPending()
	if err := s.derive(dirty, false); err != nil {
		return err
	}
	if s.onFlush != nil {
		s.onFlush(n)
	}
	return nil
}

// marks are the dirty marks of the buckets the pending articles change, those the
// store does not hold already.
func (s *Store) marks() ([]cgraph.Delta, error) {
	var out []cgraph.Delta
	for b := range s.dirty {
		q := schema.DirtyQuad(b)
		ok, err := s.hasQuad(q)
		if err != nil {
			return nil, fmt.Errorf("look up dirty mark: %w", err)
		}
		if !ok {
			out = append(out, cgraph.Delta{Quad: q, Action: cgraph.Add})
		}
	}
	return out, nil
}

// hasQuad reports whether the store holds q exactly. With all three directions fixed,
// the object-predicate-subject index answers with one prefix lookup however many quads
// the subject or the object has, and the label is compared by its ID: no value of the
// quad is read back.
func (s *Store) hasQuad(q quad.Quad) (bool, error) {
	var want cgraph.Ref
	if q.Label != nil {
		ref, err := s.qs.ValueOf(q.Label)
		if err != nil || ref == nil {
			return false, err
		}
		want = ref
	}
	found := false
	err := s.eachRef(match{quad.Object: q.Object, quad.Predicate: q.Predicate, quad.Subject: q.Subject}, func(r cgraph.Ref) (bool, error) {
		label, err := s.qs.QuadDirection(r, quad.Label)
		if err != nil {
			return false, err
		}
		if want == nil && label != nil {
			// kv stores give no ref for no label; other stores may give one that names nothing.
			v, err := s.qs.NameOf(label)
			if err != nil {
				return false, err
			}
			found = v == nil
		} else {
			found = sameRef(label, want)
		}
		return !found, nil
	})
	return found, err
}

// sameRef reports whether two refs of the store name one value (nil: no value).
func sameRef(a, b cgraph.Ref) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return refs.ToKey(a) == refs.ToKey(b)
}

// match fixes the value of some directions of a quad.
type match map[quad.Direction]quad.Value

// matching returns the quads that m selects.
func (s *Store) matching(m match) ([]quad.Quad, error) {
	var out []quad.Quad
	err := s.eachMatch(m, func(q quad.Quad) bool {
		out = append(out, q)
		return true
	})
	return out, err
}

// quadsAbout returns every quad whose subject is v.
func (s *Store) quadsAbout(v quad.Value) ([]quad.Quad, error) {
	return s.matching(match{quad.Subject: v})
}

// quadsWith returns the quads (subj, pred, ?, ?).
func (s *Store) quadsWith(subj, pred quad.Value) ([]quad.Quad, error) {
	return s.matching(match{quad.Subject: subj, quad.Predicate: pred})
}

// subjects returns the subjects of the quads (?, pred, obj).
func (s *Store) subjects(pred, obj quad.Value) ([]quad.Value, error) {
	return s.ends(match{quad.Object: obj, quad.Predicate: pred}, quad.Subject)
}

// objects returns the objects of the quads (subj, pred, ?).
func (s *Store) objects(subj, pred quad.Value) ([]quad.Value, error) {
	return s.ends(match{quad.Subject: subj, quad.Predicate: pred}, quad.Object)
}

// ends returns direction d of each quad m selects, reading that value only.
func (s *Store) ends(m match, d quad.Direction) ([]quad.Value, error) {
	var out []quad.Value
	err := s.eachRef(m, func(r cgraph.Ref) (bool, error) {
		ref, err := s.qs.QuadDirection(r, d)
		if err != nil {
			return false, err
		}
		v, err := s.qs.NameOf(ref)
		if err != nil {
			return false, err
		}
		out = append(out, v)
		return true, nil
	})
	return out, err
}

// eachMatch calls fn with each quad whose directions have the given values, until fn
// returns false.
func (s *Store) eachMatch(m match, fn func(quad.Quad) bool) error {
	return s.eachRef(m, func(r cgraph.Ref) (bool, error) {
		q, err := s.qs.Quad(r)
		if err != nil {
			return false, err
		}
		return fn(q), nil
	})
}

// eachRef calls fn with a reference to each quad whose directions have the given
// values, until fn returns false or an error. On Cayley's kv stores (bolt) it reads one
// prefix of the index that starts with those directions — subject and predicate, or
// object, predicate and subject — so that the cost is the number of quads that match,
// not the number of quads their subject or object has (Cayley's own optimizer does this
// for paths, not for quad filters). Other stores get the filters as a query.
func (s *Store) eachRef(m match, fn func(cgraph.Ref) (bool, error)) error {
	ctx := context.Background()
	var it iterator.Scanner
	if kq, ok := s.qs.(*ckv.QuadStore); ok {
		fixed := make(map[quad.Direction]uint64, len(m))
		for d, v := range m {
			ref, err := s.qs.ValueOf(v)
			if err != nil {
				return err
			}
			id, ok := ref.(ckv.Int64Value)
			if !ok {
				return nil // a value the store has never seen: no quad has it
			}
			fixed[d] = uint64(id)
		}
		if scan, ok := indexScan(fixed); ok {
			it = scan.BuildIterator(kq).Iterate()
		}
	}
	if it == nil {
		filters := make(shape.Quads, 0, len(m))
		for d, v := range m {
			filters = append(filters, shape.QuadFilter{Dir: d, Values: shape.Lookup{v}})
		}
		it = shape.BuildIterator(ctx, s.qs, filters).Iterate()
	}
	defer it.Close()
	for it.Next(ctx) {
		more, err := fn(it.Result())
		if err != nil {
			return err
		}
		if !more {
			break
		}
	}
	return it.Err()
}

// The indexes Cayley's kv stores keep (kv.DefaultQuadIndexes): subject-predicate, and
// object-predicate-subject.
var kvIndexes = []ckv.QuadIndex{
	{Dirs: []quad.Direction{quad.Subject, quad.Predicate}},
	{Dirs: []quad.Direction{quad.Object, quad.Predicate, quad.Subject}},
}

// indexScan picks the index whose leading directions are all fixed, and the longest
// such prefix, when it covers every fixed direction.
func indexScan(fixed map[quad.Direction]uint64) (ckv.IndexScan, bool) {
	if len(fixed) == 0 {
		return ckv.IndexScan{}, false
	}
	for _, ind := range kvIndexes {
		var vals []uint64
		for _, d := range ind.Dirs {
			v, ok := fixed[d]
			if !ok {
				break
			}
			vals = append(vals, v)
		}
		if len(vals) == len(fixed) {
			return ckv.IndexScan{Index: ind, Values: vals}, true // a prefix of the index's key
		}
	}
	return ckv.IndexScan{}, false
}

// articlesByKey returns the stored articles with this URL or path.
func (s *Store) articlesByKey(key string) ([]quad.IRI, error) {
	subs, err := s.subjects(schema.Key, quad.String(key))
	if err != nil {
		return nil, err
	}
	out := make([]quad.IRI, 0, len(subs))
	seen := map[quad.IRI]bool{}
	for _, v := range subs {
		if iri, ok := v.(quad.IRI); ok && !seen[iri] {
			seen[iri] = true
			out = append(out, iri)
		}
	}
	return out, nil
}
