package web

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/cayley/query/gizmo"
	"github.com/cayleygraph/cayley/query/path"
	"github.com/cayleygraph/cayley/query/shape"
	"github.com/cayleygraph/quad"

	"github.com/factgraph/kg/queries"
)

// ErrNoPath means a script given to the shape endpoint builds no query path.
var ErrNoPath = errors.New("the script builds no query: end a path with .all(), .toArray() or another final")

// QueryShape is the answer of /api/v1/shape/gizmo: the queries a script runs, drawn as
// one graph in the form of Cayley 0.7's shape output. A node is a set of graph nodes the
// query walks through; a link is one quad pattern, from its subject node (source) to its
// object node (target) through its predicate node (link_node).
type QueryShape struct {
	Nodes []ShapeNode `json:"nodes"`
	Links []ShapeLink `json:"links"`
}

// ShapeNode is a set of nodes in a query: a fixed one (the values it starts from or
// must be), a tagged one (what .tag() or .save() reports), or the nodes a quad pattern
// reaches. A link node stands for the predicate of a quad pattern.
type ShapeNode struct {
	ID         int      `json:"id"`
	Tags       []string `json:"tags,omitempty"`
	Values     []string `json:"values,omitempty"`
	IsLinkNode bool     `json:"is_link_node"`
	IsFixed    bool     `json:"is_fixed"`
	// Ops are what the query does to this set besides walking to it: "unique",
	// "limit 5", "skip 2", "count", "order", "filter > 3", "regex ^A", "like A%",
	// "except 7" (minus the set of node 7), "union of 3, 5", "recursive".
	Ops []string `json:"ops,omitempty"`
}

// ShapeLink is one quad pattern of a query.
type ShapeLink struct {
	Source   int `json:"source"`
	Target   int `json:"target"`
	LinkNode int `json:"link_node"`
	// LabelNode, when set, is the node for the quad's label (the article, in kg).
	LabelNode *int `json:"label_node,omitempty"`
	// Optional is set for a pattern that need not match (.saveOpt()).
	Optional bool `json:"optional,omitempty"`
}

// serveShape answers /api/v1/shape/{lang}: the shape of the queries a Gizmo script runs,
// worked out without running them.
func (s *handler) serveShape(w http.ResponseWriter, r *http.Request) {
	if lang := r.PathValue("lang"); lang != gizmo.Name {
		writeError(w, http.StatusBadRequest, fmt.Errorf("%w: query shapes are drawn for gizmo only, not %q", ErrBadQuery, lang))
		return
	}
	text, ctx, cancel, ok := s.queryRequest(w, r)
	if !ok {
		return
	}
	defer cancel(nil)
	paths, err := s.recordPaths(ctx, text)
	if err != nil {
		s.writeQueryError(w, err)
		return
	}
	qs, err := describePaths(ctx, paths)
	if err != nil {
		writeError(w, http.StatusBadRequest, err)
		return
	}
	writeJSON(w, http.StatusOK, qs)
}

// maxShapePaths bounds the queries one shape draws.
const maxShapePaths = 100

// recordedPath is a query path a script built, and whether a final ran it.
type recordedPath struct {
	path  *path.Path
	final bool
}

// recordPaths runs a Gizmo script with finals that record their path instead of
// running it. A script that calls no final but ends with a path gives that path.
func (s *handler) recordPaths(ctx context.Context, text string) ([]recordedPath, error) {
	var paths []recordedPath
	record := func(p *path.Path) error {
		if len(paths) >= maxShapePaths {
			return fmt.Errorf("%w: the script runs more than %d queries", ErrBadQuery, maxShapePaths)
		}
		paths = append(paths, recordedPath{path: p, final: true})
		return nil
	}
	it, err := queries.Start(ctx, s.h.QuadStore, text, queries.StartOptions{Limit: s.cfg.ResultLimit, Collation: query.Raw,
		MaxResultBytes: s.maxResultBytes(), Record: record})
	if err != nil {
		return nil, queryError(ctx, err)
	}
	defer it.Close()
	var last any
	for it.Next(ctx) {
		if res, ok := it.Result().(*gizmo.Result); ok && res.Meta {
			last = res.Val
		}
	}
	if err := it.Err(); err != nil {
		return nil, queryError(ctx, err)
	}
	// The script has ended: paths is no longer written to.
	if len(paths) == 0 && last != nil {
		p, err := queries.RecordedPath(last)
		if err != nil {
			return nil, err
		}
		if p != nil {
			paths = append(paths, recordedPath{path: p})
		}
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("%w", ErrNoPath)
	}
	return paths, nil
}

