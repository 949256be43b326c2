package graph

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"sync"

	cgraph "github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"
)

// Batched reads for the saved queries. A Gizmo path g.V(node).out(predicate) on
// Cayley's kv store costs a transaction, an index scan and a read of each quad it
// finds, each with an iterator of its own: for the thousands of nodes a query such as
// event-entities walks out of, most of the time goes into making iterators, each of
// which seeks every level of the store. OutBatch reads the same index entries and the
// same quads for all the nodes at once: one sorted batch of index keys, one sorted
// batch of quads.

// kvOf maps the quad stores that Open made over a key-value store to it, so that
// OutBatch, given a store's Cayley quad store, reads its keys.
var kvOf sync.Map // cgraph.QuadStore → *kvStore

// register notes the key-value store under qs (Open), unregister forgets it (Close).
func register(qs cgraph.QuadStore, kvs *kvStore) {
	if kvs != nil {
		kvOf.Store(qs, kvs)
	}
}

func unregister(qs cgraph.QuadStore) {
	if v, ok := kvOf.LoadAndDelete(qs); ok {
		pebbleOf.Delete(v.(*kvStore).KV)
	}
}

// subjectPredicate is the index whose keys are a quad's subject and predicate:
// Cayley's first default index, which its paths read g.V(node).out(predicate) from.
func subjectPredicate(indexes []ckv.QuadIndex) (ckv.QuadIndex, bool) {
	for _, ind := range indexes {
		if len(ind.Dirs) == 2 && ind.Dirs[0] == quad.Subject && ind.Dirs[1] == quad.Predicate {
			return ind, true
		}
	}
	return ckv.QuadIndex{}, false
}

// logBucket is the bucket of Cayley's kv store that holds every quad and value by ID.
var logBucket = []byte("log")

// OutBatch returns, for each of subjects, the objects of the quads (subject, pred, ?,
// ?) in the order of the store's subject-predicate index, as Cayley's iterator for
// g.V(subject).out(pred) gives them: quads deleted are left out. A nil subject gives
// nothing. It returns false when qs is not a kg store over a key-value store with that
// index (the caller then walks the paths).
func OutBatch(ctx context.Context, qs cgraph.QuadStore, subjects []cgraph.Ref, pred cgraph.Ref) ([][]cgraph.Ref, bool, error) {
	v, ok := kvOf.Load(qs)
	if !ok {
		return nil, false, nil
	}
	kvs := v.(*kvStore)
	ind, ok := subjectPredicate(kvs.indexes)
	p, okp := pred.(ckv.Int64Value)
	if !ok || !okp {
		return nil, false, nil
	}
	out := make([][]cgraph.Ref, len(subjects))
	tx, err := kvs.Tx(ctx, false)
	if err != nil {
		return nil, true, err
	}
	defer tx.Close()
	// The index entries: each lists the IDs of its quads.
	var keys []hkv.Key
	var who []int
	for i, s := range subjects {
		id, ok := s.(ckv.Int64Value)
		if !ok {
			continue
		}
		keys = append(keys, ind.Key([]uint64{uint64(id), uint64(p)}))
		who = append(who, i)
	}
	quadIDs := make([][]uint64, len(subjects))
	err = readEach(ctx, kvs, tx, keys, func(j int, e []byte) error {
		ids, err := decodeIDs(e)
		quadIDs[who[j]] = ids
		return err
	})
	if err != nil {
		return nil, true, fmt.Errorf("read index: %w", err)
	}
	// The quads, all at once.
	var logIDs []uint64
	var owner []int
	for i, ids := range quadIDs {
		for _, id := range ids {
			logIDs = append(logIDs, id)
			owner = append(owner, i)
		}
	}
	objects := make([]uint64, len(logIDs))
	err = logEntries(ctx, kvs, tx, logIDs, func(n int, raw []byte) error {
		p, err := decodePrim(raw)
		if err != nil {
			return err
		}
		if !p.deleted {
			objects[n] = p.object
		}
		return nil
	})
	if err != nil {
		return nil, true, fmt.Errorf("read quads: %w", err)
	}
	for n, o := range objects {
		if o != 0 {
			out[owner[n]] = append(out[owner[n]], ckv.Int64Value(o))
		}
	}
	return out, true, nil
}

// logKey is the key of the quad or value id in the log bucket.
func logKey(id uint64) hkv.Key {
	k := make([]byte, 8)
	binary.BigEndian.PutUint64(k, id)
	return hkv.Key{logBucket, k}
}

// decodeIDs reads an index entry: the IDs of its quads, each a uvarint.
func decodeIDs(b []byte) ([]uint64, error) {
	var out []uint64
	for len(b) > 0 {
		v, n := binary.Uvarint(b)
		if n <= 0 {
			return out, errors.New("bad index entry")
		}
		out = append(out, v)
		b = b[n:]
	}
	return out, nil
}
