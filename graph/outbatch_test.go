package graph

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/cayley/query/shape"
	"github.com/cayleygraph/quad"

	"github.com/factgraph/kg"
	"github.com/factgraph/kg/schema"
)

// TestOutBatch: OutBatch gives, for every node and predicate of a store, the objects
// Cayley's path g.V(node).out(predicate) gives, in its order, on each key-value backend
// (after a replacement, whose quads are deleted); it declines the memstore.
func TestOutBatch(t *testing.T) {
	ctx := context.Background()
	for name, open := range backends(t) {
		if name == Postgres {
			continue
		}
		t.Run(name, func(t *testing.T) {
			s := replacedStore(t, open(t), rival)
			qs := s.QuadStore()
			nodes, preds := map[any]cgraph.Ref{}, map[any]cgraph.Ref{}
			it := qs.QuadsAllIterator().Iterate()
			for it.Next(ctx) {
				for d, m := range map[quad.Direction]map[any]cgraph.Ref{quad.Subject: nodes, quad.Object: nodes, quad.Predicate: preds} {
					r, err := qs.QuadDirection(it.Result(), d)
					if err != nil {
						t.Fatal(err)
					}
					m[refs.ToKey(r)] = r
				}
			}
			it.Close()
			var list []cgraph.Ref
			for _, r := range nodes {
				list = append(list, r)
			}
			list = append(list, nil)
			compared := 0
			for _, p := range preds {
				got, ok, err := OutBatch(ctx, qs, list, p)
				if err != nil {
					t.Fatal(err)
				}
				if ok != (name != Memstore) {
					t.Fatalf("OutBatch answered %v", ok)
				}
				if !ok {
					return
				}
				for i, n := range list {
					var want []cgraph.Ref
					if n != nil {
						sh := shape.Out(shape.Fixed{n}, shape.Fixed{p}, nil)
						err := iterator.Iterate(ctx, shape.BuildIterator(ctx, qs, sh)).Paths(false).Each(func(r cgraph.Ref) error {
							want = append(want, r)
							return nil
						})
						if err != nil {
							t.Fatal(err)
						}
					}
					if len(got[i]) != len(want) {
						t.Fatalf("node %v, predicate %v: %v, want %v", n, p, got[i], want)
					}
					for j := range want {
						if refs.ToKey(got[i][j]) != refs.ToKey(want[j]) {
							t.Fatalf("node %v, predicate %v: %v, want %v", n, p, got[i], want)
						}
						compared++
					}
				}
			}
			if compared < 100 {
				t.Errorf("compared %d objects", compared)
			}
		})
	}
}

// BenchmarkOut: the objects of one predicate of 400 nodes — the entities 400 invented
// reports mention — by OutBatch, and by a Cayley path a node as before; then the values
// of those 4,000 objects by ValuesBatch and by Cayley's ValuesOf (the store's blocks are
// cached after the first round: this measures the reads' overhead, not cold blocks).
func BenchmarkOut(b *testing.B) {
	ctx := context.Background()
	s, err := Open(Options{Backend: Pebble, Addr: filepath.Join(b.TempDir(), "kg.db")})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	var arts []cgraph.Ref
	for i := 0; i < 400; i++ {
		r := early
		r.title = fmt.Sprintf("Report %d", i)
		r.url = fmt.Sprintf("http://example.com/report-%d", i)
		r.entities = nil
		for j := 0; j < 10; j++ {
			r.entities = append(r.entities, kg.Entity{Name: fmt.Sprintf("Person %d", (i*7+j)%900), Type: kg.Person})
		}
		x := r.extraction()
		if _, err := s.AddArticle(x); err != nil {
			b.Fatal(err)
		}
		if err := s.Flush(); err != nil {
			b.Fatal(err)
		}
		ref, err := s.QuadStore().ValueOf(schema.ArticleIRI(x.Article.ID))
		if err != nil || ref == nil {
			b.Fatal("no article", err)
		}
		arts = append(arts, ref)
	}
	qs := s.QuadStore()
	pred, _ := qs.ValueOf(schema.Mentions)
	b.Run("OutBatch", func(b *testing.B) {
		for b.Loop() {
			if _, ok, err := OutBatch(ctx, qs, arts, pred); !ok || err != nil {
				b.Fatal(ok, err)
			}
		}
	})
	objs, _, err := OutBatch(ctx, qs, arts, pred)
	if err != nil {
		b.Fatal(err)
	}
	var ents []cgraph.Ref
	for _, o := range objs {
		ents = append(ents, o...)
	}
	// the entities' IRIs, in place (ValuesBatch) and by Cayley (ValuesOf: a copy of each
	// entry, the protobuf runtime, bloom filters)
	b.Run("ValuesBatch", func(b *testing.B) {
		for b.Loop() {
			if _, ok, err := ValuesBatch(ctx, qs, ents); !ok || err != nil {
				b.Fatal(ok, err)
			}
		}
	})
	b.Run("ValuesOf", func(b *testing.B) {
		for b.Loop() {
			if _, err := cgraph.ValuesOf(ctx, qs, ents); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("paths", func(b *testing.B) {
		for b.Loop() {
			for _, a := range arts {
				sh := shape.Out(shape.Fixed{a}, shape.Fixed{pred}, nil)
				if err := iterator.Iterate(ctx, shape.BuildIterator(ctx, qs, sh)).Paths(false).Each(func(cgraph.Ref) error { return nil }); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
}
