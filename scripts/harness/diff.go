package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

// kinds are the lists of `kg extract --json` that the diff compares, in the order it
// prints them, with the fields in the order it prints them and what identifies an item
// across two runs (so that a changed measure or speaker reads as a change of one item,
// not as one item removed and another added).
var kinds = []struct {
	name   string // the JSON list
	item   string // one item, as the report names it
	fields []string
	key    []string
}{
	{"figures", "figure", []string{"measure", "value", "unit", "qualifier", "scope", "event", "subject", "place", "date", "source", "text", "sentence"}, []string{"sentence", "value", "unit"}},
	{"entities", "entity", []string{"name", "type", "aliases", "mentions", "country"}, []string{"name"}},
	{"quotes", "quote", []string{"speaker", "text", "sentence"}, []string{"sentence", "text"}},
	{"relations", "relation", []string{"subject", "predicate", "object", "source", "text", "sentence"}, []string{"sentence", "text"}},
	{"events", "event", []string{"label", "type", "place", "country", "date", "main"}, []string{"type", "place"}},
}

type item map[string]json.RawMessage

type article struct {
	key, title string
	lists      map[string][]item
	raw        []byte // the article's line

}

// readRun reads the JSON Lines of one `kg extract --json` run, keyed by the article's
// path (its id when it has none), in file order.
func readRun(path string) ([]*article, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []*article
	r := bufio.NewReader(f)
	for line := 1; ; line++ {
		b, err := r.ReadBytes('\n')
		if len(bytes.TrimSpace(b)) > 0 {
			var raw map[string]json.RawMessage
			if err := json.Unmarshal(b, &raw); err != nil {
				return nil, fmt.Errorf("%s:%d: %w", path, line, err)
			}
			var head struct{ ID, Path, Title string }
			if err := json.Unmarshal(raw["article"], &head); err != nil {
				return nil, fmt.Errorf("%s:%d: article: %w", path, line, err)
			}
			a := &article{key: head.Path, title: head.Title, lists: map[string][]item{}, raw: bytes.TrimSpace(b)}
			if a.key == "" {
				a.key = head.ID
			}
			for _, k := range kinds {
				if len(raw[k.name]) == 0 || string(raw[k.name]) == "null" {
					continue
				}
				var items []item
				if err := json.Unmarshal(raw[k.name], &items); err != nil {
					return nil, fmt.Errorf("%s:%d: %s: %w", path, line, k.name, err)
				}
				a.lists[k.name] = items
			}
			out = append(out, a)
		}
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
	}
}

// canon is an item's identity for equality: its fields in name order.
func canon(it item) string {
	keys := make([]string, 0, len(it))
	for k := range it {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		b.WriteString(k)
		b.WriteByte('=')
		b.Write(it[k])
		b.WriteByte('\x00')
	}
	return b.String()
}

func keyOf(it item, fields []string) string {
	var b strings.Builder
	for _, f := range fields {
		b.Write(it[f])
		b.WriteByte('\x00')
	}
	return b.String()
}

// change is one difference between the two runs' items of one kind.
type change struct {
	op       byte // '+', '-' or '~'
	old, new item
}

// compare pairs the items of two runs of one kind: equal items first, then items of the
// same key in order (changed), and what is left is added or removed.
func compare(old, new []item, key []string) []change {
	used := make([]bool, len(old))
	byCanon := map[string][]int{}
	for i, it := range old {
		c := canon(it)
		byCanon[c] = append(byCanon[c], i)
	}
	var rest []item
	for _, it := range new {
		c := canon(it)
		if l := byCanon[c]; len(l) > 0 {
			used[l[0]] = true
			byCanon[c] = l[1:]
			continue
		}
		rest = append(rest, it)
	}
	byKey := map[string][]int{}
	for i, it := range old {
		if !used[i] {
			k := keyOf(it, key)
			byKey[k] = append(byKey[k], i)
		}
	}
	var out []change
	for _, it := range rest {
		k := keyOf(it, key)
		if l := byKey[k]; len(l) > 0 {
			used[l[0]] = true
			byKey[k] = l[1:]
			out = append(out, change{op: '~', old: old[l[0]], new: it})
			continue
		}
		out = append(out, change{op: '+', new: it})
	}
	for i, it := range old {
		if !used[i] {
			out = append(out, change{op: '-', old: it})
		}
	}
	return out
}

