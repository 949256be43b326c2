package queries

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/cayley/query/path"
	"github.com/cayleygraph/cayley/query/shape"
	"github.com/cayleygraph/quad"
	"github.com/dop251/goja"

	"github.com/factgraph/kg/graph"
	"github.com/factgraph/kg/schema"
)

// Go helpers for the hot paths of the saved queries, which the prelude uses when they
// are there (and does the same in JavaScript when they are not):
//
//   - rowsFunc: the rows of one kind, of every anchor or of one, split into keys and
//     record as the prelude's splitRow does, read by the same Gizmo path the prelude
//     walks (so in the same order) with the literals read in one batch. Rows are long
//     (their records are JSON): splitting tens of thousands of them in JavaScript cost
//     more than reading them.
//   - outFunc: for each of many nodes, what g.V(node).out(predicate).toArray() gives,
//     in one call. A Gizmo path a node costs a path, a shape, an iterator and one store
//     read a value (NameOf); this walks the same paths and reads their values in one
//     batch, each value once (event-entities reads the entities of three thousand
//     reports and the names of thirty thousand entities).
//   - recordFunc: a row's record, parsed from the row's text as Go holds it (a row of
//     rowsFunc), not from a copy in the script's strings.
//   - articleFunc: an article's record, from its own row, and once many have been
//     asked for, from every article's row read in one batch: the queries look up the
//     article of every row they print, and the prelude parsed every article's record
//     in JavaScript once it had looked up 64.
//   - incidentsFunc: the events of the incident rows, parsed in Go, with the map of
//     each mention to its event kept in Go: the incident records hold every mention of
//     every event, 2.7 MB of JSON on the 2016 corpus, which JavaScript parsed into
//     objects in about a second for a lookup.
//   - sortRowsFunc and sortByFunc (sortrows.go): rows sorted as byRaw sorts them, and
//     objects by fields, in Go: Gizmo's sort calls a JavaScript comparison for every
//     two elements it compares.
//   - longestFunc (longest.go): each of many nodes' longest value of a predicate (an
//     entity's name), read as outFunc reads them and compared in Go; canonicalOutFunc
//     (the same file): the entities many reports name, each taken for the entity
//     canonical() gives.
//   - entityTallyFunc (tally.go): the entities a list of reports name, counted, named,
//     sorted and handed back as Go values that emit takes whole.
//   - sourceRowsFunc (sourcerows.go): the rows `sources` prints of claim rows, made in
//     Go, which emit hands to Gizmo as they are (resultRowFunc tells them apart).
//
// On a kg store over a key-value store (pebble, bolt, leveldb), outFunc, rowsFunc and
// articleFunc read their quads with graph.OutBatch: the index entries of all the nodes
// in one sorted batch, then their quads in another, where Cayley's path costs an
// iterator, a transaction and a read a node.
const (
	rowsFunc      = "__kgRows"
	outFunc       = "__kgOut"
	incidentsFunc = "__kgIncidents"
	recordFunc    = "__kgRecord"
	articleFunc   = "__kgArticle"
)

// goHelpers turns the helpers on (tests turn them off to compare).
var goHelpers = true

// installHelpers defines the helpers in vm for a session over qs. A session that records
// the paths of a query (its shape) gets none: the prelude then walks its paths in
// Gizmo, where they are recorded.
func installHelpers(ctx context.Context, vm *goja.Runtime, qs cgraph.QuadStore, record bool) error {
	if record || qs == nil || !goHelpers {
		return nil
	}
	jsonParse, ok := goja.AssertFunction(vm.Get("JSON").ToObject(vm).Get("parse"))
	if !ok {
		return nil
	}
	h := &helpers{ctx: ctx, vm: vm, qs: qs, ids: map[quad.Value]cgraph.Ref{}, jsonParse: jsonParse}
	global := vm.GlobalObject()
	for name, fn := range map[string]func(goja.FunctionCall) goja.Value{rowsFunc: h.rows, outFunc: h.out, incidentsFunc: h.incidents,
		recordFunc: h.record, articleFunc: h.article, sortRowsFunc: h.sortRows, sortByFunc: h.sortBy,
		entityTallyFunc: h.entityTally, longestFunc: h.longest, canonicalOutFunc: h.canonicalOut,
		sourceRowsFunc: h.sourceRows, resultRowFunc: h.resultRowOf} {
		if err := global.DefineDataProperty(name, vm.ToValue(fn), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE); err != nil {
			return err
		}
	}
	return nil
}

