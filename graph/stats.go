package graph

import (
	"context"
	"fmt"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/factgraph/kg/schema"
)

// Stats counts what a store holds.
type Stats struct {
	Articles  int   `json:"articles"`
	Entities  int   `json:"entities"`
	Claims    int   `json:"claims"`
	Events    int   `json:"events"`
	Conflicts int   `json:"conflicts"`
	Quads     int64 `json:"quads"`
}

// Stats counts the articles, entities, claims (figures, quotes, relations), events,
// conflicts and quads in the store (pending articles are flushed first).
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	if !s.opt.ReadOnly {
		if err := s.Flush(); err != nil {
			return Stats{}, err
		}
	}
	var st Stats
	// Each node has one type quad: an article and a claim their own, an entity and an
	// event a shared one (see schema.Quads). Counting the quads a class is the object
	// of counts its nodes, from the object index, without reading a quad.
	count := func(classes ...quad.IRI) (int, error) {
		n := 0
		for _, c := range classes {
			k, err := s.countObject(ctx, c)
			if err != nil {
				return 0, fmt.Errorf("count %s: %w", schema.Short(string(c)), err)
			}
			n += k
		}
		return n, nil
	}
	var err error
	if st.Articles, err = count(schema.NewsArticle); err != nil {
		return st, err
	}
	if st.Entities, err = count(schema.Person, schema.Organization, schema.Place, schema.Group, schema.Thing); err != nil {
		return st, err
	}
	// An entity named by a surname or an acronym alone that is taken for another is
	// not one more entity.
	merged, err := s.mergedEntities()
	if err != nil {
		return st, fmt.Errorf("count merged entities: %w", err)
	}
	st.Entities -= merged
	if st.Claims, err = count(schema.Figure, schema.Quote, schema.Relation); err != nil {
		return st, err
	}
	if st.Events, err = count(schema.Event); err != nil {
		return st, err
	}
	if st.Conflicts, err = count(schema.Conflict); err != nil {
		return st, err
	}
	cs, err := s.qs.Stats(ctx, s.shared()) // kv stores count quads exactly either way (exact also counts nodes, slowly); SQL ones only estimate unless asked
	if err != nil {
		return st, fmt.Errorf("count quads: %w", err)
	}
	st.Quads = cs.Quads.Value
	return st, nil
}

// mergedEntities counts the entities the derived layer takes for others, from the
// name buckets' rows on their one anchor.
func (s *Store) mergedEntities() (int, error) {
	rows, err := s.objects(schema.RowAnchor(schema.IdentityRows.Predicate, time.Time{}), schema.IdentityRows.Predicate)
	if err != nil {
		return 0, err
	}
	n := 0
	for _, r := range rows {
		_, rec, err := schema.IdentityRows.Decode(stringOf(r))
		if err != nil {
			return 0, err
		}
		n += len(rec.Merges)
	}
	return n, nil
}

// countObject counts the quads whose object is v.
func (s *Store) countObject(ctx context.Context, v quad.Value) (int, error) {
	ref, err := s.qs.ValueOf(v)
	if err != nil || ref == nil {
		return 0, err
	}
	if sz, err := s.qs.QuadIteratorSize(ctx, quad.Object, ref); err == nil && sz.Exact {
		return int(sz.Value), nil
	}
	it := s.qs.QuadIterator(quad.Object, ref).Iterate()
	defer it.Close()
	n := 0
	for it.Next(ctx) {
		n++
	}
	return n, it.Err()
}