type diffOptions struct {
	only      map[string]bool // kinds to compare; all when empty
	summary   bool            // counts only
	sentences bool            // print each item's sentence
}

type tally struct{ added, removed, changed int }

// diffRuns writes what changed from the run in oldPath to the run in newPath, article
// by article, then a count summary. It reports whether anything differs.
func diffRuns(w io.Writer, oldPath, newPath string, o diffOptions) (bool, error) {
	ob, err := os.ReadFile(oldPath)
	if err != nil {
		return false, err
	}
	nb, err := os.ReadFile(newPath)
	if err != nil {
		return false, err
	}
	if bytes.Equal(ob, nb) {
		fmt.Fprintf(w, "identical: %s and %s are the same bytes (%d articles)\n", oldPath, newPath, bytes.Count(nb, []byte("\n")))
		return false, nil
	}
	olds, err := readRun(oldPath)
	if err != nil {
		return false, err
	}
	news, err := readRun(newPath)
	if err != nil {
		return false, err
	}
	oldBy, newBy := byKey(olds), byKey(news)
	bw := bufio.NewWriter(w)
	defer bw.Flush()
	st := diffStats{tallies: map[string]*tally{}, fields: map[string]int{}}
	for _, na := range news {
		oa := oldBy[na.key]
		if oa == nil {
			st.added++
			if !o.summary {
				fmt.Fprintf(bw, "=== + %s  %q (only in the new run)\n\n", na.key, na.title)
			}
			continue
		}
		st.article(bw, oa, na, o)
	}
	for _, oa := range olds {
		if newBy[oa.key] == nil {
			st.removed++
			if !o.summary {
				fmt.Fprintf(bw, "=== - %s  %q (only in the old run)\n\n", oa.key, oa.title)
			}
		}
	}
	st.summary(bw, len(olds), len(news))
	return true, nil
}

func byKey(arts []*article) map[string]*article {
	m := make(map[string]*article, len(arts))
	for _, a := range arts {
		m[a.key] = a
	}
	return m
}

// diffStats counts what differs between two runs.
type diffStats struct {
	tallies                            map[string]*tally // by kind of item
	fields                             map[string]int    // "figures.measure" → items where it changed
	changed, added, removed, orderOnly int               // articles
}

// article writes how one article's items differ between the runs (unless o.summary)
// and counts them.
func (st *diffStats) article(w io.Writer, oa, na *article, o diffOptions) {
	var lines, counts []string
	for _, k := range kinds {
		if len(o.only) > 0 && !o.only[k.name] {
			continue
		}
		t := st.tallies[k.name]
		if t == nil {
			t = &tally{}
			st.tallies[k.name] = t
		}
		var a, r, c int
		for _, ch := range compare(oa.lists[k.name], na.lists[k.name], k.key) {
			switch ch.op {
			case '+':
				a++
			case '-':
				r++
			case '~':
				c++
				for _, f := range changedFields(ch.old, ch.new, k.fields) {
					st.fields[k.name+"."+f]++
				}
			}
			if !o.summary {
				lines = append(lines, describe(k.item, k.fields, ch, o.sentences)...)
			}
		}
		t.added, t.removed, t.changed = t.added+a, t.removed+r, t.changed+c
		if a+r+c > 0 {
			counts = append(counts, fmt.Sprintf("%s +%d -%d ~%d", k.name, a, r, c))
		}
	}
	if len(counts) == 0 {
		if !bytes.Equal(oa.raw, na.raw) {
			st.orderOnly++ // same items, in another order or written otherwise
		}
		return
	}
	st.changed++
	if !o.summary {
		fmt.Fprintf(w, "=== %s  %q\n    %s\n", na.key, na.title, strings.Join(counts, ", "))
		for _, l := range lines {
			fmt.Fprintln(w, l)
		}
		fmt.Fprintln(w)
	}
}