// helpers reads the store of one session for its script.
type helpers struct {
	ctx context.Context
	vm  *goja.Runtime
	qs  cgraph.QuadStore
	ids map[quad.Value]cgraph.Ref // the nodes (IRIs) read so far, and the values looked up

	jsonParse goja.Callable     // JSON.parse
	articles  map[string]string // each article's row's record, by the article's short IRI
	// articleReads counts the articles read one by one.
	articleReads int
	articlePaths map[string]*string // each article's path, once read (sourceRowsFunc)
}

// record is recordFunc(row): the row's record parsed.
func (h *helpers) record(call goja.FunctionCall) goja.Value {
	arg := call.Argument(0)
	if o, ok := arg.(*goja.Object); ok {
		if r, ok := o.Export().(*rowObject); ok {
			if text, ok := r.record(); ok {
				return parseJSON(h.vm, h.jsonParse, text, nil)
			}
		}
		arg = o.Get("json")
	}
	if arg == nil {
		arg = goja.Undefined()
	}
	return parseJSON(h.vm, h.jsonParse, arg.String(), arg)
}

// articleReads is how many articles articleFunc reads one by one before it reads
// them all: a path an article costs about a tenth of a millisecond, all 4,248 of the
// 2016 corpus a third of a second (their rows lie far apart in the store). At 64, as
// the prelude's JavaScript does, timeline's first hundred rows read every article
// (user+sys 1.95 s against 1.63 s at 256, three runs each, load average 10).
const articleReads = 256

// article is articleFunc(id): the record of the article whose short IRI is id, parsed
// (a new object each call), or null. It reads the article's own row for the first
// articleReads articles, then every article's row at once.
func (h *helpers) article(call goja.FunctionCall) goja.Value {
	text, ok := h.articleRecord(call.Argument(0).String())
	if !ok {
		return goja.Null()
	}
	return parseJSON(h.vm, h.jsonParse, text, nil)
}

// articleRecord is the text of the record of the article whose short IRI is id, and
// false when the store has no such article: from the article's own row for the first
// articleReads articles asked for, then from every article's row, read at once.
func (h *helpers) articleRecord(id string) (string, bool) {
	if h.articles == nil && h.articleReads >= articleReads {
		h.articles = map[string]string{}
		for _, line := range h.rowLiterals("article", nil) {
			key, _, _ := strings.Cut(line, "\t")
			h.articles[key] = line[strings.LastIndexByte(line, '\t')+1:]
		}
	}
	if h.articles != nil {
		t, ok := h.articles[id]
		return t, ok
	}
	h.articleReads++
	lines := h.articleRow(quad.IRI(schema.Full(id)))
	if len(lines) == 0 {
		return "", false
	}
	return lines[0][strings.LastIndexByte(lines[0], '\t')+1:], true
}

// refsOf returns the ref of each value, nil for a value the store has not got: the
// ones known, and the others looked up as Cayley's lookups do (ValueOf).
func (h *helpers) refsOf(vals []quad.Value) ([]cgraph.Ref, error) {
	out := make([]cgraph.Ref, len(vals))
	for i, v := range vals {
		id, ok := h.ids[v]
		if !ok {
			var err error
			if id, err = h.qs.ValueOf(v); err != nil {
				return nil, err
			}
			h.ids[v] = id
		}
		out[i] = id
	}
	return out, nil
}

// fail throws err in the script.
func (h *helpers) fail(err error) {
	panic(h.vm.NewGoError(err))
}

// out is outFunc(nodes, predicate).
func (h *helpers) out(call goja.FunctionCall) goja.Value {
	_, vals := h.outArgs(call, outFunc)
	rows := make([]any, len(vals))
	for i, vs := range vals {
		row := make([]any, len(vs))
		for j, v := range vs {
			row[j] = h.vm.ToValue(nativeOf(v))
		}
		rows[i] = h.vm.NewArray(row...)
	}
	return h.vm.NewArray(rows...)
}

