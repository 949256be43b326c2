package graph

import (
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	graphlog "github.com/cayleygraph/cayley/graph/log"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/lib/pq"
)

// kg registers its own "postgres" flavor of Cayley's SQL store rather than importing
// Cayley's: the same tables, dialect and reads, but it writes a transaction's new nodes
// and quads in multi-row INSERTs (Cayley's sends one statement a row: about 1,600
// quads/s over loopback, measured). Deletions stay Cayley's, row by row: they are rare.

func init() {
	csql.Register(Postgres, csql.Registration{
		Driver:      "postgres",
		HashType:    `BYTEA`,
		BytesType:   `BYTEA`,
		HorizonType: `BIGSERIAL`,
		TimeType:    `timestamp with time zone`,
		QueryDialect: csql.QueryDialect{
			RegexpOp:    "~",
			FieldQuote:  pq.QuoteIdentifier,
			Placeholder: func(n int) string { return "$" + strconv.Itoa(n) },
		},
		ConditionalIndexes: true,
		FillFactor:         true,
		Error:              pgError,
		Estimated: func(table string) string {
			return "SELECT reltuples::BIGINT AS estimate FROM pg_class WHERE relname='" + table + "';"
		},
		RunTx: batchedRunTx,
	})
}

func pgError(err error) error {
	var e *pq.Error
	if errors.As(err, &e) && e.Code == "42P07" {
		return cgraph.ErrDatabaseExists
	}
	return err
}

// maxParams is how many bind parameters one statement may carry (PostgreSQL allows
// 65,535).
const maxParams = 60000

// batchedRunTx inserts a transaction's nodes and quads with multi-row statements.
func batchedRunTx(tx *sql.Tx, nodes []graphlog.NodeUpdate, quads []graphlog.QuadUpdate, opts cgraph.IgnoreOpts) error {
	// Nodes: one statement per value type (each type fills its own columns), in chunks.
	type group struct {
		cols []string
		rows [][]any
	}
	groups := map[csql.ValueType]*group{}
	var order []csql.ValueType
	for _, n := range nodes {
		if n.RefInc < 0 {
			return fmt.Errorf("postgres: unexpected node decrement in an insert")
		}
		key, values, err := csql.NodeValues(csql.NodeHash{ValueHash: n.Hash}, n.Val)
		if err != nil {
			return err
		}
		g, ok := groups[key]
		if !ok {
			g = &group{cols: key.Columns()}
			groups[key] = g
			order = append(order, key)
		}
		g.rows = append(g.rows, append([]any{n.RefInc}, values...))
	}
	for _, key := range order {
		g := groups[key]
		head := "INSERT INTO nodes(refs, hash, " + strings.Join(g.cols, ", ") + ") VALUES "
		tail := " ON CONFLICT (hash) DO UPDATE SET refs = nodes.refs + EXCLUDED.refs"
		if err := insertRows(tx, head, tail, g.rows, ""); err != nil {
			return fmt.Errorf("insert nodes: %w", err)
		}
	}

	// Quads.
	rows := make([][]any, 0, len(quads))
	for _, d := range quads {
		if d.Del {
			return fmt.Errorf("postgres: unexpected quad delete in an insert")
		}
		row := make([]any, 0, 4)
		for _, h := range d.Quad.Dirs() {
			row = append(row, csql.NodeHash{ValueHash: h}.SQLValue())
		}
		rows = append(rows, row)
	}
	tail := ""
	if opts.IgnoreDup {
		tail = " ON CONFLICT DO NOTHING"
	}
	err := insertRows(tx, "INSERT INTO quads(subject_hash, predicate_hash, object_hash, label_hash, ts) VALUES ", tail, rows, "now()")
	var pe *pq.Error
	if errors.As(err, &pe) && pe.Code == "23505" {
		return &cgraph.DeltaError{Err: cgraph.ErrQuadExists}
	}
	if err != nil {
		return fmt.Errorf("insert quads: %w", err)
	}
	return nil
}

// insertRows runs head + "(…), (…)" + tail over rows, as many rows a statement as the
// parameter limit allows. extra, when set, is appended to every row as a literal SQL
// expression (now()).
func insertRows(tx *sql.Tx, head, tail string, rows [][]any, extra string) error {
	if len(rows) == 0 {
		return nil
	}
	width := len(rows[0])
	per := maxParams / width
	for start := 0; start < len(rows); start += per {
		end := min(start+per, len(rows))
		var b strings.Builder
		b.WriteString(head)
		args := make([]any, 0, (end-start)*width)
		for i, row := range rows[start:end] {
			if len(row) != width {
				return fmt.Errorf("rows of %d and %d values in one insert", width, len(row))
			}
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteByte('(')
			for j, v := range row {
				if j > 0 {
					b.WriteString(", ")
				}
				args = append(args, v)
				b.WriteByte('$')
				b.WriteString(strconv.Itoa(len(args)))
			}
			if extra != "" {
				b.WriteString(", ")
				b.WriteString(extra)
			}
			b.WriteByte(')')
		}
		b.WriteString(tail)
		if _, err := tx.Exec(b.String(), args...); err != nil {
			return err
		}
	}
	return nil
}
