package queries

import (
	"reflect"
	"sort"
	"strings"

	"github.com/dop251/goja"
)

// entityTallyFunc(mentions, names) is the prelude's entityTally in Go: given mentions
// (each report's short IRI to the entities it names) and names (each entity to its
// name), it returns a function tally(reports, min) that counts, for a list of reports,
// how many of them name each entity, and gives the entities at least min of them name
// and that have a name, as {entity, name, type, reports}, most reports first, then by
// name, the others in the order the reports first name them: what the prelude's
// JavaScript gives, as Go values (entityCounts) that the script passes to emit.
// event-entities tallies the entities of 3,600 events' reports, 114,000 in all: in
// JavaScript the counting, the objects and their copy for emit took about a third of
// its time with --limit 0.
//
// It returns false, and the prelude counts in JavaScript, when mentions or names hold
// anything but strings where it expects them.
const entityTallyFunc = "__kgEntityTally"

// entityCount is one entity of a tally. Its fields are in the order in which JSON
// gives those of the JavaScript object the prelude makes (goja exports it as a Go map,
// whose keys encoding/json sorts): the output is the same either way.
type entityCount struct {
	Entity  string `json:"entity"`
	Name    string `json:"name"`
	Reports int    `json:"reports"`
	Type    any    `json:"type"` // the entity IRI's first step ("person"), or nil
}

// entityCounts is a tally as the script holds it: an array of Go values that emit
// takes whole (see guardSized).
type entityCounts []entityCount

// guardSize is what the guard's copier would count for the same values made in
// JavaScript: the array, each object and its four values; 8 bytes a value, and the
// bytes of each key and string.
func (l entityCounts) guardSize() (values int, bytes int64) {
	values = 1 + 5*len(l)
	bytes = 8 * int64(values)
	for _, e := range l {
		bytes += int64(len("entity") + len("name") + len("reports") + len("type"))
		bytes += int64(len(e.Entity) + len(e.Name))
		if t, ok := e.Type.(string); ok {
			bytes += int64(len(t))
		}
	}
	return values, bytes
}

// guardSized is a value made in Go that a script hands to Gizmo as it is: the guard's
// copier counts it by its guardSize instead of walking it (it holds no cycles, getters
// or script objects).
type guardSized interface {
	guardSize() (values int, bytes int64)
}

var guardSizedType = reflect.TypeOf((*guardSized)(nil)).Elem()

// entityTally is entityTallyFunc.
func (h *helpers) entityTally(call goja.FunctionCall) goja.Value {
	no := h.vm.ToValue(false)
	mentions, ok := stringLists(call.Argument(0).Export())
	if !ok {
		return no
	}
	names, ok := stringMap(call.Argument(1).Export())
	if !ok {
		return no
	}
	return h.vm.ToValue(func(call goja.FunctionCall) goja.Value {
		list, ok := call.Argument(0).Export().([]any)
		if !ok {
			panic(h.vm.NewTypeError("%s: the reports are not an array", entityTallyFunc))
		}
		reports := make([]string, len(list))
		for i, r := range list {
			if s, ok := r.(string); ok {
				reports[i] = s
			} else {
				reports[i] = h.vm.ToValue(r).String()
			}
		}
		return h.vm.ToValue(tallyEntities(reports, mentions, names, call.Argument(1).ToFloat()))
	})
}

// tallyEntities counts how many of reports name each entity (mentions) and keeps those
// at least min name and that have a name, most reports first, then by name (byte
// order: what Gizmo's < gives), else in the order the reports first name them.
func tallyEntities(reports []string, mentions map[string][]string, names map[string]string, min float64) entityCounts {
	counts := map[string]int{}
	last := map[string]int{} // the last report (its index + 1) counted for each entity
	var order []string
	for i, r := range reports {
		for _, e := range mentions[r] {
			if last[e] == i+1 {
				continue // named twice in one report
			}
			last[e] = i + 1
			if counts[e] == 0 {
				order = append(order, e)
			}
			counts[e]++
		}
	}
	out := make(entityCounts, 0, len(order))
	for _, e := range order {
		n, name := counts[e], names[e]
		if float64(n) >= min && name != "" {
			out = append(out, entityCount{Entity: e, Name: name, Reports: n, Type: entityType(e)})
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Reports != out[j].Reports {
			return out[i].Reports > out[j].Reports
		}
		if out[i].Name != out[j].Name {
			return out[i].Name < out[j].Name
		}
		return out[i].Entity < out[j].Entity
	})
	return out
}

// entityType is the first step of an entity's IRI (kg:entity/person/… is a person), or
// nil when it has none.
func entityType(id string) any {
	p := strings.Split(id, "/")
	if len(p) > 2 {
		return p[1]
	}
	return nil
}

// stringLists reads an object of arrays of strings, as goja exports it.
func stringLists(x any) (map[string][]string, bool) {
	if m, ok := x.(map[string][]string); ok { // made by canonicalOutFunc
		return m, true
	}
	m, ok := x.(map[string]any)
	if !ok {
		return nil, false
	}
	out := make(map[string][]string, len(m))
	for k, v := range m {
		list, ok := v.([]any)
		if !ok {
			return nil, false
		}
		ss := make([]string, len(list))
		for i, e := range list {
			if ss[i], ok = e.(string); !ok {
				return nil, false
			}
		}
		out[k] = ss
	}
	return out, true
}

// stringMap reads an object of strings, as goja exports it.
func stringMap(x any) (map[string]string, bool) {
	if m, ok := x.(map[string]string); ok { // made by longestFunc
		return m, true
	}
	m, ok := x.(map[string]any)
	if !ok {
		return nil, false
	}
	out := make(map[string]string, len(m))
	for k, v := range m {
		s, ok := v.(string)
		if !ok {
			return nil, false
		}
		out[k] = s
	}
	return out, true
}
