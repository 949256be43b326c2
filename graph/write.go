package graph

import (
	"fmt"
	"unicode/utf8"

	cgraph "github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"

	"github.com/factgraph/kg"
	"github.com/factgraph/kg/schema"
)

// The write path: articles staged in memory, then written in batches (commit) with
// the derived layer they change.

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
	if err := s.lock(); err != nil {
		return Unchanged, err
	}
	has, err := s.Has(a.ID)
	if err != nil {
		return Unchanged, fmt.Errorf("look up article %s: %w", a.ID, err)
	}
	outcome := Added
	if has {
		// The same text again: from the same file, or a copy from another file or URL
		// (an outlet's two feeds). Of two copies the store keeps one, the same whatever
		// the order they come in (see newerCopyStored).
		newer, err := s.newerCopyStored(a)
		if err != nil || newer {
			return Unchanged, err
		}
		if err := s.commit(); err != nil {
			return Unchanged, err
		}
		if err := s.stageRemoval(schema.ArticleIRI(a.ID)); err != nil {
			return Unchanged, fmt.Errorf("replace the copy of article %s: %w", a.ID, err)
		}
		if err := s.commit(); err != nil {
			return Unchanged, err
		}
		outcome = Replaced
	}
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
	if s.caching() {
		s.buckets.noteFigures(schema.ArticleIRI(a.ID), quads)
	}
	// Shared quads waiting for PostgreSQL's batch look-up (unsure) count as pending: most
	// of them are written.
	if len(s.pending)+len(s.unsure) >= s.opt.BatchQuads || s.pendingBytes >= s.opt.BatchBytes {
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

// quadKey identifies a quad in kg's maps: each value as its kind and text. IRIs and
// strings, nearly all of kg's values, are keyed by their own text, without the
// quoting and escaping of their N-Quads form (which was a tenth of a load's time).
type quadKey struct{ s, p, o, l valueKey }

type valueKey struct {
	kind byte // 1 an IRI, 2 a string, 0 any other value (text: its N-Quads form)
	text string
}

func keyOf(q quad.Quad) quadKey {
	return quadKey{s: valueKeyOf(q.Subject), p: valueKeyOf(q.Predicate), o: valueKeyOf(q.Object), l: valueKeyOf(q.Label)}
}

func valueKeyOf(v quad.Value) valueKey {
	switch v := v.(type) {
	case nil:
		return valueKey{}
	case quad.IRI:
		return valueKey{1, string(v)}
	case quad.String:
		return valueKey{2, string(v)}
	}
	return valueKey{0, v.String()}
}

// size is about what the quad's values take in memory, in bytes.
func (k quadKey) size() int {
	return len(k.s.text) + len(k.p.text) + len(k.o.text) + len(k.l.text) + 4*16
}

// lookUpShared learns which of an article's shared quads a SQL store holds (kv stores
// answer one at a time, quickly, in stageAdd): on PostgreSQL it stages them unsure, to
// be looked up with the rest of the batch's when it is written (see resolveShared); on
// CockroachDB, in one query an article.
func (s *Store) lookUpShared(quads []quad.Quad) error {
	if s.side == nil {
		return nil
	}
	if s.opt.Backend == Postgres {
		s.stageUnsure(quads)
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
		if !have[i] {
			s.absent(q)
		}
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
			if have = ok; !have {
				s.absent(q)
			}
		}
		s.sharedHave[k] = true
		if have {
			return nil
		}
	}
	s.quadSet[k] = true
	s.pendingBytes += k.size()
	s.enqueue(q)
	return nil
}

// enqueue adds q to the batch's writes: counted, and its bucket marked for derivation.
func (s *Store) enqueue(q quad.Quad) {
	s.pending = append(s.pending, cgraph.Delta{Quad: q, Action: cgraph.Add})
	s.counting.count(q)
	if b, ok := bucketOf(q); ok {
		s.dirty[b] = true
	}
}

