package graph

import (
	"context"
	"errors"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	cproto "github.com/cayleygraph/cayley/graph/proto"
	hkv "github.com/hidal-go/hidalgo/kv"
	"github.com/hidal-go/hidalgo/kv/options"
	"google.golang.org/protobuf/proto"
)

// Reading the index entries of a quad pattern on Cayley's kv stores. When the fixed
// directions make the whole key of an index — subject and predicate, or object,
// predicate and subject, as most of kg's look-ups do — the pattern has one entry, and
// kg reads it with a point read. Cayley's iterator scans the same key as a range: on
// Pebble a bounded scan seeks a block in every level whose tables span the key, found
// there or not, where a point read asks each table's bloom filter first. A new writer
// meets its tables with a cold cache, and a bigger store has more levels and more
// tables to seek, so the scans cost more the bigger the store (BENCHMARKS.md, "What
// grows, by block read").

// entryBatch is how many quads of an entry are read from the log at once, as Cayley's
// iterator reads them.
const entryBatch = 100

// eachIndexEntry hands fn each index entry under scan's key (its list of quad IDs, valid
// during the call) until fn returns false: one point read when the key is whole, a
// prefix scan otherwise.
func (s *Store) eachIndexEntry(ctx context.Context, tx hkv.Tx, scan ckv.IndexScan, fn func(entry []byte) (bool, error)) error {
	key := scan.Index.Key(scan.Values)
	if len(scan.Values) == len(scan.Index.Dirs) {
		entry, err := tx.Get(ctx, key)
		if errors.Is(err, hkv.ErrNotFound) {
			return nil
		} else if err != nil {
			return err
		}
		_, err = fn(entry)
		return err
	}
	it := tx.Scan(ctx, options.WithPrefixKV(key))
	defer it.Close()
	for it.Next(ctx) {
		if more, err := fn(it.Val()); err != nil || !more {
			return err
		}
	}
	return it.Err()
}

// eachRefOfEntry is eachRef for a pattern whose fixed directions make the whole key
// of one of the store's indexes: it reads the entry, then its quads from the log,
// entryBatch at a time, and hands fn each quad not deleted, in the entry's order, as
// Cayley's iterator does (the same reads of the log, the same refs: Cayley's quad
// primitives). The log is read with the transaction's point reads, not logEntries'
// one forward pass (see eachValue), which seeks every level for each of the one to
// three quads an entry most often lists.
func (s *Store) eachRefOfEntry(ctx context.Context, scan ckv.IndexScan, fn func(cgraph.Ref) (bool, error)) error {
	tx, err := s.kv.Tx(ctx, false)
	if err != nil {
		return err
	}
	defer tx.Close()
	var ids []uint64
	err = s.eachIndexEntry(ctx, tx, scan, func(entry []byte) (bool, error) {
		var derr error
		ids, derr = decodeIDs(entry)
		return false, derr
	})
	if err != nil {
		return fmt.Errorf("read index: %w", err)
	}
	for len(ids) > 0 {
		n := min(len(ids), entryBatch)
		keys := make([]hkv.Key, n)
		for i, id := range ids[:n] {
			keys[i] = logKey(id)
		}
		raws, err := tx.GetBatch(ctx, keys)
		if err != nil {
			return fmt.Errorf("read quads: %w", err)
		}
		for _, raw := range raws {
			if raw == nil {
				continue
			}
			p := new(cproto.Primitive)
			if err := proto.Unmarshal(raw, p); err != nil {
				return fmt.Errorf("read quads: %w", err)
			}
			if p.Deleted {
				continue
			}
			if more, err := fn(p); err != nil || !more {
				return err
			}
		}
		ids = ids[n:]
	}
	return nil
}
