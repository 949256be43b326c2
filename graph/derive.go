package graph

import (
	"fmt"
	"slices"
	"sort"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/factgraph/kg/ledger"
	"github.com/factgraph/kg/schema"
)

// The derived layer (see schema/derived.go and package ledger): after each
// transaction of articles, the store recomputes every bucket the articles touched —
// their incidents, tallies and findings — from every report in the bucket, and writes
// the difference. Buckets are marked dirty in the articles' own transaction and the
// marks are cleared with the derived quads' last write, so that a crash in between
// leaves marks that the next writer finds (Open) and mends.

// derive brings the derived layer of the given buckets up to date. In recovery mode
// (after a crash) some derived quads may be stored that the buckets' records no longer
// list: additions are checked against the store first.
func (s *Store) derive(buckets map[quad.IRI]bool, recovery bool) error {
	if len(buckets) == 0 {
		return nil
	}
	list := make([]quad.IRI, 0, len(buckets))
	for b := range buckets {
		list = append(list, b)
	}
	sort.Slice(list, func(i, j int) bool { return list[i] < list[j] })
	figs := &figureCache{s: s, by: s.buckets.figures}
	if !s.caching() {
		figs.by = map[string][]schema.FigureRecord{}
	}
	var dels, adds []cgraph.Delta
	for _, b := range list {
		old, nu, err := s.deriveBucket(b, figs, recovery)
		if err != nil {
			return fmt.Errorf("derive %s: %w", schema.Short(string(b)), err)
		}
		oldSet := make(map[quadKey]bool, len(old))
		for _, q := range old {
			oldSet[keyOf(q)] = true
		}
		newSet := make(map[quadKey]bool, len(nu))
		for _, q := range nu {
			k := keyOf(q)
			if newSet[k] {
				continue
			}
			newSet[k] = true
			if oldSet[k] {
				continue
			}
			if recovery {
				if ok, err := s.hasQuad(q); err != nil {
					return err
				} else if ok {
					continue
				}
			}
			adds = append(adds, cgraph.Delta{Quad: q, Action: cgraph.Add})
			s.written.count(q)
		}
		for _, q := range old {
			if k := keyOf(q); !newSet[k] {
				newSet[k] = true // once
				dels = append(dels, cgraph.Delta{Quad: q, Action: cgraph.Delete})
			}
		}
	}
	// The marks go with the additions: they share no node with the derived quads.
	for _, b := range list {
		adds = append(adds, cgraph.Delta{Quad: schema.DirtyQuad(b), Action: cgraph.Delete})
	}
	opts := cgraph.IgnoreOpts{IgnoreMissing: true, IgnoreDup: s.shared()}
	if len(dels) > 0 {
		if err := s.applyDeltas(dels, opts); err != nil {
			return fmt.Errorf("write derived layer: %w", err)
		}
	}
	if err := s.applyDeltas(adds, opts); err != nil {
		return fmt.Errorf("write derived layer: %w", err)
	}
	return nil
}

