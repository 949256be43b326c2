package graph

import (
	"context"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
)

// TestEachRefOfEntry: for every quad of a store whose replaced report left deleted
// quads in its index entries, the whole-key patterns (subject and predicate; object,
// predicate and subject) give through eachRef the quads Cayley's index iterator gives,
// in its order, deleted ones left out; and anyQuad agrees. On each kv backend.
func TestEachRefOfEntry(t *testing.T) {
	ctx := context.Background()
	for name, open := range backends(t) {
		if name == Postgres || name == Memstore {
			continue
		}
		t.Run(name, func(t *testing.T) {
			s := replacedStore(t, open(t), rival)
			kq := s.qs.(*ckv.QuadStore)
			var all []quad.Quad
			it := kq.QuadsAllIterator().Iterate()
			for it.Next(ctx) {
				q, err := kq.Quad(it.Result())
				if err != nil {
					t.Fatal(err)
				}
				all = append(all, q)
			}
			it.Close()
			compared, deleted := 0, 0
			for _, q := range all {
				for _, m := range []match{
					{quad.Subject: q.Subject, quad.Predicate: q.Predicate},
					{quad.Object: q.Object, quad.Predicate: q.Predicate, quad.Subject: q.Subject},
				} {
					var got []any
					if err := s.eachRef(m, func(r cgraph.Ref) (bool, error) {
						got = append(got, refs.ToKey(r))
						return true, nil
					}); err != nil {
						t.Fatal(err)
					}
					fixed := map[quad.Direction]uint64{}
					for d, v := range m {
						ref, err := kq.ValueOf(v)
						if err != nil {
							t.Fatal(err)
						}
						fixed[d] = uint64(ref.(ckv.Int64Value))
					}
					scan, ok := indexScan(s.kv.indexes, fixed)
					if !ok || len(scan.Values) != len(scan.Index.Dirs) {
						t.Fatalf("%v: no whole index key", m)
					}
					var want []any
					sc := scan.BuildIterator(kq).Iterate()
					for sc.Next(ctx) {
						want = append(want, refs.ToKey(sc.Result()))
					}
					if err := sc.Close(); err != nil {
						t.Fatal(err)
					}
					if len(got) != len(want) {
						t.Fatalf("%v: %d quads, Cayley's iterator %d", m, len(got), len(want))
					}
					for i := range want {
						if got[i] != want[i] {
							t.Fatalf("%v: quad %d is %v, Cayley's iterator's %v", m, i, got[i], want[i])
						}
					}
					found, err := s.anyQuad(m)
					if err != nil || !found {
						t.Fatalf("%v: anyQuad %v, %v", m, found, err)
					}
					compared += len(want)
					deleted += s.deadIDs(t, scan) // entries that list deleted quads
				}
			}
			if compared < 100 || deleted == 0 {
				t.Errorf("compared %d quads, %d deleted IDs met", compared, deleted)
			}
		})
	}
}

// deadIDs counts the IDs of deleted quads that the index entry of scan lists.
func (s *Store) deadIDs(t *testing.T, scan ckv.IndexScan) int {
	t.Helper()
	ctx := context.Background()
	tx, err := s.kv.Tx(ctx, false)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Close()
	n := 0
	err = s.eachIndexEntry(ctx, tx, scan, func(entry []byte) (bool, error) {
		ids, err := decodeIDs(entry)
		if err != nil {
			return false, err
		}
		return false, logEntries(ctx, s.kv, tx, ids, func(_ int, raw []byte) error {
			p, err := decodePrim(raw)
			if err == nil && p.deleted {
				n++
			}
			return err
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	return n
}
