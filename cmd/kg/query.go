package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/factgraph/kg/graph"
	"github.com/factgraph/kg/queries"
)

type queryOptions struct {
	Store   graph.Options
	Name    string // a saved query, or a .js file
	Inline  string // -e script
	Params  map[string]string
	JSON    bool
	Limit   int
	Timeout time.Duration
	Memory  int64 // bytes of heap at which the query stops; <0: no bound
	List    bool
	Wide    bool // tables print every cell whole
	Stdout  io.Writer
	Stderr  io.Writer
}

func queryCommand() *cli.Command {
	return &cli.Command{
		Name:      "query",
		Usage:     "run a saved query, a Gizmo file or an inline Gizmo script",
		ArgsUsage: "NAME | FILE.js",
		Description: "Saved queries (kg query --list shows them with their parameters): events, figures,\n" +
			"contradictions, corroborations, entity, relations, quotes, sources, timeline… A saved query\n" +
			"refuses a parameter it does not declare and a value of the wrong type. Parameters reach the\n" +
			"script as the object `params`. When --limit cuts the rows, stderr says so.\n" +
			"Inline: kg query -e 'g.V(g.IRI(\"kg:entity/person/kofi-annan\")).out().all()'",
		Flags: append(storeFlags(),
			&cli.StringFlag{Name: "e", Usage: "an inline Gizmo script"},
			&cli.StringSliceFlag{Name: "param", Aliases: []string{"p"}, Usage: "a parameter for the script, key=value (repeatable)"},
			&cli.BoolFlag{Name: "json", Usage: "print a JSON array of result objects"},
			&cli.IntFlag{Name: "limit", Value: 100, Usage: "the most results to print (0: all)"},
			&cli.DurationFlag{Name: "timeout", Value: time.Minute, Usage: "stop a query that runs longer"},
			maxMemoryFlag(queries.DefaultMaxMemory, "stop a query when kg's heap passes this size (512MiB, 4GB…; 0: no bound)"),
			&cli.BoolFlag{Name: "list", Usage: "list the saved queries with their parameters (with --json: as JSON)"},
			&cli.BoolFlag{Name: "wide", Usage: "print every cell of a table whole, however wide the table gets"},
		),
		Action: func(c *cli.Context) error {
			store := storeOptions(c, true)
			store.ReadOnce = true // a query reads most blocks once (graph.Options.ReadOnce)
			o := queryOptions{Store: store, Inline: c.String("e"), JSON: c.Bool("json"),
				Limit: c.Int("limit"), Timeout: c.Duration("timeout"), List: c.Bool("list"), Wide: c.Bool("wide"),
				Stdout: c.App.Writer, Stderr: c.App.ErrWriter, Params: map[string]string{}}
			var err error
			if o.Memory, err = maxMemory(c); err != nil {
				return err
			}
			for _, p := range c.StringSlice("param") {
				k, v, ok := strings.Cut(p, "=")
				if !ok || k == "" {
					return fmt.Errorf("--param %q: want key=value", p)
				}
				o.Params[k] = v
			}
			switch {
			case o.List:
			case o.Inline != "" && c.NArg() > 0:
				return fmt.Errorf("query: give a query name or -e SCRIPT, not both")
			case o.Inline == "" && c.NArg() != 1:
				return fmt.Errorf("query: name one saved query or .js file, or give -e SCRIPT (kg query --list shows the saved ones)")
			case c.NArg() == 1:
				o.Name = c.Args().First()
			}
			return runQuery(c.Context, o)
		},
	}
}

func runQuery(ctx context.Context, o queryOptions) error {
	if ctx == nil {
		ctx = context.Background()
	}
	if o.List {
		return listQueries(o)
	}
	script := o.Inline
	if script == "" {
		if strings.HasSuffix(o.Name, ".js") {
			src, err := os.ReadFile(o.Name)
			if err != nil {
				return fmt.Errorf("read query: %w", err)
			}
			script = string(src)
		} else {
			q, err := queries.Get(o.Name)
			if err != nil {
				return err
			}
			script = q.Source
		}
	}
	store, err := openStore(o.Store, o.Stderr)
	if err != nil {
		return err
	}
	if o.JSON {
		return streamQuery(ctx, o, store, script)
	}
	// One row more than asked for tells whether --limit cut the answer.
	runLimit := o.Limit
	if runLimit > 0 {
		runLimit++
	}
	rows, err := queries.Run(ctx, store.QuadStore(), script, queries.Options{Params: o.Params, Limit: runLimit, Timeout: o.Timeout, MaxMemory: o.Memory})
	if errors.Is(err, queries.ErrMemoryLimit) {
		err = fmt.Errorf("%w (kg query --max-memory)", err)
	}
	if errors.Is(err, queries.ErrTimeout) || errors.Is(err, queries.ErrMemoryLimit) {
		// The script's goroutine may still be inside a store read: leave the store
		// open (it is read-only) rather than close it under it; kg exits next.
		return err
	}
	defer store.Close()
	if err != nil {
		return err
	}
	rows = sayCut(o, rows)
	var cols []string
	for _, c := range queries.Parse("", script).Columns {
		cols = append(cols, c.Name)
	}
	printRows(o.Stdout, rows, cols, layoutFor(o.Stdout, o.Wide))
	return nil
}

// streamQuery runs a query for --json: each row is written as the script emits it, so
// that a query over every row holds none of them (see queries.Stream). A query that
// fails after its first rows leaves them written, and kg exits with the error.
func streamQuery(ctx context.Context, o queryOptions, store *graph.Store, script string) error {
	out := newJSONRows(o.Stdout)
	runLimit, cut := o.Limit, false
	if runLimit > 0 {
		runLimit++ // one row more than asked for tells whether --limit cut the answer
	}
	err := queries.Stream(ctx, store.QuadStore(), script, queries.Options{Params: o.Params, Limit: runLimit, Timeout: o.Timeout, MaxMemory: o.Memory}, func(r any) error {
		if o.Limit > 0 && out.n >= o.Limit {
			cut = true
			return nil
		}
		return out.write(r)
	})
	if cut {
		noteCut(o)
	}
	if errors.Is(err, queries.ErrMemoryLimit) {
		err = fmt.Errorf("%w (kg query --max-memory)", err)
	}
	if errors.Is(err, queries.ErrTimeout) || errors.Is(err, queries.ErrMemoryLimit) {
		out.w.Flush()
		return err // the store stays open: see runQuery
	}
	defer store.Close()
	if err != nil {
		out.w.Flush()
		return err
	}
	return out.close()
}

// jsonRows writes a JSON array of rows as they come, one row a line. The array opens
// with the first row (or at close), so that a query that fails before any row writes
// nothing.
type jsonRows struct {
	w   *bufio.Writer
	row []byte
	enc *rowEncoder
	n   int
}

func newJSONRows(w io.Writer) *jsonRows {
	return &jsonRows{w: bufio.NewWriterSize(w, 1<<16), enc: newRowEncoder()}
}

func (j *jsonRows) write(r any) error {
	if j.n == 0 {
		j.w.WriteString("[")
	} else {
		j.w.WriteString(",")
	}
	j.n++
	j.w.WriteString("\n")
	row, err := j.enc.appendRow(j.row[:0], r)
	if err != nil {
		return err
	}
	j.row = row
	_, err = j.w.Write(row)
	return err
}

func (j *jsonRows) close() error {
	if j.n == 0 {
		j.w.WriteString("[")
	}
	j.w.WriteString("\n]\n")
	return j.w.Flush()
}