// absent notes a shared quad the store was found not to hold. A bucket's class quad is
// written with everything an article writes in the bucket, so a bucket without one
// holds nothing: its content is what this writer adds, and need not be read.
func (s *Store) absent(q quad.Quad) {
	if b, ok := q.Subject.(quad.IRI); ok && q.Predicate == schema.Type && q.Object == schema.Bucket && s.caching() {
		s.buckets.fresh(b)
	}
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

// AddQuads writes quads people brought as they are (N-Quads), skipping those the store
// holds already. It writes them at once, in one transaction.
func (s *Store) AddQuads(quads []quad.Quad) (int, error) {
	if s.opt.ReadOnly {
		return 0, ErrReadOnly
	}
	if err := s.Flush(); err != nil {
		return 0, err
	}
	if err := s.lock(); err != nil {
		return 0, err
	}
	defer s.side.unlock()
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
	if err := s.applyDeltas(deltas, cgraph.IgnoreOpts{}); err != nil {
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

// commit writes the pending articles, keeping the writers' lock of a SQL store, and
// brings the derived layer of the buckets they touch up to date. On an embedded store
// all of it is one transaction of the key-value store (see kvStore): the articles, the
// derived quads that go and those that come are three sets of deltas for Cayley, kept
// apart, but a crash leaves all of them or none. Elsewhere each set is a transaction of
// its own, and the dirty marks let the next writer mend a crash in between.
func (s *Store) commit() error {
	if len(s.pending) == 0 && len(s.unsure) == 0 {
		return nil
	}
	n := len(s.staged)
	if s.kv != nil {
		if err := s.kv.begin(); err != nil {
			return fmt.Errorf("write %d articles: %w", n, err)
		}
	}
	err := s.writePending()
	if err == nil && s.kv != nil {
		err = s.kv.commit()
	}
	if err != nil {
		s.forget()
		return fmt.Errorf("write %d articles: %w", n, err)
	}
	if s.onFlush != nil {
		s.onFlush(n)
	}
	return nil
}

// writePending writes the pending deltas and derives the buckets they touch.
func (s *Store) writePending() error {
	if err := s.resolveShared(); err != nil {
		return fmt.Errorf("look up quads: %w", err)
	}
	// Deletions go apart from the additions, before them: Cayley's kv stores lose the
	// nodes shared by deleted and added quads when one set of deltas holds both (found
	// by TestBackends/bolt/ReplaceChangedArticle).
	var dels, adds []cgraph.Delta
	for _, d := range s.pending {
		if d.Action == cgraph.Delete {
			dels = append(dels, d)
		} else {
			adds = append(adds, d)
		}
	}
	// The buckets the articles change are marked dirty with the first of their changes
	// (a mark shares no node with an article's quads).
	marks := s.marks()
	if len(dels) > 0 {
		dels = append(dels, marks...)
	} else {
		adds = append(adds, marks...)
	}
	for _, part := range [][]cgraph.Delta{dels, adds} {
		if len(part) == 0 {
			continue
		}
		if err := s.applyDeltas(part, cgraph.IgnoreOpts{IgnoreMissing: true, IgnoreDup: s.shared()}); err != nil {
			return err
		}
		if err := s.buckets.written(part); err != nil {
			return err
		}
	}
	s.written.add(s.counting)
	s.counting = Written{}
	if !s.caching() {
		s.sharedHave = map[quadKey]bool{}
	}
	dirty := s.dirty
	s.resetPending()
	return s.derive(dirty, false)
}

// forget drops what a failed write leaves in memory: the pending articles, what the
// writer knows of the store, and, on an embedded store, the open batch and Cayley's
// caches (they may name nodes the batch made).
func (s *Store) forget() {
	s.counting = Written{}
	s.sharedHave = map[quadKey]bool{}
	s.buckets.reset()
	s.resetPending()
	if s.kv == nil {
		return
	}
	s.kv.abort()
	if qs, err := ckv.New(s.kv, cgraph.Options{"no_bloom": true}); err == nil {
		s.qs = qs
	}
}

// marks are the dirty marks of the buckets the pending articles change. None is in
// the store: Open mends and clears those a crash left, and each commit clears its own
// (on an embedded store in the same transaction; a SQL store ignores a mark it holds
// already).
func (s *Store) marks() []cgraph.Delta {
	out := make([]cgraph.Delta, 0, len(s.dirty))
	for b := range s.dirty {
		out = append(out, cgraph.Delta{Quad: schema.DirtyQuad(b), Action: cgraph.Add})
	}
	return out
}

// applyDeltas writes one set of deltas: through Cayley, or on PostgreSQL through kg's
// own set-based statements (see pgwrite.go), which ignore duplicate additions and
// missing deletions as kg's writes ask (opts).
func (s *Store) applyDeltas(deltas []cgraph.Delta, opts cgraph.IgnoreOpts) error {
	if s.side != nil && s.opt.Backend == Postgres {
		return s.side.apply(deltas)
	}
	return s.qs.ApplyDeltas(deltas, opts)
}
