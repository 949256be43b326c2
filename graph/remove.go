package graph

import (
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/factgraph/kg/schema"
)

// Removal: what a stored article wrote, found by walking from it, staged for deletion
// when a new version replaces it.

// stageRemoval stages the deletion of every quad of a stored article, of the
// cross-report findings that involve its claims, and of the shared quads of the nodes
// that no other report names.
func (s *Store) stageRemoval(article quad.IRI) error {
	s.dropped[schema.ArticleIDOf(article)] = true
	qs, named, err := s.articleQuads(article)
	if err != nil {
		return err
	}
	// Each quad is deleted once: Cayley's kv stores count a node's references down
	// once for every deletion in a transaction, and lose a node still in use when one
	// quad is deleted twice.
	deleting := map[quadKey]bool{}
	del := func(q quad.Quad) {
		if k := keyOf(q); !deleting[k] {
			deleting[k] = true
			s.pending = append(s.pending, cgraph.Delta{Quad: q, Action: cgraph.Delete})
		}
	}
	for _, q := range qs {
		del(q)
		if b, ok := bucketOf(q); ok {
			s.dirty[b] = true // it leaves the bucket
		}
	}
	for _, n := range named {
		elsewhere, err := s.namedElsewhere(n, article)
		if err != nil {
			return err
		}
		if elsewhere {
			continue
		}
		about, err := s.quadsAbout(n)
		if err != nil {
			return err
		}
		for _, q := range about {
			if q.Label == nil {
				del(q)
				s.sharedHave[keyOf(q)] = false // gone once the deletions are written
			}
		}
	}
	return nil
}

// namers are the predicates by which an article names a node that has shared quads.
var namers = []quad.IRI{schema.Mentions, schema.Publisher, schema.Reports}

// articleQuads returns the quads labelled with a stored article, and the nodes it
// names (entities, its publisher, its mentions). Cayley's kv stores index quads by
// subject and by object, not by label, so it walks from the article: its own quads,
// its rows' other copies, its claims, and the nodes it names.
func (s *Store) articleQuads(art quad.IRI) (quads []quad.Quad, named []quad.Value, err error) {
	seen := map[quad.Value]bool{art: true}
	var nodes []quad.Value
	visit := func(v quad.Value) {
		if !seen[v] {
			seen[v] = true
			nodes = append(nodes, v)
		}
	}
	own, err := s.quadsAbout(art)
	if err != nil {
		return nil, nil, err
	}
	var published time.Time
	for _, q := range own {
		if t, ok := q.Object.(quad.Time); ok && q.Predicate == schema.DatePublished {
			published = time.Time(t)
		}
	}
	for _, q := range own {
		if q.Label == art {
			quads = append(quads, q)
			if p, ok := q.Predicate.(quad.IRI); ok && schema.RowPredicates[p] {
				// Its row on its anchor (or bucket), written beside this copy.
				anchor := schema.ArticleRowAnchor(p, stringOf(q.Object), published)
				quads = append(quads, quad.Quad{Subject: anchor, Predicate: q.Predicate, Object: q.Object, Label: art})
			}
		}
		for _, p := range namers {
			if q.Predicate == p {
				named = append(named, q.Object)
				visit(q.Object)
			}
		}
	}
	claims, err := s.subjects(schema.FromArticle, art)
	if err != nil {
		return nil, nil, err
	}
	for _, c := range claims {
		visit(c)
	}
	for _, n := range nodes {
		about, err := s.quadsAbout(n)
		if err != nil {
			return nil, nil, err
		}
		for _, q := range about {
			if q.Label == art {
				quads = append(quads, q)
			}
		}
	}
	return quads, named, nil
}

// namedElsewhere reports whether a report other than except (and those being
// replaced) names node n.
func (s *Store) namedElsewhere(n quad.Value, except quad.IRI) (bool, error) {
	for _, p := range namers {
		arts, err := s.subjects(p, n)
		if err != nil {
			return false, err
		}
		for _, a := range arts {
			iri, ok := a.(quad.IRI)
			if !ok || iri == except || s.dropped[schema.ArticleIDOf(iri)] {
				continue
			}
			return true, nil
		}
	}
	return false, nil
}

// articlesByKey returns the stored articles with this URL or path.
func (s *Store) articlesByKey(key string) ([]quad.IRI, error) {
	subs, err := s.subjects(schema.Key, quad.String(key))
	if err != nil {
		return nil, err
	}
	out := make([]quad.IRI, 0, len(subs))
	seen := map[quad.IRI]bool{}
	for _, v := range subs {
		if iri, ok := v.(quad.IRI); ok && !seen[iri] {
			seen[iri] = true
			out = append(out, iri)
		}
	}
	return out, nil
}