// outValues is what g.V(node).out(pred).toArray() gives for each node of nodes (refs;
// nil for a node or predicate the store has not got): read in two batches on a kg store
// over a key-value store (graph.OutBatch), by Cayley's paths on others.
func (h *helpers) outValues(nodes []cgraph.Ref, pred cgraph.Ref) ([][]quad.Value, error) {
	if pred == nil {
		return make([][]quad.Value, len(nodes)), nil
	}
	if objs, ok, err := graph.OutBatch(h.ctx, h.qs, nodes, pred); ok || err != nil {
		if err != nil {
			return nil, err
		}
		return h.valuesOf(objs)
	}
	shapes := make([]shape.Shape, len(nodes))
	for i, id := range nodes {
		if id != nil {
			shapes[i] = shape.Out(shape.Fixed{id}, shape.Fixed{pred}, nil)
		}
	}
	return h.values(shapes)
}

// rowPath is the path to the row literals of kind: those of anchor, or of every anchor
// of the kind (the prelude's rowLiterals).
func rowPath(qs cgraph.QuadStore, kind string, anchor quad.Value) *path.Path {
	pred := quad.IRI(schema.NS + kind + "Row")
	if anchor != nil {
		return path.StartPath(qs, anchor).Out(pred)
	}
	return path.StartPath(qs).Has(schema.HasRowKind, quad.String(kind)).Unique().Out(pred)
}

// rowLiterals reads the row literals of kind (of anchor, or of every anchor) and
// splits them into rows, a row a line.
// The literals are read by graph.OutBatch where it can: those of every anchor in
// the order of the anchors' refs, each anchor's in the order of its index entry, as
// Cayley's path gives them.
func (h *helpers) rowLiterals(kind string, anchor quad.Value) []string {
	vals, err := h.rowValues(kind, anchor)
	if err != nil {
		h.fail(err)
	}
	return rowLines(vals)
}