// deriveBucket reads a bucket's reports and its stored derived state, and returns the
// derived quads stored now (old) and those the reports call for (nu). The state it
// derives becomes the bucket's cached one (see bucketContent.derived): the write that
// follows stores it, or a failed one drops the cache.
func (s *Store) deriveBucket(b quad.IRI, figs *figureCache, recovery bool) (old, nu []quad.Quad, err error) {
	if skip, err := s.nothingToDerive(b, recovery); err != nil || skip {
		if skip {
			s.undisturbed++
		}
		return nil, nil, err
	}
	bucket := ledger.Bucket{IRI: schema.Short(string(b))}
	content, err := s.buckets.read(s, b)
	if err != nil {
		return nil, nil, err
	}
	for _, rec := range content.rows {
		bucket.Reports = append(bucket.Reports, rec)
	}
	names, err := s.bucketNames(content)
	if err != nil {
		return nil, nil, err
	}
	bucket.Reports = append(bucket.Reports, names...)
	stored := content.derived
	if stored == nil || recovery {
		if stored, err = s.storedDerived(b, bucket.IRI); err != nil {
			return nil, nil, err
		}
	}
	// What the reports call for. An incident whose reports and mentions are those
	// stored keeps its record: its figures cannot have changed.
	reuse := func(event string, members [][2]string) (schema.IncidentRecord, bool) {
		rec, ok := stored.known[event]
		return rec, ok && stored.members[event] == membersKey(members)
	}
	d, err := ledger.Derive(bucket, figs.of, reuse)
	if err != nil {
		return nil, nil, err
	}
	nu = append(nu, schema.IdentityQuads(d.Identity)...)
	if len(d.Cluster.Incidents) > 0 {
		nu = append(nu, schema.ClusterQuads(d.Cluster)...)
	}
	for _, inc := range d.Incidents {
		nu = append(nu, schema.IncidentQuads(inc)...)
	}
	content.derived = derivedOf(d, nu)
	old = stored.quads
	if len(bucket.Reports) == 0 {
		// Its last report was replaced or removed: the bucket's class quad goes too, so
		// that the store is the one the reports left would have made.
		class := quad.Quad{Subject: b, Predicate: schema.Type, Object: schema.Bucket}
		old = append(slices.Clip(old), class)
		s.sharedHave[keyOf(class)] = false
	}
	return old, nu, nil
}

// derivedState is what the store holds of a bucket's derived layer: its quads, and the
// record of each of its incidents with the members (see membersKey) it was judged on.
type derivedState struct {
	quads   []quad.Quad
	known   map[string]schema.IncidentRecord
	members map[string]string
}

// derivedOf is the state a derivation stores (nu, its quads).
func derivedOf(d ledger.Derived, nu []quad.Quad) *derivedState {
	st := &derivedState{quads: nu, known: map[string]schema.IncidentRecord{}, members: map[string]string{}}
	byEvent := make(map[string]schema.IncidentRecord, len(d.Incidents))
	for _, inc := range d.Incidents {
		byEvent[inc.Event] = inc
	}
	for _, m := range d.Cluster.Incidents {
		if rec, ok := byEvent[m.Event]; ok {
			st.known[m.Event] = rec
			st.members[m.Event] = membersKey(m.Members)
		}
	}
	return st
}

// storedDerived reads a bucket's derived state from the store: its merges, its
// clusters, and each incident's record.
func (s *Store) storedDerived(b quad.IRI, bucket string) (*derivedState, error) {
	st := &derivedState{known: map[string]schema.IncidentRecord{}, members: map[string]string{}}
	ids, err := s.objects(b, schema.IdentityRows.Predicate)
	if err != nil {
		return nil, err
	}
	for _, lit := range ids {
		_, rec, err := schema.IdentityRows.Decode(stringOf(lit))
		if err != nil {
			return nil, err
		}
		st.quads = append(st.quads, schema.IdentityQuads(rec)...)
	}
	clusters, err := s.objects(b, schema.ClusterRows.Predicate)
	if err != nil {
		return nil, err
	}
	for _, c := range clusters {
		_, cr, err := schema.ClusterRows.Decode(stringOf(c))
		if err != nil {
			return nil, err
		}
		st.quads = append(st.quads, schema.ClusterQuads(cr)...)
		for _, m := range cr.Incidents {
			incs, err := s.objects(quad.IRI(schema.Full(m.Event)), schema.IncidentRows.Predicate)
			if err != nil {
				return nil, err
			}
			for _, lit := range incs {
				_, rec, err := schema.IncidentRows.Decode(stringOf(lit))
				if err != nil || rec.Bucket != bucket {
					continue // another bucket's incident of the same name
				}
				st.quads = append(st.quads, schema.IncidentQuads(rec)...)
				st.known[rec.Event] = rec
				st.members[rec.Event] = membersKey(m.Members)
			}
		}
	}
	return st, nil
}

