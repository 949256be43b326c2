package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"

	"github.com/rivo/uniseg"
	"golang.org/x/term"
)

// tableLayout says how wide a table may be.
type tableLayout struct {
	// Width is the width to fit, in terminal cells; 0 fits nothing and cuts each
	// cell at its own length (cellWidth) instead.
	Width int
	// Wide prints every cell whole: no fitting, no cutting.
	Wide bool
}

// layoutFor is the layout of tables written to w: the terminal's width when w is a
// terminal, else $COLUMNS when it is set, else none; --wide prints everything.
func layoutFor(w io.Writer, wide bool) tableLayout {
	if wide {
		return tableLayout{Wide: true}
	}
	if f, ok := w.(*os.File); ok && isTerminal(f) {
		if width, _, err := term.GetSize(int(f.Fd())); err == nil && width > 0 {
			return tableLayout{Width: width}
		}
	}
	if n, err := strconv.Atoi(os.Getenv("COLUMNS")); err == nil && n > 0 {
		return tableLayout{Width: n}
	}
	return tableLayout{}
}

// Cells are cut at these lengths when the table fits no width; a list of claims or
// reports gets more.
const (
	cellWidth = 60
	listWidth = 90
	minColumn = 10 // the narrowest a short column is squeezed to
	minLong   = 16 // the narrowest a long column is squeezed to
)

// noteColumns are columns of sentences (contradictions' why) that a table prints under
// each row, whole and wrapped, rather than in a column that would cut them.
var noteColumns = map[string]bool{"why": true}

// columnOrder is the order of the columns people read first in the rows of a script
// that declares no columns; others follow by name.
var columnOrder = []string{"date", "event", "entity", "fact", "speaker", "kind", "claim", "steps", "measure",
	"value", "unit", "qualifier", "verdict", "source", "place", "reports", "outlets", "publisher", "published", "why", "text", "path"}

// tableHides are columns the table leaves to --json: identifiers and long lists.
var tableHides = map[string]bool{"eventId": true, "article": true, "articles": true, "title": true, "paths": true, "url": true, "sources": true}

// printRows writes results as a table: one column per key of the result objects, in
// the order the script's header declares them (declared), or else in columnOrder;
// note columns go under their row. The table fits lay.Width, cutting the widest
// columns first, and says which columns it left out when even the narrowest do not
// fit.
func printRows(w io.Writer, rows []any, declared []string, lay tableLayout) {
	if len(rows) == 0 {
		fmt.Fprintln(w, "(no results)")
		return
	}
	cols, notes := tableColumns(rows, declared)
	if cols == nil && notes == nil {
		for _, r := range rows {
			fmt.Fprintln(w, cell(r, lay.Wide))
		}
		return
	}
	cells := make([][]string, len(rows)+1)
	cells[0] = cols
	for i, r := range rows {
		m, _ := r.(map[string]any)
		line := make([]string, len(cols))
		for j, c := range cols {
			line[j] = oneLine(cell(m[c], lay.Wide || lay.Width > 0))
		}
		cells[i+1] = line
	}
	widths, shown := fitColumns(cells, lay.Width)
	for i, line := range cells {
		var b strings.Builder
		for j := 0; j < shown; j++ {
			s := cut(line[j], widths[j])
			b.WriteString(s)
			if j < shown-1 {
				b.WriteString(strings.Repeat(" ", widths[j]-uniseg.StringWidth(s)+2))
			}
		}
		fmt.Fprintln(w, strings.TrimRight(b.String(), " "))
		if i == 0 {
			continue
		}
		m, _ := rows[i-1].(map[string]any)
		for _, n := range notes {
			if v, ok := m[n]; ok && v != nil {
				for _, l := range wrap(n+": "+fmt.Sprint(v), lay.Width-4) {
					fmt.Fprintln(w, "    "+l)
				}
			}
		}
	}
	if shown < len(cols) {
		fmt.Fprintf(w, "(%s left out to fit %d columns of the terminal: --wide or --json shows them)\n", strings.Join(cols[shown:], ", "), lay.Width)
	}
}

// tableColumns picks the columns of a table and the note columns, in order.
func tableColumns(rows []any, declared []string) (cols, notes []string) {
	keys := map[string]bool{}
	for _, r := range rows {
		if m, ok := r.(map[string]any); ok {
			for k := range m {
				keys[k] = true
			}
		}
	}
	if len(keys) == 0 {
		return nil, nil
	}
	order := columnOrder
	if len(declared) > 0 {
		order = declared
	}
	take := func(k string) {
		switch {
		case tableHides[k]:
		case noteColumns[k]:
			notes = append(notes, k)
		default:
			cols = append(cols, k)
		}
		delete(keys, k)
	}
	for _, k := range order {
		if keys[k] {
			take(k)
		}
	}
	rest := make([]string, 0, len(keys))
	for k := range keys {
		rest = append(rest, k)
	}
	sort.Strings(rest)
	for _, k := range rest {
		take(k)
	}
	if cols == nil {
		cols = []string{}
	}
	return cols, notes
}

