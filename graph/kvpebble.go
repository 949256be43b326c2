package graph

import (
	"bytes"
	"context"
	"errors"
	"sort"

	"github.com/cockroachdb/pebble/v2"
	"github.com/hidal-go/hidalgo/kv/flat"
)

// pebbleKV is Pebble (CockroachDB's log-structured merge tree) as a hidalgo flat
// key-value store, for Cayley's kv quad store. hidalgo has an adapter for a 2022 Pebble
// whose transactions read the live store and whose scans have no upper bound; this one
// reads a write transaction's own writes from an indexed batch, reads other
// transactions straight from the store, and bounds each scan by its prefix, so that
// Pebble's bloom filters and block index skip what is outside it.
type pebbleKV struct {
	db       *pebble.DB
	sync     *pebble.WriteOptions
	readOnly bool
	closed   bool
}

var _ flat.KV = (*pebbleKV)(nil)

// Close closes the store. A writer first flushes its memtables to tables, so that its
// write-ahead logs (preallocated to the memtable's size) are gone from the folder and
// the next opener has none to replay.
func (p *pebbleKV) Close() error {
	if p.closed {
		return nil
	}
	p.closed = true
	var err error
	if !p.readOnly {
		err = p.db.Flush()
	}
	if cerr := p.db.Close(); err == nil {
		err = cerr
	}
	return err
}

// Tx begins a transaction. A write transaction is an indexed batch, committed whole
// (Pebble's write-ahead log makes it all or nothing); a read transaction reads the
// store as it is at each read.
func (p *pebbleKV) Tx(ctx context.Context, rw bool) (flat.Tx, error) {
	if rw {
		b := p.db.NewIndexedBatch()
		return &pebbleTx{kv: p, r: b, b: b}, nil
	}
	return &pebbleTx{kv: p, r: p.db}, nil
}

func (p *pebbleKV) View(ctx context.Context, fn func(tx flat.Tx) error) error {
	return flat.View(ctx, p, fn)
}

func (p *pebbleKV) Update(ctx context.Context, fn func(tx flat.Tx) error) error {
	return flat.Update(ctx, p, fn)
}

type pebbleTx struct {
	kv   *pebbleKV
	r    reader
	b    *pebble.Batch // nil for a read transaction
	done bool
}

// reader is a batch or the store.
type reader interface {
	NewIter(o *pebble.IterOptions) (*pebble.Iterator, error)
}

func (tx *pebbleTx) Commit(ctx context.Context) error {
	if tx.b == nil || tx.done {
		return nil
	}
	tx.done = true
	err := tx.b.Commit(tx.kv.sync)
	tx.b.Close()
	return err
}

func (tx *pebbleTx) Close() error {
	if tx.b != nil && !tx.done {
		tx.done = true
		return tx.b.Close()
	}
	return nil
}

func (tx *pebbleTx) Get(ctx context.Context, key flat.Key) (flat.Value, error) {
	var (
		val []byte
		c   interface{ Close() error }
		err error
	)
	if tx.b != nil {
		val, c, err = tx.b.Get(key)
	} else {
		val, c, err = tx.kv.db.Get(key)
	}
	if errors.Is(err, pebble.ErrNotFound) {
		return nil, flat.ErrNotFound
	} else if err != nil {
		return nil, err
	}
	out := append(flat.Value(nil), val...)
	c.Close()
	return out, nil
}

// GetBatch reads many keys with one iterator, in the order of the keys: Pebble makes
// an iterator for every Get, and Cayley reads thousands of keys at once (the IDs of a
// transaction's values, their reference counts, the index entries it adds to).
// SeekPrefixGE with the whole key as prefix consults the bloom filters as Get does.
func (tx *pebbleTx) GetBatch(ctx context.Context, keys []flat.Key) ([]flat.Value, error) {
	if len(keys) < 4 {
		return flat.GetBatch(ctx, tx, keys)
	}
	order := make([]int, len(keys))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool { return bytes.Compare(keys[order[a]], keys[order[b]]) < 0 })
	it, err := tx.r.NewIter(nil)
	if err != nil {
		return nil, err
	}
	out := make([]flat.Value, len(keys))
	for _, i := range order {
		k := keys[i]
		if !it.SeekPrefixGE(k) || !bytes.Equal(it.Key(), k) {
			continue
		}
		v, err := it.ValueAndErr()
		if err != nil {
			it.Close()
			return nil, err
		}
		out[i] = append(flat.Value{}, v...)
	}
	return out, it.Close()
}

