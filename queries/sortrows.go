package queries

import (
	"sort"
	"strconv"
	"strings"

	"github.com/dop251/goja"

	"github.com/factgraph/kg/schema"
)

// sortRowsFunc(rows) sorts rows of rowsFunc in place as rows.sort(byRaw) does in the
// prelude — by their first keys (publication time, article, offset: sortKey), then by
// their whole text, stably, comparing strings as Gizmo's JavaScript does (by code
// points, which is Go's order of UTF-8 bytes) — and returns true; it returns false, sorting nothing, when
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
			return a.key < b.key
		}
		return a.raw < b.raw
	})
	for i, e := range list {
		arr.Set(strconv.Itoa(i), e.v)
	}
	return h.vm.ToValue(true)
}

// sortByFunc(list, fields) sorts objects in place as the prelude's sortBy does — stably,
// by each of fields in turn, "name" ascending and "-name" descending, numbers by value
// and strings as Gizmo's JavaScript compares them (by code points, as Go does) — and
// returns true; it returns false,
// sorting nothing, when an element is not an object or a field is not a number in
// every element or a string in every element (the prelude then sorts in JavaScript).
// event-entities sorts 114,000 entities by reports and name with --limit 0: in
// JavaScript, a call of the comparison each time two are compared.
const sortByFunc = "__kgSortBy"

// sortField is one field of sortByFunc, read from every element.
type sortField struct {
	desc bool
	nums []float64 // a number field's values, or nil
	strs []string  // a string field's values, or nil
}

func (h *helpers) sortBy(call goja.FunctionCall) goja.Value {
	no := h.vm.ToValue(false)
	arr, ok := call.Argument(0).(*goja.Object)
	spec, ok2 := call.Argument(1).Export().([]any)
	if !ok || !ok2 || arr.ClassName() != "Array" {
		return no
	}
	n := int(arr.Get("length").ToInteger())
	elems := make([]*goja.Object, n)
	for i := range elems {
		o, ok := arr.Get(strconv.Itoa(i)).(*goja.Object)
		if !ok {
			return no
		}
		elems[i] = o
	}
	fields := make([]sortField, len(spec))
	for j, s := range spec {
		name, ok := s.(string)
		if !ok {
			return no
		}
		f := &fields[j]
		f.desc = strings.HasPrefix(name, "-")
		name = strings.TrimPrefix(name, "-")
		for i, o := range elems {
			val := o.Get(name)
			if val == nil {
				return no
			}
			switch v := val.Export().(type) {
			case string:
				if f.nums != nil {
					return no
				}
				if f.strs == nil {
					f.strs = make([]string, n)
				}
				f.strs[i] = v
			case int64:
				if !f.number(i, n, float64(v)) {
					return no
				}
			case float64:
				if v != v || !f.number(i, n, v) { // NaN compares as nothing
					return no
				}
			default:
				return no
			}
		}
	}
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		x, y := order[a], order[b]
		for _, f := range fields {
			var c int
			if f.nums != nil {
				c = compareFloat(f.nums[x], f.nums[y])
			} else if f.strs[x] != f.strs[y] {
				c = 1
				if f.strs[x] < f.strs[y] {
					c = -1
				}
			}
			if f.desc {
				c = -c
			}
			if c != 0 {
				return c < 0
			}
		}
		return false
	})
	for i, k := range order {
		arr.Set(strconv.Itoa(i), elems[k])
	}
	return h.vm.ToValue(true)
}

// number notes a number field's value of element i, false when the field held strings.
func (f *sortField) number(i, n int, v float64) bool {
	if f.strs != nil {
		return false
	}
	if f.nums == nil {
		f.nums = make([]float64, n)
	}
	f.nums[i] = v
	return true
}

func compareFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