// fitColumns returns the width of each column and how many columns fit in width: all
// of them at their natural widths when they fit (or width is 0); else the widest are
// narrowed: long ones first (dates and numbers stay whole as long as they can), none
// below minLong, minColumn or its heading; else the last ones are left out.
func fitColumns(cells [][]string, width int) ([]int, int) {
	n := len(cells[0])
	natural := make([]int, n)
	for _, line := range cells {
		for j, s := range line {
			natural[j] = max(natural[j], uniseg.StringWidth(s))
		}
	}
	// Long columns go down to shortColumn, then to minLong (or their heading), and
	// only then short ones down to minColumn.
	floor := func(long, short int) []int {
		f := make([]int, n)
		for j := range f {
			least := long
			if natural[j] <= shortColumn {
				least = short
			}
			f[j] = min(natural[j], max(least, uniseg.StringWidth(cells[0][j])))
		}
		return f
	}
	hard := floor(minLong, minColumn)
	if width <= 0 || tableWidth(natural, n) <= width {
		return natural, n
	}
	shown := n
	for shown > 1 && tableWidth(hard, shown) > width {
		shown--
	}
	widths := append([]int(nil), natural...)
	for _, fl := range [][]int{floor(shortColumn, shortColumn), floor(minLong, shortColumn), hard} {
		narrow(widths[:shown], fl, tableWidth(widths, shown)-width)
	}
	return widths, shown
}

// shortColumn is the width under which a column is narrowed only when narrowing the
// long ones is not enough.
const shortColumn = 20

// tableWidth is the width of the first k columns and the gaps between them.
func tableWidth(widths []int, k int) int {
	t := 2 * (k - 1)
	for _, w := range widths[:k] {
		t += w
	}
	return t
}

// narrow takes excess cells from the widest of widths, a cell at a time, none below
// floor.
func narrow(widths, floor []int, excess int) {
	for ; excess > 0; excess-- {
		widest := -1
		for j := range widths {
			if widths[j] > floor[j] && (widest < 0 || widths[j] > widths[widest]) {
				widest = j
			}
		}
		if widest < 0 {
			return
		}
		widths[widest]--
	}
}

// cut shortens s to at most w terminal cells, ending it with "…" when it cuts.
func cut(s string, w int) string {
	if uniseg.StringWidth(s) <= w {
		return s
	}
	var b strings.Builder
	used := 0
	g := uniseg.NewGraphemes(s)
	for g.Next() {
		cw := g.Width()
		if used+cw > w-1 {
			break
		}
		b.WriteString(g.Str())
		used += cw
	}
	return b.String() + "…"
}

// wrap breaks s into lines of at most width cells at spaces; width ≤ 0 keeps one line.
func wrap(s string, width int) []string {
	if width <= 0 || uniseg.StringWidth(s) <= width {
		return []string{s}
	}
	var lines []string
	var line strings.Builder
	used := 0
	for _, word := range strings.Fields(s) {
		ww := uniseg.StringWidth(word)
		if used > 0 && used+1+ww > width {
			lines = append(lines, line.String())
			line.Reset()
			used = 0
		}
		if used > 0 {
			line.WriteByte(' ')
			used++
		}
		line.WriteString(word)
		used += ww
	}
	return append(lines, line.String())
}

// oneLine keeps a cell on its line: line breaks and tabs become spaces.
func oneLine(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' || r == '\t' {
			return ' '
		}
		return r
	}, s)
}

// cell writes a value for a table; whole, it is never cut (the table fits it or
// --wide asks for everything), else it is cut at cellWidth or listWidth.
func cell(v any, whole bool) string {
	limit := func(s string, n int) string {
		if whole {
			return s
		}
		return cut(s, n)
	}
	switch x := v.(type) {
	case nil:
		return "-"
	case string:
		return limit(x, cellWidth)
	case float64, int, int64, bool:
		return fmt.Sprint(x)
	case map[string]any:
		if id, ok := x["@id"]; ok && len(x) == 1 { // a node of a graph-view query
			return limit(fmt.Sprint(id), cellWidth)
		}
	case []any:
		return limit(listCell(x), listWidth)
	}
	b, _ := json.Marshal(v)
	return limit(string(b), cellWidth)
}

// listCell writes a list of claims or reports: a short line for each.
func listCell(items []any) string {
	parts := make([]string, 0, len(items))
	for _, item := range items {
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
	return strings.Join(parts, " | ")
}
