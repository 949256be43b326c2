package graph

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/cayleygraph/cayley/graph/refs"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/quad"
	"github.com/lib/pq"

	"github.com/factgraph/kg/schema"
)

// A SQL store may have several kg processes writing to it at once. kg keeps a
// connection of its own beside Cayley's for two things Cayley does not offer: a lock
// that lets one writer at a time link and write its articles (so that two loaders that
// meet Kofi Annan at once make one node of him, and see each other's figures when they
// judge their own), and existence checks of many quads in one query.

// lockKey names kg's advisory lock (any constant would do; this is "kg" in ASCII).
const lockKey = 0x6b67

// sqlSide is kg's own connection to a SQL store.
type sqlSide struct {
	db     *sql.DB
	conn   *sql.Conn // holds the advisory lock, which belongs to a session
	locked bool
	// generation is the count of kg's writes to a PostgreSQL store (kg_writes) this
	// side last saw, when known: a different count when it takes the lock again means
	// another writer wrote in between.
	generation int64
	known      bool
}

func openSQLSide(o Options) (*sqlSide, error) {
	driver := "postgres"
	if o.Backend == Cockroach {
		driver = "pgx"
	}
	db, err := sql.Open(driver, o.Addr)
	if err != nil {
		return nil, fmt.Errorf("connect to %s: %w", o.Backend, err)
	}
	db.SetMaxOpenConns(2)
	return &sqlSide{db: db}, nil
}

func (q *sqlSide) close() error {
	if q == nil {
		return nil
	}
	q.unlock()
	if q.conn != nil {
		q.conn.Close()
	}
	return q.db.Close()
}

// lock waits for the writers' lock, and reports whether another writer has written
// since this side last held it (stale: what the writer read of the store may be out
// of date). CockroachDB has no advisory locks: there, loaders are not serialized (see
// NOTES.md).
func (q *sqlSide) lock(backend string) (stale bool, err error) {
	if q == nil || q.locked || backend == Cockroach {
		return false, nil
	}
	ctx := context.Background()
	if q.conn == nil {
		c, err := q.db.Conn(ctx)
		if err != nil {
			return false, fmt.Errorf("lock store: %w", err)
		}
		q.conn = c
	}
	if _, err := q.conn.ExecContext(ctx, "SELECT pg_advisory_lock($1)", lockKey); err != nil {
		return false, fmt.Errorf("lock store: %w", err)
	}
	q.locked = true
	var g int64
	err = q.conn.QueryRowContext(ctx, "SELECT generation FROM kg_writes").Scan(&g)
	if err != nil {
		// No count yet (a store kg is opening for the first time): nothing is known.
		stale, q.known = true, false
		return stale, nil
	}
	stale = !q.known || g != q.generation
	q.generation, q.known = g, true
	return stale, nil
}

func (q *sqlSide) unlock() {
	if q == nil || !q.locked {
		return
	}
	q.conn.ExecContext(context.Background(), "SELECT pg_advisory_unlock($1)", lockKey)
	q.locked = false
}

// haveChunk is how many quads have asks about in one query. PostgreSQL parses a long
// IN (…) list of rows recursively: an article naming some 2,600 people made one list
// too long for its stack ("stack depth limit exceeded").
const haveChunk = 500

