package graph

import (
	"context"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/cayley/query/shape"
	"github.com/cayleygraph/quad"

	"github.com/factgraph/kg"
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
			s := openStore(t, open(t))
			mustAdd(t, s, early, Added)
			mustAdd(t, s, later, Added)
			mustAdd(t, s, rival, Added)
			fixed := later
			fixed.figures = []kg.Figure{toll(14, kg.AtLeast, "government officials")}
			fixed.body = "The toll rose to at least 14."
			mustAdd(t, s, fixed, Replaced)
			if err := s.Flush(); err != nil {
				t.Fatal(err)
			}
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