// describePaths draws the paths as one graph. A final's path ends in the node tagged
// "id", the tag Gizmo gives its results.
func describePaths(ctx context.Context, paths []recordedPath) (qs *QueryShape, err error) {
	defer func() {
		// Cayley's path package panics on some compositions it cannot build
		// (a reversed .labels(), for one).
		if p := recover(); p != nil {
			qs, err = nil, fmt.Errorf("%w: cayley cannot build this query: %v", ErrBadQuery, p)
		}
	}()
	d := &describer{}
	for _, p := range paths {
		sh := p.path.Shape()
		if p.final {
			sh = shape.Save{From: sh, Tags: []string{gizmo.TopResultTag}}
		}
		// The optimisations that need no store: the shape of the query, not of the data.
		if opt, _ := shape.Optimize(ctx, sh, nil); opt != nil {
			sh = opt
		}
		d.describe(sh)
	}
	return d.result(), nil
}

// describer builds a QueryShape from shape trees. Nodes merge when a shape intersects
// them (two constraints on one set); a merged node lives on in the node it merged into.
type describer struct {
	nodes  []*ShapeNode
	links  []*ShapeLink
	merged map[int]int
}

func (d *describer) newNode() int {
	id := len(d.nodes)
	d.nodes = append(d.nodes, &ShapeNode{ID: id})
	return id
}

// find follows merges to the node that id lives on in.
func (d *describer) find(id int) int {
	for {
		to, ok := d.merged[id]
		if !ok {
			return id
		}
		id = to
	}
}

// merge makes src part of dst and returns dst.
func (d *describer) merge(dst, src int) int {
	dst, src = d.find(dst), d.find(src)
	if dst == src {
		return dst
	}
	a, b := d.nodes[dst], d.nodes[src]
	a.Tags = append(a.Tags, b.Tags...)
	a.Values = append(a.Values, b.Values...)
	a.Ops = append(a.Ops, b.Ops...)
	a.IsLinkNode = a.IsLinkNode || b.IsLinkNode
	a.IsFixed = a.IsFixed || b.IsFixed
	if d.merged == nil {
		d.merged = make(map[int]int)
	}
	d.merged[src] = dst
	return dst
}

func (d *describer) op(id int, format string, args ...any) int {
	id = d.find(id)
	d.nodes[id].Ops = append(d.nodes[id].Ops, fmt.Sprintf(format, args...))
	return id
}