// have reports which of the unlabelled quads the store holds, haveChunk quads a query
// (on CockroachDB; PostgreSQL's writers look up a batch's at once, in haveAll).
func (q *sqlSide) have(quads []quad.Quad) ([]bool, error) {
	out := make([]bool, len(quads))
	for start := 0; start < len(quads); start += haveChunk {
		end := min(start+haveChunk, len(quads))
		if err := q.haveSome(quads[start:end], out[start:end]); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// haveAllSQL joins the quads asked about, three arrays of hashes, to the store's
// unlabelled quads (Cayley's index spo_unique). Three parameters whatever the number
// of quads: a list of rows, one parameter a hash, was half the look-up's time in
// binding its parameters.
const haveAllSQL = `SELECT k.i FROM unnest($1::bytea[], $2::bytea[], $3::bytea[]) WITH ORDINALITY AS k(s, p, o, i)
	JOIN quads ON quads.label_hash IS NULL AND quads.subject_hash = k.s AND quads.predicate_hash = k.p AND quads.object_hash = k.o`

// haveAll sets out[i] when the store holds quads[i], in one query.
func (q *sqlSide) haveAll(quads []quad.Quad, out []bool) error {
	if len(quads) == 0 {
		return nil
	}
	var cols [3]pq.ByteaArray
	for _, qd := range quads {
		for j, v := range []quad.Value{qd.Subject, qd.Predicate, qd.Object} {
			h := refs.HashOf(v)
			cols[j] = append(cols[j], h[:])
		}
	}
	rows, err := q.db.Query(haveAllSQL, cols[0], cols[1], cols[2])
	if err != nil {
		return fmt.Errorf("look up quads: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var i int
		if err := rows.Scan(&i); err != nil {
			return fmt.Errorf("look up quads: %w", err)
		}
		out[i-1] = true
	}
	return rows.Err()
}

// haveSome sets out[i] when the store holds quads[i], in one query.
func (q *sqlSide) haveSome(quads []quad.Quad, out []bool) error {
	if len(quads) == 0 {
		return nil
	}
	type key struct{ s, p, o string }
	index := map[key][]int{}
	var b strings.Builder
	args := make([]any, 0, 3*len(quads))
	b.WriteString("SELECT subject_hash, predicate_hash, object_hash FROM quads WHERE label_hash IS NULL AND (subject_hash, predicate_hash, object_hash) IN (")
	for i, qd := range quads {
		hs := [3]refs.ValueHash{refs.HashOf(qd.Subject), refs.HashOf(qd.Predicate), refs.HashOf(qd.Object)}
		k := key{string(hs[0][:]), string(hs[1][:]), string(hs[2][:])}
		index[k] = append(index[k], i)
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "($%d, $%d, $%d)", len(args)+1, len(args)+2, len(args)+3)
		for _, h := range hs {
			args = append(args, csql.NodeHash{ValueHash: h}.SQLValue())
		}
	}
	b.WriteString(")")
	rows, err := q.db.Query(b.String(), args...)
	if err != nil {
		return fmt.Errorf("look up quads: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var s, p, o []byte
		if err := rows.Scan(&s, &p, &o); err != nil {
			return err
		}
		for _, i := range index[key{string(s), string(p), string(o)}] {
			out[i] = true
		}
	}
	return rows.Err()
}

// stageUnsure stages the shared quads of an article that the writer does not know the
// store to hold or not, to be looked up with the rest of the batch's when it is written:
// one query for a batch (haveAll) instead of one an article.
func (s *Store) stageUnsure(quads []quad.Quad) {
	for _, q := range quads {
		if q.Label != nil {
			continue
		}
		k := keyOf(q)
		if _, known := s.sharedHave[k]; known || s.quadSet[k] {
			continue
		}
		s.quadSet[k] = true
		s.pendingBytes += k.size() // counted toward the batch's bounds as stageAdd counts
		s.unsure = append(s.unsure, q)
	}
}

// resolveShared looks up the unsure quads, and enqueues those the store does not hold
// as stageAdd would have, a bucket whose class quad is new known to be empty (see
// absent).
func (s *Store) resolveShared() error {
	if len(s.unsure) == 0 {
		return nil
	}
	have := make([]bool, len(s.unsure))
	if err := s.side.haveAll(s.unsure, have); err != nil {
		return err
	}
	for i, q := range s.unsure {
		s.sharedHave[keyOf(q)] = true // stored, or about to be
		if have[i] {
			continue
		}
		s.absent(q)
		s.enqueue(q)
	}
	s.unsure = s.unsure[:0]
	return nil
}

// nothingToDeriveSQL is Store.nothingToDerive's three look-ups in one statement, each
// by one of Cayley's indexes (object, predicate, … and subject, predicate, …).
const nothingToDeriveSQL = `SELECT
	NOT EXISTS (SELECT 1 FROM quads WHERE object_hash = $1 AND predicate_hash = $2)
	AND NOT EXISTS (SELECT 1 FROM quads WHERE subject_hash = $1 AND predicate_hash = $3)
	AND EXISTS (SELECT 1 FROM quads WHERE object_hash = $1 AND predicate_hash = $4)`

// nothingToDerive reports whether the name bucket b names no entity by the short name
// alone, holds no merges, and names some entity in full (see Store.nothingToDerive).
func (q *sqlSide) nothingToDerive(b quad.IRI) (bool, error) {
	args := make([]any, 0, 4)
	for _, v := range []quad.Value{b, schema.ShortNameIn, schema.IdentityRows.Predicate, schema.FullNameIn} {
		args = append(args, csql.NodeHash{ValueHash: refs.HashOf(v)}.SQLValue())
	}
	var none bool
	if err := q.db.QueryRow(nothingToDeriveSQL, args...).Scan(&none); err != nil {
		return false, fmt.Errorf("look up bucket %s: %w", b, err)
	}
	return none, nil
}
