package graph

import (
	"context"
	"database/sql"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/refs"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/quad"
	"github.com/lib/pq"
)

// kg writes to PostgreSQL itself, in set-based statements, rather than through Cayley's
// SQL store, which deletes quads one statement at a time and then scans the whole nodes
// table for nodes no quad uses (DELETE FROM nodes WHERE refs <= 0) in every
// transaction. A set of deltas goes in one transaction on kg's own connection: its
// nodes and quads are copied (COPY, lib/pq's CopyIn) into temporary tables, and one
// statement each inserts the nodes, inserts or deletes the quads, and counts the
// nodes' references from the quads it really inserted or deleted, so that a quad
// another writer stored first, or one that is missing, counts nothing. The tables and
// their columns are Cayley's: Cayley reads what kg writes.

// prepare adds to Cayley's tables what kg's writes need. An index of the quads by
// label: a node is deleted only when no quad names it, and PostgreSQL checks each of
// the quads table's foreign keys by an index whose first column is the key; Cayley has
// none that starts with label_hash, so every deleted node cost a scan of every quad.
// And kg_writes, the count of kg's write transactions, by which a writer that takes
// the lock learns whether another wrote since it last held it (see lock).
func (q *sqlSide) prepare() error {
	for _, stmt := range []string{
		`CREATE INDEX IF NOT EXISTS kg_label_index ON quads (label_hash)`,
		`CREATE TABLE IF NOT EXISTS kg_writes (one BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (one), generation BIGINT NOT NULL)`,
		`INSERT INTO kg_writes (generation) VALUES (0) ON CONFLICT DO NOTHING`,
	} {
		if _, err := q.db.Exec(stmt); err != nil {
			return fmt.Errorf("postgres: prepare kg's tables: %w", err)
		}
	}
	return nil
}

// stagingTables are kg's temporary tables, one set per connection, emptied at each commit.
var stagingTables = []string{
	`CREATE TEMP TABLE IF NOT EXISTS kg_nodes (hash BYTEA, refs INT, value BYTEA, value_string TEXT, datatype TEXT,
		language TEXT, iri BOOLEAN, bnode BOOLEAN, value_int BIGINT, value_bool BOOLEAN, value_float DOUBLE PRECISION,
		value_time TIMESTAMP WITH TIME ZONE) ON COMMIT DELETE ROWS`,
	`CREATE TEMP TABLE IF NOT EXISTS kg_quads (s BYTEA, p BYTEA, o BYTEA, l BYTEA) ON COMMIT DELETE ROWS`,
	`CREATE TEMP TABLE IF NOT EXISTS kg_gone (s BYTEA, p BYTEA, o BYTEA, l BYTEA) ON COMMIT DELETE ROWS`,
}

// nodeColumns are the columns of kg_nodes after the hash, as Cayley fills them by type.
var nodeColumns = []string{"value", "value_string", "datatype", "language", "iri", "bnode", "value_int", "value_bool", "value_float", "value_time"}