// describe adds the shape to the graph and returns the node of the set it yields.
func (d *describer) describe(s shape.Shape) int {
	switch s := s.(type) {
	case nil, shape.Null:
		return d.op(d.newNode(), "empty")
	case shape.AllNodes:
		return d.newNode()
	case shape.Lookup:
		id := d.newNode()
		n := d.nodes[id]
		n.IsFixed = true
		for _, v := range s {
			n.Values = append(n.Values, valueText(v))
		}
		return id
	case shape.Fixed:
		id := d.newNode()
		n := d.nodes[id]
		n.IsFixed = true
		for _, r := range s {
			n.Values = append(n.Values, fmt.Sprint(r.Key()))
		}
		return id
	case shape.Save:
		id := d.find(d.describe(s.From))
		d.nodes[id].Tags = append(d.nodes[id].Tags, s.Tags...)
		return id
	case shape.FixedTags:
		id := d.find(d.describe(s.On))
		for tag := range s.Tags {
			d.nodes[id].Tags = append(d.nodes[id].Tags, tag)
		}
		return id
	case shape.Intersect:
		return d.intersect(s)
	case shape.IntersectOpt:
		id := d.intersect(s.Sub)
		for _, opt := range s.Opt {
			from := len(d.links)
			id = d.merge(id, d.describe(opt))
			for _, l := range d.links[from:] {
				l.Optional = true
			}
		}
		return id
	case shape.Union:
		id := d.newNode()
		members := make([]string, 0, len(s))
		for _, sub := range s {
			members = append(members, strconv.Itoa(d.find(d.describe(sub))))
		}
		return d.op(id, "union of %s", strings.Join(members, ", "))
	case shape.Except:
		id := d.describe(s.From)
		x := d.find(d.describe(s.Exclude))
		return d.op(id, "except %d", x)
	case shape.Unique:
		return d.op(d.describe(s.From), "unique")
	case shape.Page:
		id := d.describe(s.From)
		if s.Skip > 0 {
			id = d.op(id, "skip %d", s.Skip)
		}
		if s.Limit > 0 {
			id = d.op(id, "limit %d", s.Limit)
		}
		return id
	case shape.Sort:
		return d.op(d.describe(s.From), "order")
	case shape.Count:
		return d.op(d.describe(s.Values), "count")
	case shape.Filter:
		id := d.describe(s.From)
		for _, f := range s.Filters {
			id = d.op(id, "%s", filterText(f))
		}
		return id
	case shape.Materialize:
		return d.describe(s.Values)
	case shape.NodesFrom:
		return d.nodesFrom(s.Dir, s.Quads)
	case shape.QuadsAction:
		return d.describe(s.Simplify())
	}
	if strings.HasSuffix(reflect.TypeOf(s).String(), "iteratorBuilder") {
		// .followRecursive(): Cayley builds it as a closure that cannot be looked into.
		return d.op(d.newNode(), "recursive")
	}
	return d.op(d.newNode(), "%T", s)
}

func (d *describer) intersect(s shape.Intersect) int {
	if len(s) == 0 {
		return d.newNode()
	}
	id := d.describe(s[0])
	for _, sub := range s[1:] {
		id = d.merge(id, d.describe(sub))
	}
	return id
}

// nodesFrom draws the quads a NodesFrom walks and returns the node at dir.
func (d *describer) nodesFrom(dir quad.Direction, quads shape.Shape) int {
	alternatives := []shape.Shape{quads}
	if u, ok := quads.(shape.Union); ok {
		alternatives = u
	}
	result := -1
	for _, alt := range alternatives {
		roles := make(map[quad.Direction]int)
		d.quadRoles(alt, roles)
		if _, ok := roles[quad.Predicate]; !ok {
			roles[quad.Predicate] = d.newNode()
		}
		link := d.find(roles[quad.Predicate])
		d.nodes[link].IsLinkNode = true
		for _, end := range []quad.Direction{quad.Subject, quad.Object} {
			if _, ok := roles[end]; !ok {
				roles[end] = d.newNode()
			}
		}
		if dir == quad.Label {
			if _, ok := roles[quad.Label]; !ok {
				roles[quad.Label] = d.newNode()
			}
		}
		l := &ShapeLink{Source: roles[quad.Subject], Target: roles[quad.Object], LinkNode: roles[quad.Predicate]}
		if label, ok := roles[quad.Label]; ok {
			l.LabelNode = &label
		}
		d.links = append(d.links, l)
		if result < 0 {
			result = roles[dir]
		} else {
			result = d.merge(result, roles[dir])
		}
	}
	return result
}

