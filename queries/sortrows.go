package queries

import (
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dop251/goja"

	"github.com/factgraph/kg/schema"
)

// sortRowsFunc(rows) sorts rows of rowsFunc in place as rows.sort(byRaw) does in the
// prelude — by their first keys (publication time, article, offset: sortKey), then by
// their whole text, stably — and returns true; it returns false, sorting nothing, when
// a row is not one rowsFunc made or the script changed its keys or text (the prelude
// then sorts in JavaScript). firstRows sorts every row it reads: `sources --limit 0`
// sorts 46,000, and Gizmo's sort calls the JavaScript comparison a million times.
const sortRowsFunc = "__kgSortRows"

// rowKeyIndex maps each kind of row to the position of each of its keys (ROW in the
// prelude).
var rowKeyIndex = func() map[string]map[string]int {
	m := map[string]map[string]int{}
	for _, k := range schema.Kinds {
		m[k.Name] = map[string]int{}
		for i, name := range k.Keys {
			m[k.Name][name] = i
		}
	}
	return m
}()

// sortKeyOf is the prelude's sortKey(r) of a row: its keys published, article and
// offset joined by tabs, "undefined" for a key its kind has not got.
func sortKeyOf(line string, keys map[string]int) string {
	fields := strings.Split(line, "\t")
	fields = fields[:len(fields)-1] // the record
	part := func(name string) string {
		if i, ok := keys[name]; ok && i < len(fields) {
			return fields[i]
		}
		return "undefined"
	}
	return part("published") + "\t" + part("article") + "\t" + part("offset")
}

func (h *helpers) sortRows(call goja.FunctionCall) goja.Value {
	arr, ok := call.Argument(0).(*goja.Object)
	if !ok || arr.ClassName() != "Array" {
		return h.vm.ToValue(false)
	}
	n := int(arr.Get("length").ToInteger())
	type entry struct {
		v        goja.Value
		key, raw string
	}
	list := make([]entry, n)
	for i := range list {
		v := arr.Get(strconv.Itoa(i))
		o, ok := v.(*goja.Object)
		if !ok {
			return h.vm.ToValue(false)
		}
		r, ok := o.Export().(*rowObject)
		if !ok || r.kSet || r.rawSet || len(r.gone) > 0 || r.Has("sk") {
			return h.vm.ToValue(false)
		}
		keys, ok := rowKeyIndex[r.kind.String()]
		if !ok {
			return h.vm.ToValue(false)
		}
		list[i] = entry{v: v, key: sortKeyOf(r.line, keys), raw: r.line}
	}
	sort.SliceStable(list, func(i, j int) bool {
		a, b := list[i], list[j]
		if a.key != b.key {
			return lessUTF16(a.key, b.key)
		}
		return lessUTF16(a.raw, b.raw)
	})
	for i, e := range list {
		arr.Set(strconv.Itoa(i), e.v)
	}
	return h.vm.ToValue(true)
}

// lessUTF16 reports whether a < b as JavaScript compares strings: by UTF-16 code
// units, which orders a character above U+FFFF (two surrogates, from U+D800) before
// one from U+E000 to U+FFFF, where UTF-8's byte order puts it after.
func lessUTF16(a, b string) bool {
	for len(a) > 0 && len(b) > 0 {
		if a[0] == b[0] && a[0] < utf8.RuneSelf {
			a, b = a[1:], b[1:]
			continue
		}
		ra, na := utf8.DecodeRuneInString(a)
		rb, nb := utf8.DecodeRuneInString(b)
		if ra != rb {
			return utf16First(ra) < utf16First(rb) || utf16First(ra) == utf16First(rb) && ra < rb
		}
		a, b = a[na:], b[nb:]
	}
	return len(a) == 0 && len(b) > 0
}

// utf16First is the first UTF-16 code unit of r.
func utf16First(r rune) rune {
	if r >= 0x10000 {
		return 0xD800 + (r-0x10000)>>10
	}
	return r
}