// Statements that move what is staged into Cayley's tables.
const (
	insertNodes = `INSERT INTO nodes (hash, refs, ` + nodeList + `) SELECT hash, 0, ` + nodeList + ` FROM kg_nodes
		ON CONFLICT (hash) DO NOTHING`
	insertCountedNodes = `INSERT INTO nodes (hash, refs, ` + nodeList + `) SELECT hash, refs, ` + nodeList + ` FROM kg_nodes
		ON CONFLICT (hash) DO UPDATE SET refs = nodes.refs + EXCLUDED.refs`
	insertNewQuads = `INSERT INTO quads (subject_hash, predicate_hash, object_hash, label_hash, ts)
		SELECT s, p, o, l, now() FROM kg_quads ON CONFLICT DO NOTHING`
	nodeList = `value, value_string, datatype, language, iri, bnode, value_int, value_bool, value_float, value_time`
	// refsOf counts the references of the nodes of the quads in "changed".
	refsOf = `refs AS (SELECT h, count(*) AS n FROM (
		SELECT subject_hash AS h FROM changed UNION ALL SELECT predicate_hash FROM changed
		UNION ALL SELECT object_hash FROM changed UNION ALL SELECT label_hash FROM changed WHERE label_hash IS NOT NULL) x GROUP BY h)`
	insertQuads = `WITH changed AS (
		INSERT INTO quads (subject_hash, predicate_hash, object_hash, label_hash, ts) SELECT s, p, o, l, now() FROM kg_quads
		ON CONFLICT DO NOTHING RETURNING subject_hash, predicate_hash, object_hash, label_hash), ` + refsOf + `
		UPDATE nodes SET refs = nodes.refs + refs.n FROM refs WHERE nodes.hash = refs.h`
	// New nodes none of whose quads went in (another writer stored them first).
	dropUnused  = `DELETE FROM nodes USING kg_nodes WHERE nodes.hash = kg_nodes.hash AND nodes.refs <= 0`
	deleteQuads = `WITH changed AS (
		DELETE FROM quads USING kg_gone WHERE subject_hash = s AND predicate_hash = p AND object_hash = o
		AND (label_hash = l OR (label_hash IS NULL AND l IS NULL))
		RETURNING subject_hash, predicate_hash, object_hash, label_hash), ` + refsOf + `
		UPDATE nodes SET refs = nodes.refs - refs.n FROM refs WHERE nodes.hash = refs.h`
	// Nodes the deleted quads leave unused (a statement of its own: one statement
	// cannot delete a row it updates).
	dropGone = `DELETE FROM nodes WHERE refs <= 0 AND hash IN (
		SELECT s FROM kg_gone UNION SELECT p FROM kg_gone UNION SELECT o FROM kg_gone UNION SELECT l FROM kg_gone)`
)

// apply writes a set of deltas to PostgreSQL in one transaction: the additions, then the
// deletions. A quad added that the store holds already is skipped, one deleted that it
// does not hold is too (kg's writes ignore both).
func (q *sqlSide) apply(deltas []cgraph.Delta) error {
	ctx := context.Background()
	if q.conn == nil {
		return fmt.Errorf("postgres: write without the writers' lock")
	}
	tx, err := q.conn.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := q.applyIn(ctx, tx, deltas); err != nil {
		tx.Rollback()
		return err
	}
	var g int64
	if err := tx.QueryRowContext(ctx, "UPDATE kg_writes SET generation = generation + 1 RETURNING generation").Scan(&g); err != nil {
		tx.Rollback()
		return fmt.Errorf("postgres: count the write: %w", err)
	}
	if err := tx.Commit(); err != nil {
		q.known = false
		return err
	}
	// Another writer's count would be ahead of this side's by more than one: it wrote
	// while this side held the lock, which the lock rules out.
	q.generation, q.known = g, q.known && g == q.generation+1
	return nil
}

func (q *sqlSide) applyIn(ctx context.Context, tx *sql.Tx, deltas []cgraph.Delta) error {
	for _, stmt := range stagingTables {
		if _, err := tx.ExecContext(ctx, stmt); err != nil {
			return fmt.Errorf("postgres: staging tables: %w", err)
		}
	}
	var adds, dels []quad.Quad
	for _, d := range deltas {
		if d.Action == cgraph.Delete {
			dels = append(dels, d.Quad)
		} else {
			adds = append(adds, d.Quad)
		}
	}
	if len(adds) > 0 {
		if err := insertAll(ctx, tx, adds); err != nil {
			return err
		}
	}
	if len(dels) > 0 {
		if err := copyQuads(ctx, tx, "kg_gone", dels); err != nil {
			return err
		}
		for _, stmt := range []string{deleteQuads, dropGone} {
			if _, err := tx.ExecContext(ctx, stmt); err != nil {
				return fmt.Errorf("postgres: delete quads: %w", err)
			}
		}
	}
	return nil
}