// bucketNames gives the entities of a name bucket as rows, one for each article that
// names them there.
func (s *Store) bucketNames(c *bucketContent) ([]schema.MentionsRecord, error) {
	by := map[string]*schema.MentionsRecord{}
	keys := make([]nameIn, 0, len(c.names))
	for k := range c.names {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := keys[i], keys[j]
		if a.article != b.article {
			return a.article < b.article
		}
		if a.entity != b.entity {
			return a.entity < b.entity
		}
		return !a.full && b.full
	})
	var order []string
	for _, k := range keys {
		n := schema.NameRecord{Entity: schema.Short(string(k.entity)), Full: k.full}
		if !k.full {
			name, err := s.buckets.nameOf(s, k.entity)
			if err != nil {
				return nil, err
			}
			n.Name = name
		}
		a := schema.Short(string(k.article))
		r := by[a]
		if r == nil {
			r = &schema.MentionsRecord{Article: a}
			by[a] = r
			order = append(order, a)
		}
		r.Names = append(r.Names, n)
	}
	out := make([]schema.MentionsRecord, 0, len(order))
	for _, a := range order {
		out = append(out, *by[a])
	}
	return out, nil
}

func membersKey(m [][2]string) string {
	b := make([]byte, 0, 64*len(m))
	for _, x := range m {
		b = append(b, x[0]...)
		b = append(b, 0)
		b = append(b, x[1]...)
		b = append(b, 0)
	}
	return string(b)
}

// figureCache reads articles' tracked figures (their eventFigure rows), each article
// once: an article's rows never change (a new version is another article), so a
// writer that caches keeps them from one derivation to the next (bucketCache.figures).
type figureCache struct {
	s  *Store
	by map[string][]schema.FigureRecord
}

func (c *figureCache) of(article string) ([]schema.FigureRecord, error) {
	if f, ok := c.by[article]; ok {
		return f, nil
	}
	lits, err := c.s.objects(quad.IRI(schema.Full(article)), schema.EventFigureRow)
	if err != nil {
		return nil, err
	}
	var out []schema.FigureRecord
	for _, lit := range lits {
		for _, row := range schema.Unpack(stringOf(lit)) {
			_, rec, err := schema.EventFigureRows.Decode(row)
			if err != nil {
				return nil, err
			}
			out = append(out, rec)
		}
	}
	c.by[article] = out
	return out, nil
}

// dirtyBuckets returns the buckets marked dirty in the store.
func (s *Store) dirtyBuckets() (map[quad.IRI]bool, error) {
	vs, err := s.objects(schema.Dirty, schema.DirtyBucket)
	if err != nil {
		return nil, err
	}
	out := map[quad.IRI]bool{}
	for _, v := range vs {
		out[quad.IRI(stringOf(v))] = true
	}
	return out, nil
}

func stringOf(v quad.Value) string {
	if s, ok := v.(quad.String); ok {
		return string(s)
	}
	if v == nil {
		return ""
	}
	return v.String()
}

// bucketCache keeps what a writer has read of each bucket — the articles' rows there
// and the entities named there — current with what it writes after, so that a bucket
// that many batches touch is read from the store once. A writer that cannot know
// whether other processes wrote (CockroachDB) keeps nothing: it reads every bucket
// afresh; on PostgreSQL the cache is dropped when another writer has written.
type bucketCache struct {
	by      map[quad.IRI]*bucketContent
	names   map[quad.IRI]string              // entity → its first name, for short names
	figures map[string][]schema.FigureRecord // article → its tracked figures
}

// bucketContent is what a store holds in a bucket.
type bucketContent struct {
	rows  map[string]schema.MentionsRecord // literal of an article's row → the row
	names map[nameIn]bool
	// derived is the bucket's derived state as the writer last derived it, nil until
	// it has (then it is read from the store).
	derived *derivedState
}

// nameIn is an entity an article names in a name bucket, in full or alone.
type nameIn struct {
	entity, article quad.IRI
	full            bool
}

func (c *bucketCache) reset() {
	c.by = map[quad.IRI]*bucketContent{}
	c.names = map[quad.IRI]string{}
	c.figures = map[string][]schema.FigureRecord{}
}

// fresh notes a bucket the store does not hold yet (see Store.absent): empty, with no
// derived state.
func (c *bucketCache) fresh(b quad.IRI) {
	if _, ok := c.by[b]; ok {
		return
	}
	c.by[b] = &bucketContent{rows: map[string]schema.MentionsRecord{}, names: map[nameIn]bool{},
		derived: &derivedState{known: map[string]schema.IncidentRecord{}, members: map[string]string{}}}
}