// summary writes the counts: articles, items by kind, changed fields.
func (st *diffStats) summary(w io.Writer, olds, news int) {
	fmt.Fprintf(w, "summary: %d articles in the old run, %d in the new; %d with changed items, %d only in the new run, %d only in the old",
		olds, news, st.changed, st.added, st.removed)
	if st.orderOnly > 0 {
		fmt.Fprintf(w, ", %d whose lines differ in the order of items, the article's fields or the lists not compared", st.orderOnly)
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "  %-10s %7s %7s %7s\n", "", "added", "removed", "changed")
	for _, k := range kinds {
		if t := st.tallies[k.name]; t != nil {
			fmt.Fprintf(w, "  %-10s %7d %7d %7d\n", k.name, t.added, t.removed, t.changed)
		}
	}
	if len(st.fields) == 0 {
		return
	}
	names := make([]string, 0, len(st.fields))
	for f := range st.fields {
		names = append(names, f)
	}
	sort.Slice(names, func(i, j int) bool {
		if st.fields[names[i]] != st.fields[names[j]] {
			return st.fields[names[i]] > st.fields[names[j]]
		}
		return names[i] < names[j]
	})
	var parts []string
	for _, f := range names {
		parts = append(parts, fmt.Sprintf("%s %d", f, st.fields[f]))
	}
	fmt.Fprintf(w, "  changed fields: %s\n", strings.Join(parts, ", "))
}

// fieldsOf lists an item's fields: the known ones in order, then any others by name.
func fieldsOf(it item, known []string) []string {
	out := append([]string(nil), known...)
	seen := map[string]bool{}
	for _, f := range known {
		seen[f] = true
	}
	var extra []string
	for f := range it {
		if !seen[f] {
			extra = append(extra, f)
		}
	}
	sort.Strings(extra)
	return append(out, extra...)
}

func changedFields(old, new item, known []string) []string {
	all := fieldsOf(old, known)
	for f := range new {
		if _, ok := old[f]; !ok {
			all = append(all, f)
		}
	}
	var out []string
	seen := map[string]bool{}
	for _, f := range all {
		if seen[f] {
			continue
		}
		seen[f] = true
		if !bytes.Equal(old[f], new[f]) {
			out = append(out, f)
		}
	}
	return out
}

func show(v json.RawMessage) string {
	if len(v) == 0 {
		return "(none)"
	}
	return string(v)
}

// describe writes one change for a person: the item's fields (what changed, for a
// changed item), then its sentence.
func describe(name string, known []string, ch change, sentences bool) []string {
	it := ch.new
	if ch.op == '-' {
		it = ch.old
	}
	var parts []string
	switch ch.op {
	case '~':
		changed := changedFields(ch.old, ch.new, known)
		isChanged := map[string]bool{}
		for _, f := range changed {
			isChanged[f] = true
			if f == "sentence" {
				continue
			}
			parts = append(parts, fmt.Sprintf("%s: %s → %s", f, show(ch.old[f]), show(ch.new[f])))
		}
		// what the item is, in its unchanged words
		var same []string
		for _, f := range fieldsOf(it, known) {
			if f == "sentence" || isChanged[f] || !interesting(it[f]) {
				continue
			}
			same = append(same, f+"="+string(it[f]))
		}
		line := fmt.Sprintf("  ~ %-8s %s", name, strings.Join(parts, "; "))
		out := []string{line}
		if len(same) > 0 {
			out = append(out, "      was and is: "+strings.Join(same, " "))
		}
		if isChanged["sentence"] {
			out = append(out, "      sentence was: "+sentenceText(ch.old["sentence"]))
		}
		if sentences && len(it["sentence"]) > 0 {
			out = append(out, "      sentence: "+sentenceText(it["sentence"]))
		}
		return out
	default:
		for _, f := range fieldsOf(it, known) {
			if f == "sentence" || !interesting(it[f]) {
				continue
			}
			parts = append(parts, f+"="+string(it[f]))
		}
		out := []string{fmt.Sprintf("  %c %-8s %s", ch.op, name, strings.Join(parts, " "))}
		if sentences && len(it["sentence"]) > 0 {
			out = append(out, "      sentence: "+sentenceText(it["sentence"]))
		}
		return out
	}
}

// interesting: a field worth printing (not null, empty or false).
func interesting(v json.RawMessage) bool {
	switch string(v) {
	case "", "null", `""`, "[]", "false":
		return false
	}
	return true
}

func sentenceText(v json.RawMessage) string {
	var s string
	if json.Unmarshal(v, &s) != nil {
		return string(v)
	}
	return strings.Join(strings.Fields(s), " ")
}
