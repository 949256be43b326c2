package graph

import (
	"sort"

	cschema "github.com/cayleygraph/cayley/schema"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/voc"

	"github.com/factgraph/kg/schema"
)

// namespaceQuads are kg's prefixes as Cayley's schema package writes them, so that
// g.loadNamespaces() in Gizmo (and the web UI) learns "kg:", "schema:" and "prov:".
func namespaceQuads() []quad.Quad {
	var ns voc.Namespaces
	prefixes := make([]string, 0, len(schema.Prefixes))
	for p := range schema.Prefixes {
		prefixes = append(prefixes, p)
	}
	sort.Strings(prefixes)
	for _, p := range prefixes {
		ns.Register(voc.Namespace{Prefix: p, Full: schema.Prefixes[p]})
	}
	var w collector
	if err := cschema.NewConfig().WriteNamespaces(&w, &ns); err != nil {
		panic("kg namespaces: " + err.Error()) // a static table: cannot fail at run time
	}
	return w.quads
}

type collector struct{ quads []quad.Quad }

func (c *collector) WriteQuad(q quad.Quad) error { c.quads = append(c.quads, q); return nil }

func (c *collector) WriteQuads(qs []quad.Quad) (int, error) {
	c.quads = append(c.quads, qs...)
	return len(qs), nil
}

func (c *collector) Close() error { return nil }