// noteFigures keeps the tracked figures of an article being written, from its quads,
// so that no derivation reads them back.
func (c *bucketCache) noteFigures(article quad.IRI, quads []quad.Quad) {
	var out []schema.FigureRecord
	for _, q := range quads {
		if q.Subject != article || q.Predicate != schema.EventFigureRow {
			continue
		}
		for _, row := range schema.Unpack(stringOf(q.Object)) {
			_, rec, err := schema.EventFigureRows.Decode(row)
			if err != nil {
				return // read from the store when asked, as before
			}
			out = append(out, rec)
		}
	}
	c.figures[schema.Short(string(article))] = out
}

// read returns a bucket's content, from the cache or the store.
func (c *bucketCache) read(s *Store, b quad.IRI) (*bucketContent, error) {
	if bc, ok := c.by[b]; ok {
		return bc, nil
	}
	bc := &bucketContent{rows: map[string]schema.MentionsRecord{}, names: map[nameIn]bool{}}
	rows, err := s.objects(b, schema.MentionRows.Predicate)
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		if err := bc.addRow(stringOf(r)); err != nil {
			return nil, err
		}
	}
	for _, p := range []quad.IRI{schema.FullNameIn, schema.ShortNameIn} {
		ends, err := s.endsOf(match{quad.Object: b, quad.Predicate: p}, quad.Subject, quad.Label)
		if err != nil {
			return nil, err
		}
		for _, e := range ends {
			bc.name(quad.Quad{Subject: e[0], Predicate: p, Object: b, Label: e[1]}, true)
		}
	}
	if s.caching() {
		c.by[b] = bc
	}
	return bc, nil
}

func (bc *bucketContent) addRow(lit string) error {
	_, rec, err := schema.MentionRows.Decode(lit)
	if err != nil {
		return err
	}
	bc.rows[lit] = rec
	return nil
}

// name notes (add) or forgets an entity named in the bucket by the quad q.
func (bc *bucketContent) name(q quad.Quad, add bool) {
	e, ok1 := q.Subject.(quad.IRI)
	art, ok2 := q.Label.(quad.IRI)
	if !ok1 || !ok2 {
		return
	}
	k := nameIn{entity: e, article: art, full: q.Predicate == schema.FullNameIn}
	if add {
		bc.names[k] = true
	} else {
		delete(bc.names, k)
	}
}

// written brings the cached buckets up to date with deltas a transaction wrote, and
// forgets the cached name of an entity that gained or lost a name: nameOf is the first
// of all its names, and a report that arrives later may bring one before it.
func (c *bucketCache) written(deltas []cgraph.Delta) error {
	for _, d := range deltas {
		if d.Quad.Predicate == schema.Name {
			if e, ok := d.Quad.Subject.(quad.IRI); ok {
				delete(c.names, e)
			}
		}
		b, ok := bucketOf(d.Quad)
		if !ok {
			continue
		}
		bc, ok := c.by[b]
		if !ok {
			continue
		}
		add := d.Action == cgraph.Add
		switch d.Quad.Predicate {
		case schema.MentionRows.Predicate:
			if d.Quad.Subject != b {
				continue // the copy on the article
			}
			lit := stringOf(d.Quad.Object)
			if !add {
				delete(bc.rows, lit)
			} else if err := bc.addRow(lit); err != nil {
				return err
			}
		default:
			bc.name(d.Quad, add)
		}
	}
	return nil
}

// nameOf is an entity's first name (in order), read once until a write changes its names.
func (c *bucketCache) nameOf(s *Store, e quad.IRI) (string, error) {
	if n, ok := c.names[e]; ok {
		return n, nil
	}
	vs, err := s.objects(e, schema.Name)
	if err != nil {
		return "", err
	}
	name := ""
	for _, v := range vs {
		if x := stringOf(v); name == "" || x < name {
			name = x
		}
	}
	c.names[e] = name
	return name, nil
}