// insertAll inserts quads and their nodes. kg adds only quads it knows the store does
// not hold (it looked the shared ones up under the writers' lock, and the others are
// new), so it first counts each node's references itself and inserts the quads after:
// one write a node. When some quad was there after all (another writer stored it
// first), the counts are wrong: the transaction goes back to where it began and the
// quads go in again, their references counted from those the insert kept.
func insertAll(ctx context.Context, tx *sql.Tx, adds []quad.Quad) error {
	if _, err := tx.ExecContext(ctx, "SAVEPOINT kg_insert"); err != nil {
		return fmt.Errorf("postgres: insert quads: %w", err)
	}
	n, err := insertCounted(ctx, tx, adds)
	if err != nil || n == len(adds) {
		return err
	}
	if _, err := tx.ExecContext(ctx, "ROLLBACK TO SAVEPOINT kg_insert"); err != nil {
		return fmt.Errorf("postgres: insert quads: %w", err)
	}
	if err := copyNodes(ctx, tx, adds, false); err != nil {
		return err
	}
	if err := copyQuads(ctx, tx, "kg_quads", adds); err != nil {
		return err
	}
	for _, stmt := range []string{insertNodes, insertQuads, dropUnused} {
		if _, err := tx.ExecContext(ctx, stmt); err != nil {
			return fmt.Errorf("postgres: insert quads: %w", err)
		}
	}
	return nil
}

// insertCounted inserts the nodes of quads with the references the quads make, then
// the quads, and returns how many quads went in.
func insertCounted(ctx context.Context, tx *sql.Tx, adds []quad.Quad) (int, error) {
	if err := copyNodes(ctx, tx, adds, true); err != nil {
		return 0, err
	}
	if err := copyQuads(ctx, tx, "kg_quads", adds); err != nil {
		return 0, err
	}
	if _, err := tx.ExecContext(ctx, insertCountedNodes); err != nil {
		return 0, fmt.Errorf("postgres: insert nodes: %w", err)
	}
	res, err := tx.ExecContext(ctx, insertNewQuads)
	if err != nil {
		return 0, fmt.Errorf("postgres: insert quads: %w", err)
	}
	n, err := res.RowsAffected()
	return int(n), err
}

// copyNodes copies the values of quads' directions, each once, into kg_nodes, with
// the number of references the quads make to each when counted.
func copyNodes(ctx context.Context, tx *sql.Tx, quads []quad.Quad, counted bool) error {
	stmt, err := tx.PrepareContext(ctx, pq.CopyIn("kg_nodes", append([]string{"hash", "refs"}, nodeColumns...)...))
	if err != nil {
		return fmt.Errorf("postgres: copy nodes: %w", err)
	}
	defer stmt.Close()
	count := map[refs.ValueHash]int{}
	var order []quad.Value
	for _, qd := range quads {
		for _, d := range quad.Directions {
			if v := qd.Get(d); v != nil {
				h := refs.HashOf(v)
				if count[h] == 0 {
					order = append(order, v)
				}
				count[h]++
			}
		}
	}
	row := make([]any, 2+len(nodeColumns))
	for _, v := range order {
		h := refs.HashOf(v)
		typ, vals, err := csql.NodeValues(csql.NodeHash{ValueHash: h}, v)
		if err != nil {
			return err
		}
		clear(row)
		row[0], row[1] = vals[0], 0
		if counted {
			row[1] = count[h]
		}
		for i, col := range typ.Columns() {
			row[2+columnIndex(col)] = vals[1+i]
		}
		if _, err := stmt.ExecContext(ctx, row...); err != nil {
			return fmt.Errorf("postgres: copy nodes: %w", err)
		}
	}
	if _, err := stmt.ExecContext(ctx); err != nil {
		return fmt.Errorf("postgres: copy nodes: %w", err)
	}
	return nil
}

func columnIndex(col string) int {
	for i, c := range nodeColumns {
		if c == col {
			return i
		}
	}
	panic("postgres: unknown node column " + col)
}

// copyQuads copies the hashes of quads' directions into a staging table.
func copyQuads(ctx context.Context, tx *sql.Tx, table string, quads []quad.Quad) error {
	stmt, err := tx.PrepareContext(ctx, pq.CopyIn(table, "s", "p", "o", "l"))
	if err != nil {
		return fmt.Errorf("postgres: copy quads: %w", err)
	}
	defer stmt.Close()
	row := make([]any, 4)
	for _, qd := range quads {
		for i, d := range quad.Directions {
			if v := qd.Get(d); v != nil {
				h := refs.HashOf(v)
				row[i] = h[:]
			} else {
				row[i] = nil
			}
		}
		if _, err := stmt.ExecContext(ctx, row...); err != nil {
			return fmt.Errorf("postgres: copy quads: %w", err)
		}
	}
	if _, err := stmt.ExecContext(ctx); err != nil {
		return fmt.Errorf("postgres: copy quads: %w", err)
	}
	return nil
}