// rowValues reads the row literals of kind, of anchor or of every anchor.
func (h *helpers) rowValues(kind string, anchor quad.Value) ([]quad.Value, error) {
	pred := quad.IRI(schema.NS + kind + "Row")
	var anchors []cgraph.Ref
	if anchor != nil {
		ids, err := h.refsOf([]quad.Value{anchor})
		if err != nil {
			return nil, err
		}
		anchors = ids
	} else {
		it := shape.BuildIterator(h.ctx, h.qs, path.StartPath(h.qs).Has(schema.HasRowKind, quad.String(kind)).Unique().Shape())
		err := iterator.Iterate(h.ctx, it).Paths(false).Each(func(r cgraph.Ref) error {
			anchors = append(anchors, r)
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	ids, err := h.refsOf([]quad.Value{pred})
	if err != nil {
		return nil, err
	}
	if ids[0] != nil {
		objs, ok, err := graph.OutBatch(h.ctx, h.qs, anchors, ids[0])
		if err != nil {
			return nil, err
		}
		if ok {
			var all []cgraph.Ref
			for _, o := range objs {
				all = append(all, o...)
			}
			vals, err := h.valuesOf([][]cgraph.Ref{all})
			if err != nil {
				return nil, err
			}
			return vals[0], nil
		}
	}
	vals, err := h.values([]shape.Shape{rowPath(h.qs, kind, anchor).Shape()})
	if err != nil {
		return nil, err
	}
	return vals[0], nil
}

// rows is rowsFunc(kind, anchor): the rows as the prelude's splitRow makes them,
// {k: the keys, raw: the row, json: the record, kind}.
func (h *helpers) rows(call goja.FunctionCall) goja.Value {
	kind := call.Argument(0).String()
	var anchor quad.Value
	if a := call.Argument(1); !goja.IsUndefined(a) && !goja.IsNull(a) {
		var err error
		if anchor, err = toIRI(a.Export()); err != nil {
			panic(h.vm.NewTypeError("%s: %v", rowsFunc, err))
		}
	}
	lines := h.rowLiterals(kind, anchor)
	kindValue := h.vm.ToValue(kind)
	out := make([]any, len(lines))
	for i, line := range lines {
		out[i] = h.vm.NewDynamicObject(&rowObject{vm: h.vm, line: line, kind: kindValue})
	}
	return h.vm.NewArray(out...)
}

// incidents is incidentsFunc(): the incident rows' events (see parseIncidents).
func (h *helpers) incidents(goja.FunctionCall) goja.Value {
	return parseIncidents(h.vm, h.jsonParse, h.rowLiterals("incident", nil), h.clusterRows)
}

// clusterRows reads the cluster rows of buckets (short IRIs): which incident of each
// bucket holds each report's mentions.
func (h *helpers) clusterRows(buckets []string) []string {
	nodes := make([]quad.Value, len(buckets))
	for i, b := range buckets {
		nodes[i] = quad.IRI(schema.Full(b))
	}
	var lines []string
	for _, vs := range h.objectsOf(nodes, schema.ClusterRows.Predicate) {
		lines = append(lines, rowLines(vs)...)
	}
	return lines
}

// articleRow reads the rows of one article, as rowLiterals("article", node) does, with
// the node and the predicate looked up as out does (once, or known already).
func (h *helpers) articleRow(node quad.Value) []string {
	ids, err := h.refsOf([]quad.Value{schema.ArticleRow, node})
	if err != nil {
		h.fail(err)
	}
	if ids[0] == nil || ids[1] == nil {
		return nil
	}
	vals, err := h.outValues(ids[1:], ids[0])
	if err != nil {
		h.fail(err)
	}
	return rowLines(vals[0])
}

// rowLines splits row literals into their rows, a row a line.
func rowLines(vals []quad.Value) []string {
	var rows []string
	for _, v := range vals {
		rows = append(rows, strings.Split(stringOf(v), "\n")...)
	}
	return rows
}

// stringOf is a literal as a script sees it in a string context.
func stringOf(v quad.Value) string {
	if s, ok := v.(quad.String); ok {
		return string(s)
	}
	return fmt.Sprint(nativeOf(v))
}

// toIRI reads a node as a script names it: an IRI Gizmo made (g.IRI), or a string, short
// ("kg:article/…") or bracketed ("<https://…>").
func toIRI(x any) (quad.Value, error) {
	switch v := x.(type) {
	case quad.Value:
		return v, nil
	case string:
		s := strings.TrimSuffix(strings.TrimPrefix(v, "<"), ">")
		return quad.IRI(schema.Full(s)), nil
	}
	return nil, errNotNode{x}
}

type errNotNode struct{ v any }

func (e errNotNode) Error() string { return "not a node: " + strings.TrimSpace(jsonOf(e.v)) }

func jsonOf(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return "?"
	}
	return string(b)
}

// values iterates each shape as Gizmo's toArray does (shape.BuildIterator: the same
// optimizations, so the same order), gathering the refs first and reading each value
// they name once, in one batch. A nil shape gives nothing.
func (h *helpers) values(shapes []shape.Shape) ([][]quad.Value, error) {
	perShape := make([][]cgraph.Ref, len(shapes))
	for i, sh := range shapes {
		if sh == nil {
			continue
		}
		err := iterator.Iterate(h.ctx, shape.BuildIterator(h.ctx, h.qs, sh)).Paths(false).Each(func(r cgraph.Ref) error {
			perShape[i] = append(perShape[i], r)
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return h.valuesOf(perShape)
}

// valuesOf reads the values of lists of refs, each value once, in one batch (on a kg
// store over a key-value store by graph.ValuesBatch, which decodes them in place).
func (h *helpers) valuesOf(perShape [][]cgraph.Ref) ([][]quad.Value, error) {
	index := map[any]int{}
	var uniq []cgraph.Ref
	for _, rs := range perShape {
		for _, r := range rs {
			k := refs.ToKey(r)
			if _, ok := index[k]; !ok {
				index[k] = len(uniq)
				uniq = append(uniq, r)
			}
		}
	}
	vals, ok, err := graph.ValuesBatch(h.ctx, h.qs, uniq)
	if !ok && err == nil {
		vals, err = cgraph.ValuesOf(h.ctx, h.qs, uniq)
	}
	if err != nil {
		return nil, err
	}
	for i, v := range vals {
		if _, ok := v.(quad.IRI); ok { // the nodes a later path may start from; not the row literals
			h.ids[v] = uniq[i]
		}
	}
	out := make([][]quad.Value, len(perShape))
	for i, rs := range perShape {
		out[i] = make([]quad.Value, 0, len(rs))
		for _, r := range rs {
			if v := vals[index[refs.ToKey(r)]]; v != nil {
				out[i] = append(out[i], v)
			}
		}
	}
	return out, nil
}

// nativeOf is the value Gizmo's toArray gives a script for v (with raw collation).
func nativeOf(v quad.Value) any {
	n := v.Native()
	if nv, ok := n.(quad.Value); ok && nv == v {
		return quad.StringOf(v)
	}
	return n
}

// incident is what events() keeps of an incident record.
type incident struct {
	Event    string   `json:"event"`
	Bucket   string   `json:"bucket"`
	Label    string   `json:"label"`
	Type     string   `json:"type"`
	Place    string   `json:"place"`
	Country  string   `json:"country"`
	Date     string   `json:"date"`
	Mentions []string `json:"mentions"`
}

// parseIncidents reads incident rows (keys, then the record in JSON after the last
// tab) into {list: the events, in the order of the rows, of: a function from a
// mention's short IRI, and the short IRI of the article that makes it, to its event's,
// or null}. An event is what events() makes of a row, with the record parsed when the
// script first reads rec.
//
// Reports that give an event the same type, place and date share a mention node (an
// undated bombing in Baghdad), and the ledger may file two reports' mentions of one
// node under two incidents. For such a shared mention, of asks the cluster rows of its
// buckets (read with clusters) which incident holds the article's mention; without an
// article it gives the incident whose IRI sorts first, the same whatever the store's
// order.
func parseIncidents(vm *goja.Runtime, jsonParse goja.Callable, rows []string, clusters func(buckets []string) []string) goja.Value {
	mentionOf := map[string]string{}
	shared := map[string]bool{}
	var read []incident // the incidents, for the buckets of shared mentions
	list := make([]any, 0, len(rows))
	for _, s := range rows {
		raw := s[strings.LastIndexByte(s, '\t')+1:]
		var rec incident
		if json.Unmarshal([]byte(raw), &rec) != nil {
			continue
		}
		o := vm.NewObject()
		o.Set("event", rec.Label)
		o.Set("date", orNull(rec.Date))
		o.Set("type", rec.Type)
		o.Set("country", orNull(rec.Country))
		o.Set("place", orNull(rec.Place))
		o.Set("id", rec.Event)
		var parsed goja.Value
		get := vm.ToValue(func(goja.FunctionCall) goja.Value {
			if parsed == nil {
				parsed = parseJSON(vm, jsonParse, raw, nil)
			}
			return parsed
		})
		o.DefineAccessorProperty("rec", get, nil, goja.FLAG_TRUE, goja.FLAG_TRUE)
		list = append(list, o)
		read = append(read, incident{Bucket: rec.Bucket, Mentions: rec.Mentions})
		for _, m := range rec.Mentions {
			e, ok := mentionOf[m]
			switch {
			case !ok:
				mentionOf[m] = rec.Event
			case e != rec.Event:
				shared[m] = true
				mentionOf[m] = min(e, rec.Event)
			}
		}
	}
	var byReport map[[2]string]string // (article, shared mention) → event
	if len(shared) > 0 && clusters != nil {
		byReport = map[[2]string]string{}
		buckets := map[string]bool{}
		for _, rec := range read {
			for _, m := range rec.Mentions {
				if shared[m] {
					buckets[rec.Bucket] = true
				}
			}
		}
		for _, line := range clusters(schema.SortedKeys(buckets)) {
			_, cr, err := schema.ClusterRows.Decode(line)
			if err != nil {
				continue
			}
			for _, inc := range cr.Incidents {
				for _, am := range inc.Members {
					if shared[am[1]] {
						byReport[am] = inc.Event
					}
				}
			}
		}
	}
	res := vm.NewObject()
	res.Set("list", vm.NewArray(list...))
	res.Set("of", func(call goja.FunctionCall) goja.Value {
		m := call.Argument(0).String()
		if a := call.Argument(1); shared[m] && !goja.IsUndefined(a) && !goja.IsNull(a) {
			if e, ok := byReport[[2]string{a.String(), m}]; ok {
				return vm.ToValue(e)
			}
		}
		if e, ok := mentionOf[m]; ok {
			return vm.ToValue(e)
		}
		return goja.Null()
	})
	return res
}

func orNull(s string) any {
	if s == "" {
		return nil
	}
	return s
}