func (tx *pebbleTx) Put(ctx context.Context, k flat.Key, v flat.Value) error {
	if tx.b == nil {
		return flat.ErrReadOnly
	}
	return tx.b.Set(k, v, nil)
}

func (tx *pebbleTx) Del(ctx context.Context, k flat.Key) error {
	if tx.b == nil {
		return flat.ErrReadOnly
	}
	return tx.b.Delete(k, nil)
}

func (tx *pebbleTx) Scan(ctx context.Context, opts ...flat.IteratorOption) flat.Iterator {
	it := &pebbleIter{r: tx.r}
	return flat.ApplyIteratorOptions(it, opts)
}

// pebbleIter scans the keys that start with a prefix, in order. The Pebble iterator is
// made at the first Next or Seek, with the prefix's bounds.
type pebbleIter struct {
	r      reader
	prefix flat.Key
	it     *pebble.Iterator
	err    error
}

var (
	_ flat.Seeker         = (*pebbleIter)(nil)
	_ flat.PrefixIterator = (*pebbleIter)(nil)
)

func (it *pebbleIter) WithPrefix(pref flat.Key) flat.Iterator {
	it.prefix = append(flat.Key(nil), pref...)
	it.Reset()
	return it
}

func (it *pebbleIter) Reset() {
	if it.it != nil {
		it.it.Close()
		it.it = nil
	}
	it.err = nil
}

// open makes the Pebble iterator, unless it is open already; it reports whether there is one.
func (it *pebbleIter) open() bool {
	if it.it != nil {
		return true
	}
	o := &pebble.IterOptions{}
	if len(it.prefix) > 0 {
		o.LowerBound = it.prefix
		o.UpperBound = prefixEnd(it.prefix)
	}
	pit, err := it.r.NewIter(o)
	if err != nil {
		it.err = err
		return false
	}
	it.it = pit
	return true
}

func (it *pebbleIter) Next(ctx context.Context) bool {
	if it.err != nil {
		return false
	}
	if it.it == nil {
		if !it.open() {
			return false
		}
		return it.it.First()
	}
	return it.it.Next()
}

func (it *pebbleIter) Seek(ctx context.Context, key flat.Key) bool {
	it.Reset()
	if !it.open() {
		return false
	}
	if bytes.Compare(key, it.prefix) < 0 {
		key = it.prefix
	}
	return it.it.SeekGE(key)
}

func (it *pebbleIter) Key() flat.Key {
	if it.it == nil || !it.it.Valid() {
		return nil
	}
	return it.it.Key()
}

func (it *pebbleIter) Val() flat.Value {
	if it.it == nil || !it.it.Valid() {
		return nil
	}
	v, err := it.it.ValueAndErr()
	if err != nil {
		it.err = err
		return nil
	}
	return v
}

func (it *pebbleIter) Err() error {
	if it.err != nil {
		return it.err
	}
	if it.it != nil {
		return it.it.Error()
	}
	return nil
}

func (it *pebbleIter) Close() error {
	err := it.Err()
	if it.it != nil {
		if cerr := it.it.Close(); err == nil {
			err = cerr
		}
		it.it = nil
	}
	return err
}

// prefixEnd is the first key after every key that starts with p (nil: none).
func prefixEnd(p []byte) []byte {
	end := append([]byte(nil), p...)
	for i := len(end) - 1; i >= 0; i-- {
		if end[i] < 0xff {
			end[i]++
			return end[:i+1]
		}
	}
	return nil
}
