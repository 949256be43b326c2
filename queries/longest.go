package queries

import (
	"strings"
	"unicode/utf8"

	"github.com/cayleygraph/quad"
	"github.com/dop251/goja"

	"github.com/factgraph/kg/schema"
)

// longestFunc(nodes, predicate) is the prelude's longestOf in Go: each node's longest
// value of predicate (by JavaScript's length, in UTF-16 code units; of equally long
// ones the first in code-point order, as Gizmo's < orders them), by the node's short
// IRI, as a Go map the script reads as an object and hands to entityTallyFunc as it
// is. event-entities takes an entity's name as the longest of its names: 31,000
// entities' 80,000 names made JavaScript strings, arrays and comparisons cost about a
// fifth of the names' stage.
//
// It returns false, and the prelude compares in JavaScript, when a value is not a
// plain string.
const longestFunc = "__kgLongest"

// longest is longestFunc.
func (h *helpers) longest(call goja.FunctionCall) goja.Value {
	nodes, vals := h.outArgs(call, longestFunc)
	out := make(map[string]string, len(nodes))
	for i, vs := range vals {
		k := scriptShort(nodes[i])
		for _, v := range vs {
			s, ok := v.(quad.String)
			if !ok {
				return h.vm.ToValue(false)
			}
			if cur, ok := out[k]; !ok || longerName(string(s), cur) {
				out[k] = string(s)
			}
		}
	}
	return h.vm.ToValue(out)
}

// longerName reports whether s comes before cur as the prelude picks names: longer in
// UTF-16 code units, or as long and less.
func longerName(s, cur string) bool {
	a, b := utf16Len(s), utf16Len(cur)
	return a > b || a == b && s < cur
}

// utf16Len is JavaScript's length of s.
func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n++
		if r >= 0x10000 && r <= utf8.MaxRune {
			n++
		}
	}
	return n
}

// scriptShort is the prelude's short(v) of a node: its IRI, with the kg: namespace
// written "kg:".
func scriptShort(v quad.Value) string {
	s := strings.TrimSuffix(strings.TrimPrefix(v.String(), "<"), ">")
	if rest, ok := strings.CutPrefix(s, schema.NS); ok {
		return "kg:" + rest
	}
	return s
}

// canonicalOutFunc(nodes, predicate, into) is the prelude's canonicalOut in Go: for each
// of nodes, by its short IRI, the short IRIs of its values of predicate, each followed
// through into (an entity to the entity it is taken for, the prelude's identities) at
// most four steps as canonical() follows it, as a Go map the script reads as an object
// and hands to entityTallyFunc as it is. event-entities reads the entities of 3,250
// reports, 100,000 mentions, through it.
//
// It returns false, and the prelude maps in JavaScript, when a value is not an IRI or
// into holds anything but strings.
const canonicalOutFunc = "__kgCanonicalOut"

// canonicalOut is canonicalOutFunc.
func (h *helpers) canonicalOut(call goja.FunctionCall) goja.Value {
	into, ok := stringMap(call.Argument(2).Export())
	if !ok {
		return h.vm.ToValue(false)
	}
	nodes, vals := h.outArgs(call, canonicalOutFunc)
	out := make(map[string][]string, len(nodes))
	for i, vs := range vals {
		list := make([]string, len(vs))
		for j, v := range vs {
			if _, ok := v.(quad.IRI); !ok {
				return h.vm.ToValue(false)
			}
			k := scriptShort(v)
			for step := 0; step < 4 && into[k] != ""; step++ {
				k = into[k]
			}
			list[j] = k
		}
		out[scriptShort(nodes[i])] = list
	}
	return h.vm.ToValue(out)
}

// outArgs reads the arguments (nodes, predicate) of a helper named name and what
// g.V(node).out(predicate).toArray() gives for each node (see out).
func (h *helpers) outArgs(call goja.FunctionCall, name string) ([]quad.Value, [][]quad.Value) {
	list, _ := call.Argument(0).Export().([]any)
	pred, err := toIRI(call.Argument(1).Export())
	if err != nil {
		panic(h.vm.NewTypeError("%s: %v", name, err))
	}
	nodes := make([]quad.Value, len(list))
	for i, n := range list {
		if nodes[i], err = toIRI(n); err != nil {
			panic(h.vm.NewTypeError("%s: %v", name, err))
		}
	}
	return nodes, h.objectsOf(nodes, pred)
}

// objectsOf is what g.V(node).out(pred).toArray() gives for each of nodes. g.V(n).out(p)
// is the shape Out(Lookup{n}, Lookup{p}), whose lookups Cayley resolves one value at a
// time for every path: the refs are looked up once here (most of them known already,
// from the values the session has read), and the objects read in one batch.
func (h *helpers) objectsOf(nodes []quad.Value, pred quad.Value) [][]quad.Value {
	ids, err := h.refsOf(append([]quad.Value{pred}, nodes...))
	if err != nil {
		h.fail(err)
	}
	vals, err := h.outValues(ids[1:], ids[0])
	if err != nil {
		h.fail(err)
	}
	return vals
}
