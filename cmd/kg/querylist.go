package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/dustin/go-humanize"

	"github.com/factgraph/kg/queries"
)

// sayCut returns the first o.Limit rows and, when there were more (the query was run
// for one more than the limit), says so on stderr: stdout stays the rows alone, a
// plain JSON array with --json.
func sayCut(o queryOptions, rows []any) []any {
	if o.Limit <= 0 || len(rows) <= o.Limit {
		return rows
	}
	noteCut(o)
	return rows[:o.Limit]
}

// noteCut says on stderr that --limit cut the rows.
func noteCut(o queryOptions) {
	fmt.Fprintf(o.Stderr, "kg: the first %s rows; more match (--limit 0 for all, or narrow them with --param)\n", humanize.Comma(int64(o.Limit)))
}

// listQueries prints the saved queries: each with its description and, under it,
// its parameters with what each means and allows; with --json, the list as JSON
// (name, description, params with type, choices, required and default, columns).
func listQueries(o queryOptions) error {
	list := queries.List()
	if o.JSON {
		enc := json.NewEncoder(o.Stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(list)
	}
	for i, q := range list {
		if i > 0 {
			fmt.Fprintln(o.Stdout)
		}
		fmt.Fprintf(o.Stdout, "%s — %s\n", q.Name, q.Description)
		if q.View == "graph" {
			fmt.Fprintln(o.Stdout, "  (made for the graph view: kg serve's Visualize page)")
		}
		tw := tabwriter.NewWriter(o.Stdout, 0, 4, 2, ' ', 0)
		for _, p := range q.Params {
			fmt.Fprintf(tw, "  --param %s=%s\t%s\n", p.Name, paramValue(p), paramMeaning(p))
		}
		tw.Flush()
	}
	fmt.Fprintln(o.Stdout, "\nRun one with kg query NAME [--param KEY=VALUE]… [--json]; kg query --list --json lists them as JSON.")
	return nil
}

// paramValue is how the list shows a parameter's value: TEXT, DATE, NUMBER or the
// choices (conflict|revision).
func paramValue(p queries.Param) string {
	if p.Type == queries.Choice {
		return strings.Join(p.Choices, "|")
	}
	return strings.ToUpper(p.Type)
}

// paramMeaning is a parameter's description, with whether it is required and its
// default.
func paramMeaning(p queries.Param) string {
	s := p.Description
	if p.Required {
		s += " (required)"
	}
	if p.Default != "" {
		s += " (default " + p.Default + ")"
	}
	return s
}
