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
	"sort"
	"strings"
	"text/tabwriter"
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
	Stdout  io.Writer
}

func queryCommand() *cli.Command {
	return &cli.Command{
		Name:      "query",
		Usage:     "run a saved query, a Gizmo file or an inline Gizmo script",
		ArgsUsage: "NAME | FILE.js",
		Description: "Saved queries (kg query --list): entity, relations, quotes, figures, contradictions,\n" +
			"corroborations, sources, timeline. Parameters reach the script as the object `params`.\n" +
			"Inline: kg query -e 'g.V(g.IRI(\"kg:entity/person/kofi-annan\")).out().all()'",
		Flags: append(storeFlags(),
			&cli.StringFlag{Name: "e", Usage: "an inline Gizmo script"},
			&cli.StringSliceFlag{Name: "param", Aliases: []string{"p"}, Usage: "a parameter for the script, key=value (repeatable)"},
			&cli.BoolFlag{Name: "json", Usage: "print a JSON array of result objects"},
			&cli.IntFlag{Name: "limit", Value: 100, Usage: "the most results to print (0: all)"},
			&cli.DurationFlag{Name: "timeout", Value: time.Minute, Usage: "stop a query that runs longer"},
			maxMemoryFlag(queries.DefaultMaxMemory, "stop a query when kg's heap passes this size (512MiB, 4GB…; 0: no bound)"),
			&cli.BoolFlag{Name: "list", Usage: "list the saved queries"},
		),
		Action: func(c *cli.Context) error {
			o := queryOptions{Store: storeOptions(c, true), Inline: c.String("e"), JSON: c.Bool("json"),
				Limit: c.Int("limit"), Timeout: c.Duration("timeout"), List: c.Bool("list"), Stdout: c.App.Writer,
				Params: map[string]string{}}
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
	store, err := graph.Open(o.Store)
	if err != nil {
		return err
	}
	if o.JSON {
		return streamQuery(ctx, o, store, script)
	}
	rows, err := queries.Run(ctx, store.QuadStore(), script, queries.Options{Params: o.Params, Limit: o.Limit, Timeout: o.Timeout, MaxMemory: o.Memory})
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
	if o.JSON {
		return writeJSONRows(o.Stdout, rows)
	}
	var cols []string
	for _, c := range queries.Parse("", script).Columns {
		cols = append(cols, c.Name)
	}
	printRows(o.Stdout, rows, cols)
	return nil
}

// streamQuery runs a query for --json: each row is written as the script emits it, so
// that a query over every row holds none of them (see queries.Stream). A query that
// fails after its first rows leaves them written, and kg exits with the error.
func streamQuery(ctx context.Context, o queryOptions, store *graph.Store, script string) error {
	out := newJSONRows(o.Stdout)
	err := queries.Stream(ctx, store.QuadStore(), script, queries.Options{Params: o.Params, Limit: o.Limit, Timeout: o.Timeout, MaxMemory: o.Memory}, out.write)
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

// writeJSONRows writes rows as a JSON array with one row a line: valid JSON for
// programs, readable for people, and quick to write.
func writeJSONRows(w io.Writer, rows []any) error {
	out := newJSONRows(w)
	for _, r := range rows {
		if err := out.write(r); err != nil {
			return err
		}
	}
	return out.close()
}

// jsonRows writes a JSON array of rows as they come, one row a line. The array opens
// with the first row (or at close), so that a query that fails before any row writes
// nothing.
type jsonRows struct {
	w   *bufio.Writer
	row bytes.Buffer
	enc *json.Encoder
	n   int
}

func newJSONRows(w io.Writer) *jsonRows {
	j := &jsonRows{w: bufio.NewWriterSize(w, 1<<16)}
	j.enc = json.NewEncoder(&j.row)
	j.enc.SetEscapeHTML(false)
	return j
}

func (j *jsonRows) write(r any) error {
	if j.n == 0 {
		j.w.WriteString("[")
	} else {
		j.w.WriteString(",")
	}
	j.n++
	j.w.WriteString("\n")
	j.row.Reset()
	if err := j.enc.Encode(r); err != nil {
		return err
	}
	_, err := j.w.Write(bytes.TrimSuffix(j.row.Bytes(), []byte("\n")))
	return err
}

func (j *jsonRows) close() error {
	if j.n == 0 {
		j.w.WriteString("[")
	}
	j.w.WriteString("\n]\n")
	return j.w.Flush()
}

func listQueries(o queryOptions) error {
	tw := tabwriter.NewWriter(o.Stdout, 0, 4, 2, ' ', 0)
	for _, q := range queries.List() {
		var ps []string
		for _, p := range q.Params {
			ps = append(ps, p.Name)
		}
		params := ""
		if len(ps) > 0 {
			params = "  [" + strings.Join(ps, ", ") + "]"
		}
		fmt.Fprintf(tw, "%s\t%s%s\n", q.Name, q.Description, params)
	}
	return tw.Flush()
}

// columnOrder is the order of the columns people read first in the rows of a script
// that declares no columns; others follow by name.
var columnOrder = []string{"date", "event", "entity", "fact", "speaker", "kind", "claim", "steps", "measure",
	"value", "unit", "qualifier", "verdict", "source", "place", "reports", "outlets", "publisher", "published", "why", "text", "path"}

// tableHides are columns the table leaves to --json: identifiers and long lists.
var tableHides = map[string]bool{"eventId": true, "article": true, "articles": true, "title": true, "paths": true, "url": true, "sources": true}

// printRows writes results as a table: one column per key of the result objects, in
// the order the script's header declares them (declared), or else in columnOrder.
func printRows(w io.Writer, rows []any, declared []string) {
	if len(rows) == 0 {
		fmt.Fprintln(w, "(no results)")
		return
	}
	keys := map[string]bool{}
	for _, r := range rows {
		if m, ok := r.(map[string]any); ok {
			for k := range m {
				keys[k] = true
			}
		}
	}
	if len(keys) == 0 {
		for _, r := range rows {
			fmt.Fprintln(w, cell(r))
		}
		return
	}
	cols := make([]string, 0, len(keys))
	order := columnOrder
	if len(declared) > 0 {
		order = declared
	}
	for _, k := range order {
		if tableHides[k] {
			delete(keys, k)
			continue
		}
		if keys[k] {
			cols = append(cols, k)
			delete(keys, k)
		}
	}
	var rest []string
	for k := range keys {
		if !tableHides[k] {
			rest = append(rest, k)
		}
	}
	sort.Strings(rest)
	cols = append(cols, rest...)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, strings.Join(cols, "\t"))
	for _, r := range rows {
		m, _ := r.(map[string]any)
		vals := make([]string, len(cols))
		for i, c := range cols {
			vals[i] = cell(m[c])
		}
		fmt.Fprintln(tw, strings.Join(vals, "\t"))
	}
	tw.Flush()
}

func cell(v any) string {
	switch x := v.(type) {
	case nil:
		return "-"
	case string:
		return clip(x, 60)
	case float64, int, int64, bool:
		return fmt.Sprint(x)
	case []any:
		// A list of claims or reports: a short line for each.
		parts := make([]string, 0, len(x))
		for _, item := range x {
			m, ok := item.(map[string]any)
			if !ok {
				parts = append(parts, fmt.Sprint(item))
				continue
			}
			var words []string
			for _, k := range []string{"qualifier", "value", "claim", "says", "name", "source", "publisher"} {
				if v, ok := m[k]; ok && v != nil {
					if k == "publisher" {
						words = append(words, "("+fmt.Sprint(v)+")")
					} else {
						words = append(words, fmt.Sprint(v))
					}
				}
			}
			parts = append(parts, strings.Join(words, " "))
		}
		return clip(strings.Join(parts, " | "), 90)
	}
	b, _ := json.Marshal(v)
	return clip(string(b), 60)
}

// clip shortens s to about n runes.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
