package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
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
			o := queryOptions{Store: storeOptions(c, true), Inline: c.String("e"), JSON: c.Bool("json"),
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
	if o.JSON {
		return writeJSONRows(o.Stdout, rows)
	}
	var cols []string
	for _, c := range queries.Parse("", script).Columns {
		cols = append(cols, c.Name)
	}
	printRows(o.Stdout, rows, cols, layoutFor(o.Stdout, o.Wide))
	return nil
}

// writeJSONRows writes rows as a JSON array with one row a line: valid JSON for
// programs, readable for people, and quick to write.
func writeJSONRows(w io.Writer, rows []any) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	var row bytes.Buffer
	enc := json.NewEncoder(&row)
	enc.SetEscapeHTML(false)
	bw.WriteString("[")
	for i, r := range rows {
		if i > 0 {
			bw.WriteString(",")
		}
		bw.WriteString("\n")
		row.Reset()
		if err := enc.Encode(r); err != nil {
			return err
		}
		bw.Write(bytes.TrimSuffix(row.Bytes(), []byte("\n")))
	}
	bw.WriteString("\n]\n")
	return bw.Flush()
}