// quadRoles describes the constraints of a set of quads on each of their directions.
func (d *describer) quadRoles(s shape.Shape, roles map[quad.Direction]int) {
	add := func(dir quad.Direction, id int) {
		if prev, ok := roles[dir]; ok {
			id = d.merge(prev, id)
		}
		roles[dir] = id
	}
	switch s := s.(type) {
	case shape.Quads:
		for _, f := range s {
			if f.Dir == quad.Predicate {
				if _, ok := roles[quad.Predicate]; !ok {
					roles[quad.Predicate] = d.newNode()
				}
			}
			add(f.Dir, d.describe(f.Values))
		}
	case shape.Intersect:
		for _, sub := range s {
			d.quadRoles(sub, roles)
		}
	default:
		// A set of quads of a kind not drawn here: keep it visible on the predicate.
		id := d.newNode()
		d.op(id, "quads %T", s)
		add(quad.Predicate, id)
	}
}

func filterText(f shape.ValueFilter) string {
	switch f := f.(type) {
	case shape.Comparison:
		return fmt.Sprintf("filter %s %s", operatorText(f.Op), valueText(f.Val))
	case shape.Regexp:
		return "regex " + f.Re.String()
	case shape.Wildcard:
		return "like " + f.Pattern
	}
	return fmt.Sprintf("filter %T", f)
}

// valueText writes a value as Gizmo's JSON results do: an IRI in angle brackets, a
// string bare, a number or a date as itself.
func valueText(v quad.Value) string {
	switch v := v.(type) {
	case quad.Int, quad.Float, quad.Bool:
		return fmt.Sprint(v.Native())
	case quad.Time:
		return time.Time(v).UTC().Format(time.RFC3339)
	}
	return quad.ToString(v)
}

func operatorText(op iterator.Operator) string {
	switch op {
	case iterator.CompareLT:
		return "<"
	case iterator.CompareLTE:
		return "<="
	case iterator.CompareGT:
		return ">"
	case iterator.CompareGTE:
		return ">="
	}
	return fmt.Sprint(op)
}

// result numbers the nodes that were not merged away from 0, in the order they were
// made, and rewrites the links to match.
func (d *describer) result() *QueryShape {
	renumber := make(map[int]int)
	qs := &QueryShape{Nodes: []ShapeNode{}, Links: []ShapeLink{}}
	for id, n := range d.nodes {
		if d.find(id) != id {
			continue
		}
		renumber[id] = len(qs.Nodes)
		c := *n
		c.ID = len(qs.Nodes)
		c.Tags = compact(c.Tags)
		c.Values = compact(c.Values)
		qs.Nodes = append(qs.Nodes, c)
	}
	at := func(id int) int { return renumber[d.find(id)] }
	for _, l := range d.links {
		c := ShapeLink{Source: at(l.Source), Target: at(l.Target), LinkNode: at(l.LinkNode), Optional: l.Optional}
		if l.LabelNode != nil {
			label := at(*l.LabelNode)
			c.LabelNode = &label
		}
		qs.Links = append(qs.Links, c)
	}
	// Ops name nodes by their number before renumbering.
	for i := range qs.Nodes {
		for j, op := range qs.Nodes[i].Ops {
			qs.Nodes[i].Ops[j] = renumberOp(op, at)
		}
	}
	return qs
}

// renumberOp rewrites the node numbers in "except N" and "union of N, M".
func renumberOp(op string, at func(int) int) string {
	for _, prefix := range []string{"except ", "union of "} {
		rest, ok := strings.CutPrefix(op, prefix)
		if !ok {
			continue
		}
		ids := strings.Split(rest, ", ")
		for i, s := range ids {
			if n, err := strconv.Atoi(s); err == nil {
				ids[i] = strconv.Itoa(at(n))
			}
		}
		return prefix + strings.Join(ids, ", ")
	}
	return op
}

// compact sorts and removes duplicates, so that the same query always draws the same.
func compact(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	s = slices.Clone(s)
	slices.Sort(s)
	return slices.Compact(s)
}
