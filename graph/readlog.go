package graph

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
	"unicode/utf8"

	cgraph "github.com/cayleygraph/cayley/graph"
	ckv "github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
	"github.com/cockroachdb/pebble/v2"
	hkv "github.com/hidal-go/hidalgo/kv"
	"github.com/hidal-go/hidalgo/kv/flat"
	"google.golang.org/protobuf/encoding/protowire"
)

// Reading Cayley's log without copies. Every quad and value of a kv store is an entry
// of its log bucket, a protobuf message (Cayley's proto.Primitive) under its ID. Cayley
// reads a batch of them by copying each entry out of the store (GetBatch), decoding it
// with the protobuf runtime (which copies its value again), then decoding the value
// (a third copy, for a string). For the saved queries, which read a hundred thousand
// quads and values and megabytes of row literals, logEntries hands each entry to the
// caller where the store holds it (on pebble), and decodePrim and decodeValue read
// the few fields kg needs in place: a string value is copied once, into its string.

// pebbleOf maps the key-value stores openPebble made to the Pebble store under them,
// which logEntries reads directly.
var pebbleOf sync.Map // hkv.KV → *pebbleKV

// logEntries reads the log entries of ids through tx, handing fn
// each one found, in the order of the keys, with its place in ids; the bytes are valid
// only during the call. On pebble it reads the store itself with one iterator and
// without copies; on the other stores through tx's GetBatch.
func logEntries(ctx context.Context, kvs *kvStore, tx hkv.Tx, ids []uint64, fn func(i int, raw []byte) error) error {
	keys := make([]hkv.Key, len(ids))
	for i, id := range ids {
		keys[i] = logKey(id)
	}
	return readEach(ctx, kvs, tx, keys, fn)
}

// readEach reads keys through tx, handing fn the value of each key found (see
// logEntries).
func readEach(ctx context.Context, kvs *kvStore, tx hkv.Tx, keys []hkv.Key, fn func(i int, raw []byte) error) error {
	if p, ok := pebbleOf.Load(kvs.KV); ok && kvs.batch == nil {
		return p.(*pebbleKV).eachValue(keys, fn)
	}
	vals, err := tx.GetBatch(ctx, keys)
	if err != nil {
		return err
	}
	for i, v := range vals {
		if v == nil {
			continue
		}
		if err := fn(i, v); err != nil {
			return err
		}
	}
	return nil
}

// eachValue reads keys (hierarchical keys, escaped as the store writes them) from the
// store with one iterator, in the order of the keys, handing fn the value of each
// key found, valid only during the call. It seeks each key with SeekGE, not with
// SeekPrefixGE as pebbleTx.GetBatch does: the keys the queries read are there (the IDs
// an index lists), so the bloom filters, which Get and SeekPrefixGE consult in every
// table, say nothing worth their reads, and SeekGE, given keys in order, steps forward
// from where the last one left the iterator instead of seeking afresh. On the 2016
// corpus, event-entities --limit 0 asked the block cache 47,000 times instead of
// 583,000 (filter blocks, mostly), for as many blocks read.
func (p *pebbleKV) eachValue(keys []hkv.Key, fn func(i int, raw []byte) error) error {
	flatKeys := make([]flat.Key, len(keys))
	order := make([]int, len(keys))
	for i, k := range keys {
		flatKeys[i] = flat.KeyEscape(k)
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool { return bytes.Compare(flatKeys[order[a]], flatKeys[order[b]]) < 0 })
	it, err := p.db.NewIter(&pebble.IterOptions{})
	if err != nil {
		return err
	}
	for _, i := range order {
		k := flatKeys[i]
		if !it.SeekGE(k) || !bytes.Equal(it.Key(), k) {
			continue
		}
		v, err := it.ValueAndErr()
		if err == nil {
			err = fn(i, v)
		}
		if err != nil {
			it.Close()
			return err
		}
	}
	return it.Close()
}

// prim is what kg reads of a log entry: a quad's directions, a value's encoding.
type prim struct {
	subject, predicate, object uint64
	value                      []byte // a value's encoding (pquads.Value); empty for a quad
	deleted                    bool
}

var errBadPrim = errors.New("bad log entry")

// decodePrim reads a log entry (Cayley's proto.Primitive) in place: its value, if any,
// is a slice of raw.
func decodePrim(raw []byte) (prim, error) {
	var p prim
	for len(raw) > 0 {
		num, typ, n := protowire.ConsumeTag(raw)
		if n < 0 {
			return p, errBadPrim
		}
		raw = raw[n:]
		switch {
		case typ == protowire.VarintType:
			v, n := protowire.ConsumeVarint(raw)
			if n < 0 {
				return p, errBadPrim
			}
			raw = raw[n:]
			switch num {
			case 2:
				p.subject = v
			case 3:
				p.predicate = v
			case 4:
				p.object = v
			case 9:
				p.deleted = v != 0
			}
		case num == 8 && typ == protowire.BytesType:
			v, n := protowire.ConsumeBytes(raw)
			if n < 0 {
				return p, errBadPrim
			}
			raw = raw[n:]
			p.value = v
		default:
			n := protowire.ConsumeFieldValue(num, typ, raw)
			if n < 0 {
				return p, errBadPrim
			}
			raw = raw[n:]
		}
	}
	return p, nil
}

// decodeValue is pquads.UnmarshalValue: a plain string or an IRI, the most of what kg
// stores, read in place (one copy, into the string); every other kind by pquads.
func decodeValue(b []byte) (quad.Value, error) {
	num, typ, n := protowire.ConsumeTag(b)
	if n > 0 && typ == protowire.BytesType && (num == 2 || num == 3) {
		s, m := protowire.ConsumeBytes(b[n:])
		// one field, and valid UTF-8 as the protobuf runtime requires of a string
		if m >= 0 && n+m == len(b) && utf8.Valid(s) {
			if num == 2 {
				return quad.String(s), nil
			}
			return quad.IRI(s), nil
		}
	}
	return pquads.UnmarshalValue(b)
}

// ValuesBatch is cgraph.ValuesOf on a kg store over a key-value store: the value of
// each ref (nil for a nil ref, a ref the store has not got, or a quad's), read with
// one iterator and decoded in place. It returns false when qs is not such a store (the
// caller then asks Cayley).
func ValuesBatch(ctx context.Context, qs cgraph.QuadStore, list []cgraph.Ref) ([]quad.Value, bool, error) {
	v, ok := kvOf.Load(qs)
	if !ok {
		return nil, false, nil
	}
	kvs := v.(*kvStore)
	ids := make([]uint64, 0, len(list))
	where := make([]int, 0, len(list))
	for i, r := range list {
		switch id := r.(type) {
		case nil:
		case ckv.Int64Value:
			if id != 0 {
				ids = append(ids, uint64(id))
				where = append(where, i)
			}
		default:
			return nil, false, nil
		}
	}
	out := make([]quad.Value, len(list))
	tx, err := kvs.Tx(ctx, false)
	if err != nil {
		return nil, true, err
	}
	defer tx.Close()
	err = logEntries(ctx, kvs, tx, ids, func(i int, raw []byte) error {
		p, err := decodePrim(raw)
		if err != nil {
			return err
		}
		if len(p.value) == 0 {
			return nil // a quad, not a value
		}
		val, err := decodeValue(p.value)
		if err != nil {
			return err
		}
		out[where[i]] = val
		return nil
	})
	if err != nil {
		return nil, true, fmt.Errorf("read values: %w", err)
	}
	return out, true, nil
}
